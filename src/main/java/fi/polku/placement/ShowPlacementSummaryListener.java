package fi.polku.placement;

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
 * Shows the agreed placement on the tasks that follow the match (the company's answer, the
 * check-in, the hiring decision), and on "Inform employer about the Helsinki supplement" also the
 * terms the decision table gave.
 */
@Component("showPlacementSummary")
public class ShowPlacementSummaryListener implements TaskListener {

    private final PlacementRecords records;
    private final TaskSummary taskSummary;

    public ShowPlacementSummaryListener(PlacementRecords records, TaskSummary taskSummary) {
        this.records = records;
        this.taskSummary = taskSummary;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID journeyId = JourneyProcess.journeyId(task);
        PlacementRecords.Placement placement = records.requireCurrent(journeyId);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("attempt", placement.attempt());
        summary.put("company", placement.companyName());
        summary.put("businessId", placement.businessId());
        summary.put("role", placement.role());
        summary.put("supervisor", placement.supervisorName());
        summary.put("startDate", placement.startDate());
        summary.put("endDate", placement.endDate());
        if ("Task_InformEmployerAboutSupplement".equals(task.getTaskDefinitionKey())) {
            PlacementRecords.Supplement supplement = records.supplement(journeyId);
            summary.put("supplementPercent", supplement.percent());
            summary.put("supplementMaxMonthlyEur", supplement.maxMonthlyEur());
            summary.put("supplementMaxMonths", supplement.maxMonths());
            summary.put("supplementApplyBy", supplement.applyBy());
        }
        taskSummary.show(task, PersonalDataVariables.PLACEMENT_SUMMARY, summary);
    }
}
