package fi.polku.followup;

import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** Completes "Hold 6-month follow-up": its situation is also the six-month indicator. */
@Component("recordSixMonthFollowUp")
class RecordSixMonthFollowUpListener extends FollowUpAttemptListener {

    private final IndicatorRecords indicators;

    public RecordSixMonthFollowUpListener(FollowUpRecords records, IndicatorRecords indicators,
                                          FollowUpProperties properties, IdentityService identityService) {
        super(FollowUpRecords.Checkpoint.SIX_MONTHS, records, properties, identityService);
        this.indicators = indicators;
    }

    @Override
    protected void situationKnown(UUID journeyId, FollowUpRecords.Situation situation, LocalDate contactedOn) {
        indicators.recordSixMonths(journeyId, situation, contactedOn);
    }
}
