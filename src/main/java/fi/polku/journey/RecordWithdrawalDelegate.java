package fi.polku.journey;

import fi.polku.referral.PlaceRegistry;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record withdrawal": keeps the reason, and gives up the participant's place or waiting-list
 * spot, offering a freed place to the longest-waiting journey.
 */
@Component("recordWithdrawal")
public class RecordWithdrawalDelegate implements JavaDelegate {

    private final JourneyRepository journeys;
    private final PlaceRegistry places;

    public RecordWithdrawalDelegate(JourneyRepository journeys, PlaceRegistry places) {
        this.journeys = journeys;
        this.places = places;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID journeyId = JourneyProcess.journeyId(execution);
        Object reason = execution.getVariable("withdrawalReason");
        journeys.recordOutcomeReason(journeyId, reason == null ? null : reason.toString());
        places.releaseAndOfferToNext(journeyId);
    }
}
