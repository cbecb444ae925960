package fi.polku.followup;

import fi.polku.journey.JourneyProcess;
import fi.polku.participant.PersonalDataVariables;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.tasklist.TaskSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows "Hold exit review" how the participant left and when the subsidised period ends. */
@Component("showLeavingSummary")
public class ShowLeavingSummaryListener implements TaskListener {

    private final WageSubsidyRecords wageSubsidy;
    private final TaskSummary taskSummary;

    public ShowLeavingSummaryListener(WageSubsidyRecords wageSubsidy, TaskSummary taskSummary) {
        this.wageSubsidy = wageSubsidy;
        this.taskSummary = taskSummary;
    }

    @Override
    public void notify(DelegateTask task) {
        Object route = task.getVariable(RecordExitReviewListener.LEAVING_ROUTE);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("route", route == null ? "—" : route.toString()); // a code; Tasklist shows its words
        summary.put("periodEnd", wageSubsidy.decision(JourneyProcess.journeyId(task))
                .map(decision -> String.valueOf(decision.endDate())).orElse("—"));
        taskSummary.show(task, PersonalDataVariables.LEAVING_SUMMARY, summary);
    }
}
