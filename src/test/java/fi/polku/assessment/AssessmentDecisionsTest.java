package fi.polku.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN {@code course-level} and {@code support-plan}, rule by rule, with the boundaries. */
class AssessmentDecisionsTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private static DmnDecisionResultEntries evaluate(String file, String key, VariableMap variables) {
        try (InputStream dmn = AssessmentDecisionsTest.class.getResourceAsStream("/processes/" + file)) {
            DmnDecision decision = DMN.parseDecision(key, dmn);
            return DMN.evaluateDecision(decision, variables).getSingleResult();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "score {0} -> {1}")
    @CsvSource({
            "0,   DIGITAL_SKILLS_FOR_WORKING_LIFE, Digital skills for working life",
            "39,  DIGITAL_SKILLS_FOR_WORKING_LIFE, Digital skills for working life",
            "40,  BASICS_OF_DIGITAL_SERVICE,       Basics of Digital Service",
            "74,  BASICS_OF_DIGITAL_SERVICE,       Basics of Digital Service",
            "75,  DEVELOPMENT_AND_OPERATIONS,      Development and Operations",
            "100, DEVELOPMENT_AND_OPERATIONS,      Development and Operations",
    })
    void courseLevel(int score, String code, String name) {
        DmnDecisionResultEntries course = evaluate("course-level.dmn", DetermineCourseLevelListener.DECISION,
                Variables.putValue("digitalSkillsScore", score));
        assertThat(course.<String>getEntry("courseCode")).isEqualTo(code);
        assertThat(course.<String>getEntry("courseName")).isEqualTo(name);
    }

    @ParameterizedTest(name = "well-being {0}, support {1} -> check {2}")
    @CsvSource({
            "1, NONE,      true,  Well-being 2 or below in the service-need assessment",
            "2, SOME,      true,  Well-being 2 or below in the service-need assessment",
            "3, INTENSIVE, true,  Intensive support need",
            "5, INTENSIVE, true,  Intensive support need",
            "3, SOME,      false, No check needed before the case conference",
            "5, NONE,      false, No check needed before the case conference",
    })
    void supportPlan(int wellbeing, String level, boolean checkNeeded, String reason) {
        DmnDecisionResultEntries plan = evaluate("support-plan.dmn", DecideSupportPlanListener.DECISION,
                Variables.putValue("crearWellbeing", wellbeing).putValue("supportNeedLevel", level));
        assertThat(plan.<Boolean>getEntry("wellbeingCheckNeeded")).isEqualTo(checkNeeded);
        assertThat(plan.<String>getEntry("reason")).isEqualTo(reason);
    }
}
