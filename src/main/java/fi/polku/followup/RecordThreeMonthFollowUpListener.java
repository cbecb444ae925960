package fi.polku.followup;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** Completes "Hold 3-month follow-up". */
@Component("recordThreeMonthFollowUp")
class RecordThreeMonthFollowUpListener extends FollowUpAttemptListener {

    public RecordThreeMonthFollowUpListener(FollowUpRecords records, FollowUpProperties properties,
                                            IdentityService identityService) {
        super(FollowUpRecords.Checkpoint.THREE_MONTHS, records, properties, identityService);
    }
}
