package fi.polku.supplement;

import fi.polku.notification.DeliveryTargets;
import fi.polku.notification.Outbox;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Request information from employer" and "Notify employer of the decision": a message to the
 * employer through the outbox, in the language the employer applied in, delivered to the target
 * configured for the employer's name (like partner companies). The model names the notification with
 * the input parameter {@code notification}: {@code SUPPLEMENT_INFO_REQUESTED} or
 * {@code SUPPLEMENT_DECIDED} (its {@code reason} in words: granted, or why not). None of the
 * employee's personal data goes with it.
 */
@Component("notifyEmployer")
class NotifyEmployerDelegate implements JavaDelegate {

    static final String INFO_REQUESTED = "SUPPLEMENT_INFO_REQUESTED";
    static final String DECIDED = "SUPPLEMENT_DECIDED";
    /** The decision's {@code reason} when the supplement is granted. */
    static final String GRANTED = "SUPPLEMENT_GRANTED";

    private final SupplementApplicationRecords records;
    private final DeliveryTargets targets;
    private final Outbox outbox;

    NotifyEmployerDelegate(SupplementApplicationRecords records, DeliveryTargets targets, Outbox outbox) {
        this.records = records;
        this.targets = targets;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object notification = execution.getVariableLocal("notification");
        if (!INFO_REQUESTED.equals(notification) && !DECIDED.equals(notification)) {
            throw new IllegalStateException("Task " + execution.getCurrentActivityId() + " needs the input parameter "
                    + "'notification' (" + INFO_REQUESTED + " or " + DECIDED + "), was " + notification);
        }
        UUID id = SupplementProcess.applicationId(execution);
        SupplementApplication application = records.find(id).orElseThrow();
        SupplementApplicationRecords.Facts facts = records.facts(id);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("applicationId", id.toString());
        payload.put("employerApplicationId", application.employerApplicationId());
        payload.put("employer", facts.employerName());
        payload.put("businessId", facts.businessId());
        payload.put("contactEmail", facts.contactEmail());
        if (INFO_REQUESTED.equals(notification)) {
            payload.put("question", records.openQuestion(id));
            payload.put("answerWithinDays", 30);
        } else {
            SupplementApplicationRecords.Handling decision = records.handling(id);
            payload.put("status", application.status().name());
            payload.put("caseNumber", decision.caseNumber());
            payload.put("reason", application.status() == SupplementStatus.ACCEPTED ? GRANTED : decision.decisionReason());
            payload.put("monthlyAmountEur", decision.decisionMonthlyEur());
            payload.put("months", decision.decisionMonths());
            payload.put("totalEur", decision.decisionTotalEur());
            payload.put("decisionText", decision.decisionText());
        }
        outbox.enqueue(application.journeyId(), notification.toString(), targets.targetFor(facts.employerName()),
                facts.language().language(), payload);
    }
}
