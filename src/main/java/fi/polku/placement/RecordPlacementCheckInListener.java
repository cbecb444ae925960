package fi.polku.placement;

import fi.polku.journey.JourneyProcess;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Hold mid-placement check-in": kept with the period's meetings; a concern stays a
 * variable and asks for social guidance.
 */
@Component("recordPlacementCheckIn")
class RecordPlacementCheckInListener extends CompletedTaskListener {

    private final WageSubsidyRecords meetings;

    public RecordPlacementCheckInListener(WageSubsidyRecords meetings, IdentityService identityService) {
        super(identityService);
        this.meetings = meetings;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        boolean attended = form.flag("attended");
        boolean concern = form.flag("concern");
        meetings.addMeeting(JourneyProcess.journeyId(execution), new WageSubsidyRecords.Meeting(
                "MID_PLACEMENT_CHECK_IN", form.requiredDate("meetingDate"), attended,
                attended ? form.requiredInt("progress", 1, 5) : null, null, null, concern, null, null, null,
                null, form.optionalText("meetingNote", 2000)), completedBy);
        execution.setVariable("concern", concern);
        form.discard("meetingDate", "attended", "progress", "meetingNote");
    }
}
