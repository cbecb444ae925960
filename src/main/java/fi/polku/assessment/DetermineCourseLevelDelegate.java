package fi.polku.assessment;

import fi.polku.journey.Decisions;
import fi.polku.journey.JourneyProcess;
import java.util.UUID;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** "Determine course level": DMN {@code course-level} on the stored test score; the course is stored. */
@Component("determineCourseLevel")
public class DetermineCourseLevelDelegate implements JavaDelegate {

    public static final String DECISION = "course-level";

    private final AssessmentRecords records;
    private final DecisionService decisionService;

    public DetermineCourseLevelDelegate(AssessmentRecords records, DecisionService decisionService) {
        this.records = records;
        this.decisionService = decisionService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID journeyId = JourneyProcess.journeyId(execution);
        DmnDecisionResultEntries course = Decisions.singleResult(decisionService.evaluateDecisionByKey(DECISION)
                .variables(Variables.putValue("digitalSkillsScore", records.digitalSkillsScore(journeyId)))
                .evaluate(), DECISION, journeyId);
        records.recordCourse(journeyId, course.getEntry("courseCode"), course.getEntry("courseName"));
    }
}
