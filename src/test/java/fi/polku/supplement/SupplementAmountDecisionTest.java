package fi.polku.supplement;

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

/** DMN {@code supplement-amount}, rule by rule, with the 2026 terms (50 %, 1,500 € a month, 12 months) and their boundaries. */
class SupplementAmountDecisionTest {

    private static DmnEngine dmnEngine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = SupplementAmountDecisionTest.class.getResourceAsStream("/processes/supplement-amount.dmn")) {
            decision = dmnEngine.parseDecision("supplement-amount", dmn);
        }
    }

    @ParameterizedTest(name = "{0}: {1} €, {2} months -> {3} € x {4}")
    @CsvSource({
            // rule,                          pay,     months applied, monthly amount, months, reason
            "half of the pay,                 2800,    6,              1400.0,         6,      The share of the pay",
            "to the cent,                     2345.67, 6,              1172.84,        6,      The share of the pay",
            "just under the ceiling,          2999.99, 6,              1500.0,         6,      The share of the pay",
            "exactly at the ceiling,          3000,    6,              1500.0,         6,      The monthly ceiling",
            "over the ceiling,                5200,    6,              1500.0,         6,      The monthly ceiling",
            "longest duration,                2800,    12,             1400.0,         12,     The share of the pay",
            "more months than the longest,    2800,    18,             1400.0,         12,     The share of the pay",
            "ceiling and longest duration,    4000,    24,             1500.0,         12,     The monthly ceiling",
            "one month,                       2800,    1,              1400.0,         1,      The share of the pay",
            "under a month,                   2800,    0,              0.0,            0,      The period applied for is shorter than a whole month",
    })
    void rule(String rule, double pay, int monthsApplied, double monthlyAmount, int months, String reason) {
        DmnDecisionResultEntries result = dmnEngine.evaluateDecision(decision, Variables.createVariables()
                .putValue("monthlyPayEur", pay).putValue("monthsApplied", monthsApplied)
                .putValue("supplementPercent", 50).putValue("maxMonthlyEur", 1500).putValue("maxMonths", 12))
                .getSingleResult();
        assertThat(((Number) result.getEntry("monthlyAmountEur")).doubleValue()).as(rule).isEqualTo(monthlyAmount);
        assertThat(((Number) result.getEntry("months")).intValue()).as(rule).isEqualTo(months);
        assertThat(result.<String>getEntry("reason")).as(rule).isEqualTo(reason);
    }
}
