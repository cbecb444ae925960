package fi.polku.workactivity;

import static org.camunda.bpm.engine.variable.Variables.integerValue;

import fi.polku.journey.DecisionTaskListener;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** "Pick virtual-workshop path", the business-rule task calling DMN {@code virtual-workshop-path}. */
@Component("pickVirtualWorkshopPath")
class PickVirtualWorkshopPathListener extends DecisionTaskListener {

    static final String DECISION = "virtual-workshop-path";
    static final String RESULT = "learningPathResult";

    private final WorkActivityRecords records;

    PickVirtualWorkshopPathListener(WorkActivityRecords records) {
        super(DECISION, RESULT);
        this.records = records;
    }

    @Override
    protected VariableMap facts(UUID journeyId) {
        WorkActivityRecords.DigitalSkills skills = records.digitalSkills(journeyId);
        return Variables.createVariables()
                .putValueTyped("information", integerValue(skills.information(), true))
                .putValueTyped("communication", integerValue(skills.communication(), true))
                .putValueTyped("contentCreation", integerValue(skills.contentCreation(), true))
                .putValueTyped("safety", integerValue(skills.safety(), true))
                .putValueTyped("problemSolving", integerValue(skills.problemSolving(), true));
    }

    @Override
    protected void record(DelegateExecution execution, UUID journeyId, Map<String, Object> result) {
        records.recordLearningPath(journeyId, (String) result.get("learningPath"));
    }
}
