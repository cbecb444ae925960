package fi.polku.wagesubsidy;

import fi.polku.journey.JourneyProcess;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Hold monthly check-in", recorded in {@code period_meeting}. The concern flag stays a
 * variable: a concern leads to a social guidance session.
 */
@Component("recordCheckIn")
class RecordCheckInListener extends CompletedTaskListener {

    private final WageSubsidyRecords records;

    public RecordCheckInListener(WageSubsidyRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        boolean attended = form.flag("attended");
        boolean concern = form.flag("concern");
        records.addMeeting(JourneyProcess.journeyId(execution), new WageSubsidyRecords.Meeting("MONTHLY_CHECK_IN",
                form.requiredDate("meetingDate"), attended,
                attended ? form.requiredInt("progress", 1, 5) : null,
                form.requiredInt("applicationsSent", 0, 500), form.requiredInt("creditsEarned", 0, 400),
                concern, null, null, null, null, form.optionalText("meetingNote", 2000)), completedBy);
        execution.setVariable("concern", concern);
        form.discard("meetingDate", "attended", "progress", "applicationsSent", "creditsEarned", "meetingNote");
    }
}
