package fi.polku.workactivity;

import fi.polku.journey.JourneyProcess;
import fi.polku.participant.PersonalDataVariables;
import fi.polku.tasklist.TaskSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows a work-activity task where the client works and how long the activation plan runs. */
@Component("showWorkActivitySummary")
class ShowWorkActivitySummaryListener implements TaskListener {

    private final WorkActivityRecords records;
    private final TaskSummary taskSummary;

    ShowWorkActivitySummaryListener(WorkActivityRecords records, TaskSummary taskSummary) {
        this.records = records;
        this.taskSummary = taskSummary;
    }

    @Override
    public void notify(DelegateTask task) {
        WorkActivityRecords.Plan plan = records.plan(JourneyProcess.journeyId(task));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("workCentre", plan.workCentre()); // a code; Tasklist shows its words (value.workCentre.*)
        summary.put("planStartsOn", plan.startsOn().toString());
        summary.put("planEndsOn", plan.endsOn().toString());
        summary.put("daysPerWeek", plan.daysPerWeek());
        taskSummary.show(task, PersonalDataVariables.WORK_ACTIVITY_SUMMARY, summary);
    }
}
