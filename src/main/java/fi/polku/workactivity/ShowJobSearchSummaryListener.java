package fi.polku.workactivity;

import fi.polku.journey.JourneyProcess;
import fi.polku.participant.PersonalDataVariables;
import fi.polku.tasklist.TaskSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the job-search, slow-search and in-work tasks the job search so far (profile date, meetings,
 * employer contacts and the first one's date) and the current job with the number of this check-in.
 */
@Component("showJobSearchSummary")
class ShowJobSearchSummaryListener implements TaskListener {

    private final WorkActivityRecords records;
    private final TaskSummary taskSummary;

    ShowJobSearchSummaryListener(WorkActivityRecords records, TaskSummary taskSummary) {
        this.records = records;
        this.taskSummary = taskSummary;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID journeyId = JourneyProcess.journeyId(task);
        WorkActivityRecords.JobSearch search = records.jobSearch(journeyId);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("profiledOn", search.profiledOn() == null ? "—" : search.profiledOn().toString());
        summary.put("meetings", search.meetings());
        summary.put("employerContacts", search.employerContacts());
        summary.put("firstContactOn", search.firstContactOn() == null ? "—" : search.firstContactOn().toString());
        records.currentJob(journeyId).ifPresent(job -> {
            summary.put("employer", job.employer());
            summary.put("jobStartedOn", job.startedOn().toString());
            summary.put("hoursPerWeek", job.hoursPerWeek());
        });
        Object held = task.getVariable(RecordInWorkCheckInListener.CHECK_INS);
        if (held instanceof Number number) {
            summary.put("checkInNumber", number.intValue() + 1);
        }
        taskSummary.show(task, PersonalDataVariables.JOB_SEARCH_SUMMARY, summary);
    }
}
