package fi.polku.followup;

import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyProcess;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record programme indicators": the exit review's leaving date and outcome go to the indicator record. */
@Component("recordLeavingIndicators")
public class RecordLeavingIndicatorsDelegate implements JavaDelegate {

    private final FollowUpRecords records;
    private final IndicatorRecords indicators;

    public RecordLeavingIndicatorsDelegate(FollowUpRecords records, IndicatorRecords indicators) {
        this.records = records;
        this.indicators = indicators;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID journeyId = JourneyProcess.journeyId(execution);
        FollowUpRecords.ExitReview review = records.exitReview(journeyId)
                .orElseThrow(() -> new IllegalStateException("No exit review for journey " + journeyId));
        indicators.recordLeaving(journeyId, review, JourneyCalendar.today());
    }
}
