package fi.polku.workactivity;

import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyProcess;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The work-activity journey's timers, from the dates in the domain database. */
@Component("workActivitySchedule")
public class WorkActivitySchedule {

    /**
     * Months after the job start of the in-work support check-ins (IPS follow-along support): one,
     * three and six; after that every {@link #LATER_CHECK_INS_EVERY} months until support ends.
     */
    static final List<Integer> CHECK_IN_MONTHS = List.of(1, 3, 6);
    static final int LATER_CHECK_INS_EVERY = 3;

    private final WorkActivityRecords records;

    WorkActivitySchedule(WorkActivityRecords records) {
        this.records = records;
    }

    /** The morning of the activation plan's end date, as it stands now (an extension moves it). */
    public Date activationPlanEnds(DelegateExecution execution) {
        return JourneyCalendar.morningOf(records.plan(JourneyProcess.journeyId(execution)).endsOn());
    }

    public Date jobSearchResumes(DelegateExecution execution) {
        return JourneyCalendar.morningOf(records.resumeOn(JourneyProcess.journeyId(execution)));
    }

    /** The next check-in of the current job, counted by {@code inWorkCheckIns}. */
    public Date nextInWorkCheckIn(DelegateExecution execution) {
        WorkActivityRecords.Job job = records.currentJob(JourneyProcess.journeyId(execution))
                .orElseThrow(() -> new IllegalStateException("No current job"));
        int held = ((Number) execution.getVariable(RecordInWorkCheckInListener.CHECK_INS)).intValue();
        int months = held < CHECK_IN_MONTHS.size() ? CHECK_IN_MONTHS.get(held)
                : CHECK_IN_MONTHS.get(CHECK_IN_MONTHS.size() - 1) + (held - CHECK_IN_MONTHS.size() + 1) * LATER_CHECK_INS_EVERY;
        return JourneyCalendar.morningOf(job.startedOn().plusMonths(months));
    }
}
