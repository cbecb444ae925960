package fi.polku.workactivity;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Hold in-work support check-in": still employed, hours, support needed; a job that ended
 * is closed (the client goes back to job search), and support ends only when client and coach agree,
 * from the six-month check-in on.
 */
@Component("recordInWorkCheckIn")
class RecordInWorkCheckInListener extends CompletedTaskListener {

    /** Check-ins held in the current job: the schedule's count. */
    static final String CHECK_INS = "inWorkCheckIns";
    static final String STILL_EMPLOYED = "stillEmployed";
    static final String SUPPORT_ENDS = "supportEnds";

    private final WorkActivityRecords records;

    RecordInWorkCheckInListener(WorkActivityRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        LocalDate heldOn = WorkActivityDates.notAhead(form, "checkInOn");
        boolean employed = "EMPLOYED".equals(form.requiredChoice("employmentStatus", Set.of("EMPLOYED", "JOB_ENDED")));
        Integer hours = employed ? form.requiredInt("hoursPerWeek", 1, 40) : null;
        Boolean supportNeeded = employed ? "YES".equals(form.requiredChoice("supportNeeded", Set.of("YES", "NO"))) : null;
        LocalDate jobEndedOn = employed ? null : WorkActivityDates.notAhead(form, "jobEndedOn");
        boolean supportEnds = employed && form.flag(SUPPORT_ENDS);
        int number = ((Number) execution.getVariable(CHECK_INS)).intValue() + 1;
        if (supportEnds && number < WorkActivitySchedule.CHECK_IN_MONTHS.size()) {
            throw FormValues.invalid(SUPPORT_ENDS, "can be agreed from the six-month check-in on");
        }
        UUID journeyId = JourneyProcess.journeyId(execution);
        WorkActivityRecords.Job job = records.currentJob(journeyId)
                .orElseThrow(() -> new IllegalStateException("No current job for journey " + journeyId));
        records.saveCheckIn(journeyId, job, new WorkActivityRecords.CheckIn(number, heldOn, employed, hours,
                supportNeeded, supportEnds, form.optionalText("checkInNote", 2000)), completedBy);
        if (!employed) {
            records.endJob(job.id(), jobEndedOn);
        }
        form.discard("checkInOn", "employmentStatus", "jobEndedOn", "hoursPerWeek", "supportNeeded", SUPPORT_ENDS,
                "checkInNote");
        execution.setVariable(CHECK_INS, number);
        execution.setVariable(STILL_EMPLOYED, employed);
        execution.setVariable(SUPPORT_ENDS, supportEnds);
    }
}
