package fi.polku.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class DecisionResultVariablesTest {

    @Test
    void theResultVariableOfEveryBusinessRuleTaskIsKeptOutOfTheVariablesHistory() throws IOException {
        DecisionResultVariables results = new DecisionResultVariables();
        assertThat(results.names()).containsExactlyInAnyOrder("eligibilityResult", "courseLevelResult",
                "supportPlanResult", "supplementResult", "amountResult", "workActivityEligibilityResult",
                "learningPathResult");
        assertThat(results.excludes("eligibilityResult")).isTrue();
        assertThat(results.excludes("eligibility")).as("the routing value stays").isFalse();
    }
}
