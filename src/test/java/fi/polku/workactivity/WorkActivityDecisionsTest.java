package fi.polku.workactivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN {@code work-activity-eligibility} and {@code virtual-workshop-path}, rule by rule, with the boundaries. */
class WorkActivityDecisionsTest {

    private static DmnEngine dmnEngine;
    private static DmnDecision eligibility;
    private static DmnDecision learningPath;

    @BeforeAll
    static void parse() throws Exception {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = WorkActivityDecisionsTest.class.getResourceAsStream("/processes/work-activity-eligibility.dmn")) {
            eligibility = dmnEngine.parseDecision(CheckWorkActivityEligibilityListener.DECISION, dmn);
        }
        try (InputStream dmn = WorkActivityDecisionsTest.class.getResourceAsStream("/processes/virtual-workshop-path.dmn")) {
            learningPath = dmnEngine.parseDecision(PickVirtualWorkshopPathListener.DECISION, dmn);
        }
    }

    @ParameterizedTest(name = "{0}: {1}, age {2}, plan {3} months, {4} days left -> {5}")
    @CsvSource({
            // rule,                    municipality, age, months, daysLeft, expected,     reason
            "not a Helsinki resident,   espoo,        30,  12,     200,      NOT_ELIGIBLE, Not a Helsinki resident",
            "Swedish name of Helsinki,  helsingfors,  30,  12,     200,      ELIGIBLE,     Helsinki resident of 18 or over with a valid activation plan",
            "under 18,                  helsinki,     17,  12,     200,      NOT_ELIGIBLE, Under 18 years old",
            "exactly 18,                helsinki,     18,  12,     200,      ELIGIBLE,     Helsinki resident of 18 or over with a valid activation plan",
            "residence beats age,       vantaa,       17,  1,      -5,       NOT_ELIGIBLE, Not a Helsinki resident",
            "plan of 2 months,          helsinki,     40,  2,      50,       NOT_ELIGIBLE, Activation plan shorter than 3 months",
            "plan of exactly 3 months,  helsinki,     40,  3,      80,       ELIGIBLE,     Helsinki resident of 18 or over with a valid activation plan",
            "plan of exactly 24 months, helsinki,     40,  24,     700,      ELIGIBLE,     Helsinki resident of 18 or over with a valid activation plan",
            "plan of 25 months,         helsinki,     40,  25,     700,      NOT_ELIGIBLE, Activation plan longer than 24 months",
            "plan ended yesterday,      helsinki,     40,  6,      -1,       NOT_ELIGIBLE, Activation plan has already ended",
            "plan ends today,           helsinki,     40,  6,      0,        ELIGIBLE,     Helsinki resident of 18 or over with a valid activation plan",
            "zero exclusion: aged 64,   helsinki,     64,  12,     300,      ELIGIBLE,     Helsinki resident of 18 or over with a valid activation plan",
    })
    void eligibilityRule(String rule, String municipality, int age, int planMonths, int planDaysLeft, String expected,
                         String reason) {
        DmnDecisionResultEntries result = dmnEngine.evaluateDecision(eligibility, Variables.createVariables()
                        .putValue("municipality", municipality).putValue("age", age).putValue("planMonths", planMonths)
                        .putValue("planDaysLeft", planDaysLeft))
                .getSingleResult();
        assertThat(result.<String>getEntry("eligibility")).as(rule).isEqualTo(expected);
        assertThat(result.<String>getEntry("reason")).as(rule).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3} {4} {5} -> {6}")
    @CsvSource({
            // rule,                          info, comm, content, safety, problems, expected
            "nothing yet,                     0,    0,    0,       0,      0,        DIGITAL_BASICS",
            "total 5 (basics boundary),       1,    1,    1,       1,      1,        DIGITAL_BASICS",
            "basics beats safety,             2,    2,    1,       0,      0,        DIGITAL_BASICS",
            "total 6 with safety 1,           2,    2,    1,       1,      0,        ONLINE_SAFETY",
            "strong but unsafe,               3,    3,    3,       1,      3,        ONLINE_SAFETY",
            "total 6 with safety 2,           1,    1,    1,       2,      1,        WORKING_LIFE_DIGITAL_SKILLS",
            "total 11 (working-life boundary),3,    2,    2,       2,      2,        WORKING_LIFE_DIGITAL_SKILLS",
            "total 12,                        3,    3,    2,       2,      2,        CONTENT_AND_PROBLEM_SOLVING",
            "everything 3,                    3,    3,    3,       3,      3,        CONTENT_AND_PROBLEM_SOLVING",
    })
    void learningPathRule(String rule, int information, int communication, int contentCreation, int safety,
                          int problemSolving, String expected) {
        DmnDecisionResultEntries result = dmnEngine.evaluateDecision(learningPath, Variables.createVariables()
                        .putValue("information", information).putValue("communication", communication)
                        .putValue("contentCreation", contentCreation).putValue("safety", safety)
                        .putValue("problemSolving", problemSolving))
                .getSingleResult();
        assertThat(result.<String>getEntry("learningPath")).as(rule).isEqualTo(expected);
    }

    @Test
    void aPlanCountsItsMonthsWithItsEndDateIncluded() {
        assertThat(CheckWorkActivityEligibilityListener.planMonths(plan("2027-01-01", "2027-03-31"))).isEqualTo(3);
        assertThat(CheckWorkActivityEligibilityListener.planMonths(plan("2027-01-01", "2027-03-30"))).isEqualTo(2);
        assertThat(CheckWorkActivityEligibilityListener.planMonths(plan("2027-01-15", "2029-01-14"))).isEqualTo(24);
        assertThat(CheckWorkActivityEligibilityListener.planMonths(plan("2027-01-15", "2029-01-15"))).isEqualTo(24);
        assertThat(CheckWorkActivityEligibilityListener.planMonths(plan("2027-01-15", "2029-02-14"))).isEqualTo(25);
    }

    private static WorkActivityRecords.Plan plan(String from, String to) {
        return new WorkActivityRecords.Plan("PAKILA_WORK_CENTRE", LocalDate.parse(from), LocalDate.parse(to), 3);
    }
}
