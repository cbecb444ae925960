package fi.polku.supplement;

import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Prepare decision": accept with an amount a month and months no higher than the decision
 * tables gave (and the total within what the de minimis ceiling leaves), or reject with a reason;
 * the decision text in the applicant's language. Whoever completes it is the preparer, who cannot
 * approve it ({@link FourEyesListener}).
 */
@Component("recordPreparedDecision")
class RecordPreparedDecisionListener extends CompletedTaskListener {

    static final Set<String> DECISIONS = Set.of("ACCEPT", "REJECT");
    static final Set<String> REJECTION_REASONS = Set.of("NOT_ELIGIBLE", "DE_MINIMIS_CEILING", "INCOMPLETE", "OTHER");

    private final SupplementApplicationRecords records;

    RecordPreparedDecisionListener(SupplementApplicationRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        UUID id = SupplementProcess.applicationId(execution);
        String decision = form.requiredChoice("proposedDecision", DECISIONS);
        String text = form.requiredText("decisionText", 4000);
        if ("ACCEPT".equals(decision)) {
            SupplementApplicationRecords.Handling computed = records.handling(id);
            if (!Boolean.TRUE.equals(computed.eligible()) || computed.computedMonthlyEur() == null
                    || computed.computedMonths() == 0) {
                throw FormValues.invalid("proposedDecision", "cannot be ACCEPT: the decision tables found the "
                        + "application not eligible or gave no amount");
            }
            BigDecimal monthly = form.requiredAmount("monthlyAmountEur", new BigDecimal("0.01"),
                    computed.computedMonthlyEur());
            int months = form.requiredInt("supplementMonths", 1, computed.computedMonths());
            BigDecimal total = monthly.multiply(BigDecimal.valueOf(months)).min(computed.computedTotalEur());
            records.recordPrepared(id, decision, monthly, months, total, null, text, completedBy);
        } else {
            records.recordPrepared(id, decision, null, null, null,
                    form.requiredChoice("rejectionReason", REJECTION_REASONS), text, completedBy);
        }
        form.discard("proposedDecision", "monthlyAmountEur", "supplementMonths", "rejectionReason", "decisionText");
    }
}
