package fi.polku.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN {@code referral-eligibility}, rule by rule, with the boundaries of each threshold. */
class ReferralEligibilityDecisionTest {

    private static DmnEngine dmnEngine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = ReferralEligibilityDecisionTest.class.getResourceAsStream("/processes/referral-eligibility.dmn")) {
            decision = dmnEngine.parseDecision(CheckEligibilityListener.DECISION, dmn);
        }
    }

    @ParameterizedTest(name = "{0}: {1}, age {2}, ISCED {3}, {4} months, ICT {5} -> {6}")
    @CsvSource({
            // rule,                      municipality, age, edu, months, ict,        expected
            "not a Helsinki resident,     espoo,        25,  3,   14,     VOCATIONAL, NOT_ELIGIBLE, Not a Helsinki resident",
            "Swedish name of Helsinki,    helsingfors,  25,  3,   14,     VOCATIONAL, ELIGIBLE,     Meets the starting criteria",
            "under 18,                    helsinki,     17,  3,   14,     VOCATIONAL, NOT_ELIGIBLE, Under 18 years old",
            "exactly 18,                  helsinki,     18,  3,   14,     VOCATIONAL, ELIGIBLE,     Meets the starting criteria",
            "residence beats age,         vantaa,       17,  1,   0,      NONE,       NOT_ELIGIBLE, Not a Helsinki resident",
            "education below ISCED 3,     helsinki,     25,  2,   14,     VOCATIONAL, NEEDS_REVIEW, Education below upper secondary (ISCED 3)",
            "short unemployment aged 30,  helsinki,     30,  3,   11,     VOCATIONAL, NEEDS_REVIEW, Unemployed under 12 months and aged 30 or over",
            "12 months aged 30,           helsinki,     30,  3,   12,     VOCATIONAL, ELIGIBLE,     Meets the starting criteria",
            "short unemployment aged 29,  helsinki,     29,  3,   1,      HOBBY,      ELIGIBLE,     Meets the starting criteria",
            "no ICT background,           helsinki,     25,  5,   14,     NONE,       NEEDS_REVIEW, No ICT background",
            "otherwise eligible,          helsinki,     40,  8,   24,     DEGREE,     ELIGIBLE,     Meets the starting criteria",
    })
    void rule(String rule, String municipality, int age, int educationLevel, int monthsUnemployed, String ictBackground,
              String expected, String reason) {
        DmnDecisionResultEntries result = dmnEngine.evaluateDecision(decision, Variables.createVariables()
                        .putValue("municipality", municipality).putValue("age", age)
                        .putValue("educationLevel", educationLevel).putValue("monthsUnemployed", monthsUnemployed)
                        .putValue("ictBackground", ictBackground))
                .getSingleResult();
        assertThat(result.<String>getEntry("eligibility")).as(rule).isEqualTo(expected);
        assertThat(result.<String>getEntry("reason")).isEqualTo(reason);
    }
}
