package fi.polku.wagesubsidy;

import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * "Re-time the period": after a changed decision, every timer of the period still waiting is moved
 * to the date the new decision gives it. Meetings already held stay held; a date now in the past
 * fires at once. The check-in loop always has a timer waiting (after the end date when no check-in
 * is left), so an extension brings the check-ins of the months it adds.
 */
@Component("retimePeriod")
public class RetimePeriodDelegate implements JavaDelegate {

    private final PeriodSchedule schedule;
    private final ManagementService managementService;

    public RetimePeriodDelegate(PeriodSchedule schedule, ManagementService managementService) {
        this.schedule = schedule;
        this.managementService = managementService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Function<DelegateExecution, Date>> timers = Map.of(
                "Timer_SecondPathwayMeeting", schedule::secondPathwayMeeting,
                "Timer_NextCheckIn", schedule::scheduleNextCheckIn,
                "Timer_Midpoint", schedule::midpoint,
                "Timer_TraineeHandOver", schedule::traineeHandOver,
                "Timer_PeriodEnd", schedule::periodEnd,
                "Event_PeriodEndsDuringReview", schedule::periodEnd);
        timers.forEach((activityId, date) -> {
            for (Job job : managementService.createJobQuery().processInstanceId(execution.getProcessInstanceId())
                    .activityId(activityId).timers().list()) {
                managementService.setJobDuedate(job.getId(), date.apply(execution));
            }
        });
    }
}
