package fi.polku.placement;

import fi.polku.journey.JourneyProcess;
import fi.polku.notification.DeliveryTargets;
import fi.polku.notification.Outbox;
import fi.polku.participant.ParticipantRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Notify company of ..." tasks: a message to the partner company through the outbox, delivered to
 * the target configured for the company's name (like referring organisations). The model names the
 * notification with the input parameter {@code notification}: {@code PLACEMENT_PROPOSED} or
 * {@code HELSINKI_SUPPLEMENT}. The participant's name goes only with their consent to sharing.
 */
@Component("notifyCompany")
public class NotifyCompanyDelegate implements JavaDelegate {

    static final String PLACEMENT_PROPOSED = "PLACEMENT_PROPOSED";
    static final String HELSINKI_SUPPLEMENT = "HELSINKI_SUPPLEMENT";

    private final PlacementRecords records;
    private final PartnerCompanyRegister register;
    private final ParticipantRepository participants;
    private final DeliveryTargets targets;
    private final Outbox outbox;

    public NotifyCompanyDelegate(PlacementRecords records, PartnerCompanyRegister register,
                                 ParticipantRepository participants, DeliveryTargets targets, Outbox outbox) {
        this.records = records;
        this.register = register;
        this.participants = participants;
        this.targets = targets;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object notification = execution.getVariableLocal("notification");
        if (!PLACEMENT_PROPOSED.equals(notification) && !HELSINKI_SUPPLEMENT.equals(notification)) {
            throw new IllegalStateException("Task " + execution.getCurrentActivityId() + " needs the input parameter "
                    + "'notification' (" + PLACEMENT_PROPOSED + " or " + HELSINKI_SUPPLEMENT + "), was " + notification);
        }
        UUID journeyId = JourneyProcess.journeyId(execution);
        PlacementRecords.Placement placement = records.requireCurrent(journeyId);
        PartnerCompany company = register.get(placement.companyId());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("notification", notification);
        payload.put("journeyId", journeyId.toString());
        payload.put("company", company.name());
        payload.put("businessId", company.businessId());
        // The match this is about: the company's confirmation names it (PLACEMENT_CONFIRMED data.attempt).
        payload.put("attempt", placement.attempt());
        payload.put("contactPerson", company.contactPerson());
        payload.put("contactEmail", company.email());
        payload.put("role", placement.role());
        payload.put("supervisor", placement.supervisorName());
        payload.put("startDate", placement.startDate().toString());
        payload.put("endDate", placement.endDate().toString());
        if (participants.sharesWithPartners(journeyId)) {
            payload.put("participant", execution.getVariable(JourneyProcess.DISPLAY_NAME));
        }
        if (HELSINKI_SUPPLEMENT.equals(notification)) {
            PlacementRecords.HiringDecision hiring = records.hiringDecision(journeyId);
            PlacementRecords.Supplement supplement = records.supplement(journeyId);
            payload.put("employmentStart", hiring.employmentStart().toString());
            payload.put("supplementPercent", supplement.percent());
            payload.put("supplementMaxMonthlyEur", supplement.maxMonthlyEur());
            payload.put("supplementMaxMonths", supplement.maxMonths());
            payload.put("applyBy", supplement.applyBy() == null ? null : supplement.applyBy().toString());
        }
        outbox.enqueue(journeyId, notification.toString(), targets.targetFor(company.name()), payload);
    }
}
