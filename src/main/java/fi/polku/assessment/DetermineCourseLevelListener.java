package fi.polku.assessment;

import static org.camunda.bpm.engine.variable.Variables.integerValue;

import fi.polku.journey.DecisionTaskListener;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Determine course level", the business-rule task calling DMN {@code course-level} on the stored
 * test score; the course is stored.
 */
@Component("determineCourseLevel")
class DetermineCourseLevelListener extends DecisionTaskListener {

    static final String DECISION = "course-level";
    static final String RESULT = "courseLevelResult";

    private final AssessmentRecords records;

    DetermineCourseLevelListener(AssessmentRecords records) {
        super(DECISION, RESULT);
        this.records = records;
    }

    @Override
    protected VariableMap facts(UUID journeyId) {
        return Variables.createVariables()
                .putValueTyped("digitalSkillsScore", integerValue(records.digitalSkillsScore(journeyId), true));
    }

    @Override
    protected void record(DelegateExecution execution, UUID journeyId, Map<String, Object> course) {
        records.recordCourse(journeyId, (String) course.get("courseCode"), (String) course.get("courseName"));
    }
}
