package fi.polku.assessment;

import fi.polku.journey.JourneyProcess;
import fi.polku.participant.PersonalDataVariables;
import fi.polku.tasklist.TaskSummary;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When "Hold case conference" is created, shows what the four professionals recorded, so the team
 * decides on one screen. The support-need areas are not in it.
 */
@Component("showAssessmentSummary")
public class ShowAssessmentSummaryListener implements TaskListener {

    private final AssessmentRecords records;
    private final TaskSummary taskSummary;

    public ShowAssessmentSummaryListener(AssessmentRecords records, TaskSummary taskSummary) {
        this.records = records;
        this.taskSummary = taskSummary;
    }

    @Override
    public void notify(DelegateTask task) {
        taskSummary.show(task, PersonalDataVariables.ASSESSMENT_SUMMARY,
                records.conferenceSummary(JourneyProcess.journeyId(task)));
    }
}
