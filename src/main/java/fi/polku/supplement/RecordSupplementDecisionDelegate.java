package fi.polku.supplement;

import fi.polku.journey.JourneyCalendar;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record decision": the application becomes ACCEPTED or REJECTED; an accepted one gets its first
 * instalment (half of the total) in the next payment file. Sets {@code supplementGranted}.
 */
@Component("recordSupplementDecision")
class RecordSupplementDecisionDelegate implements JavaDelegate {

    static final String GRANTED = "supplementGranted";

    private final SupplementApplicationRecords records;
    private final SupplementPayments payments;

    RecordSupplementDecisionDelegate(SupplementApplicationRecords records, SupplementPayments payments) {
        this.records = records;
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID id = SupplementProcess.applicationId(execution);
        SupplementApplicationRecords.Handling decision = records.handling(id);
        boolean granted = "ACCEPT".equals(decision.decision()) && decision.approvedBy() != null;
        records.decide(id, granted ? SupplementStatus.ACCEPTED : SupplementStatus.REJECTED);
        if (granted) {
            payments.addInstalment(id, SupplementPayments.firstHalf(decision.decisionTotalEur()),
                    records.facts(id).iban(), JourneyCalendar.today());
        }
        execution.setVariable(GRANTED, granted);
    }
}
