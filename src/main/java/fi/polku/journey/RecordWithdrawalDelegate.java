package fi.polku.journey;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record withdrawal": keeps the reason. What the phases held for the journey (a place or a
 * waiting-list spot, the started participant's indicator record) is given up when the journey ends
 * Withdrawn, by each phase's {@link JourneyEndHandler}.
 */
@Component("recordWithdrawal")
class RecordWithdrawalDelegate implements JavaDelegate {

    private final JourneyRepository journeys;

    RecordWithdrawalDelegate(JourneyRepository journeys) {
        this.journeys = journeys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID journeyId = JourneyProcess.journeyId(execution);
        Object reason = execution.getVariable("withdrawalReason");
        journeys.recordOutcomeReason(journeyId, reason == null ? null : reason.toString());
    }
}
