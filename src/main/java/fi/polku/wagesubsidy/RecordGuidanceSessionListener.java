package fi.polku.wagesubsidy;

import fi.polku.journey.JourneyProcess;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Hold social guidance session", recorded in {@code period_meeting}: in the period and
 * in its trainee placement alike ({@code trainee-placement} names this bean too).
 */
@Component("recordGuidanceSession")
public class RecordGuidanceSessionListener extends CompletedTaskListener {

    private final WageSubsidyRecords records;

    public RecordGuidanceSessionListener(WageSubsidyRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        records.addMeeting(JourneyProcess.journeyId(execution), WageSubsidyRecords.Meeting.of(
                "SOCIAL_GUIDANCE", form.requiredDate("meetingDate"), form.optionalText("meetingNote", 2000)), completedBy);
        form.discard("meetingDate", "meetingNote");
    }
}
