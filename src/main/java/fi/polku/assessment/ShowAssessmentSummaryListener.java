package fi.polku.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.journey.JourneyProcess;
import fi.polku.participant.PersonalDataVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * When "Hold case conference" is created, puts what the four professionals recorded on the task
 * (a task-local JSON variable the form shows), so the team decides on one screen. It is a copy for
 * display: it disappears with the task and is kept out of the history; the support-need areas are
 * not in it.
 */
@Component("showAssessmentSummary")
public class ShowAssessmentSummaryListener implements TaskListener {

    private final AssessmentRecords records;
    private final ObjectMapper objectMapper;

    public ShowAssessmentSummaryListener(AssessmentRecords records, ObjectMapper objectMapper) {
        this.records = records;
        this.objectMapper = objectMapper;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            String summary = objectMapper.writeValueAsString(records.conferenceSummary(JourneyProcess.journeyId(task)));
            task.setVariableLocal(PersonalDataVariables.ASSESSMENT_SUMMARY, SpinValues.jsonValue(summary).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Assessment summary is not serialisable", e);
        }
    }
}
