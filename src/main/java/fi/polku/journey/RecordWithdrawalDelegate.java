package fi.polku.journey;

import fi.polku.followup.IndicatorRecords;
import fi.polku.referral.PlaceRegistry;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record withdrawal": keeps the reason, gives up the participant's place or waiting-list spot
 * (offering a freed place to the longest-waiting journey), and marks a participant who had started
 * as having left in the programme's indicators.
 */
@Component("recordWithdrawal")
public class RecordWithdrawalDelegate implements JavaDelegate {

    private final JourneyRepository journeys;
    private final PlaceRegistry places;
    private final IndicatorRecords indicators;

    public RecordWithdrawalDelegate(JourneyRepository journeys, PlaceRegistry places, IndicatorRecords indicators) {
        this.journeys = journeys;
        this.places = places;
        this.indicators = indicators;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID journeyId = JourneyProcess.journeyId(execution);
        Object reason = execution.getVariable("withdrawalReason");
        journeys.recordOutcomeReason(journeyId, reason == null ? null : reason.toString());
        places.releaseAndOfferToNext(journeyId);
        indicators.recordWithdrawal(journeyId, JourneyCalendar.today());
    }
}
