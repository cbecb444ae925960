package fi.polku.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN {@code helsinki-supplement-eligibility}, rule by rule, with the boundaries of each threshold. */
class HelsinkiSupplementDecisionTest {

    private static DmnEngine dmnEngine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = HelsinkiSupplementDecisionTest.class
                .getResourceAsStream("/processes/helsinki-supplement-eligibility.dmn")) {
            decision = dmnEngine.parseDecision(CheckHelsinkiSupplementListener.DECISION, dmn);
        }
    }

    private static DmnDecisionResultEntries evaluate(String employerType, int hours, boolean paySubsidised, int months,
                                                     String municipality) {
        return dmnEngine.evaluateDecision(decision, Variables.createVariables().putValue("employerType", employerType)
                .putValue("hoursPerWeek", hours).putValue("paySubsidised", paySubsidised)
                .putValue("monthsSinceStart", months).putValue("municipality", municipality)).getSingleResult();
    }

    @ParameterizedTest(name = "{0}: {1}, {2} h, pay subsidy {3}, {4} months, {5} -> {6}")
    @CsvSource({
            // rule,                          employer,     hours, subsidy, months, municipality, eligible, reason
            "public body,                     PUBLIC_BODY,  37,    false,   0,      helsinki,     false, 'The employer is a public body; the supplement is for companies, associations and foundations'",
            "association,                     ASSOCIATION,  37,    false,   0,      helsinki,     true,  Meets the Helsinki supplement terms of 2026",
            "foundation,                      FOUNDATION,   37,    false,   0,      helsinki,     true,  Meets the Helsinki supplement terms of 2026",
            "17 hours a week,                 COMPANY,      17,    false,   0,      helsinki,     false, Under 18 hours a week",
            "exactly 18 hours a week,         COMPANY,      18,    false,   0,      helsinki,     true,  Meets the Helsinki supplement terms of 2026",
            "job also paid pay subsidy,       COMPANY,      37,    true,    0,      helsinki,     false, The job is also paid pay subsidy",
            "4 whole months since the start,  COMPANY,      37,    false,   4,      helsinki,     false, 'More than 4 months since the job started: too late to apply'",
            "3 whole months since the start,  COMPANY,      37,    false,   3,      helsinki,     true,  Meets the Helsinki supplement terms of 2026",
            "participant lives in Espoo,      COMPANY,      37,    false,   0,      espoo,        false, The participant does not live in Helsinki",
            "Swedish name of Helsinki,        COMPANY,      37,    false,   0,      helsingfors,  true,  Meets the Helsinki supplement terms of 2026",
            "public body beats the rest,      PUBLIC_BODY,  10,    true,    9,      vantaa,       false, 'The employer is a public body; the supplement is for companies, associations and foundations'",
    })
    void rule(String rule, String employerType, int hours, boolean paySubsidised, int months, String municipality,
              boolean eligible, String reason) {
        DmnDecisionResultEntries result = evaluate(employerType, hours, paySubsidised, months, municipality);
        assertThat(result.<Boolean>getEntry("eligible")).as(rule).isEqualTo(eligible);
        assertThat(result.<String>getEntry("reason")).as(rule).isEqualTo(reason);
        if (!eligible) {
            assertThat(result).as(rule + ": no terms when not eligible")
                    .doesNotContainKeys("supplementPercent", "maxMonthlyEur", "maxMonths", "applyWithinMonths");
        }
    }

    @Test
    void theTermsToTellTheEmployerComeFromTheTable() {
        DmnDecisionResultEntries result = evaluate("COMPANY", 37, false, 0, "helsinki");
        assertThat(result.<Integer>getEntry("supplementPercent")).isEqualTo(50);
        assertThat(result.<Integer>getEntry("maxMonthlyEur")).isEqualTo(1500);
        assertThat(result.<Integer>getEntry("maxMonths")).isEqualTo(12);
        assertThat(result.<Integer>getEntry("applyWithinMonths")).isEqualTo(4);
    }
}
