package fi.polku.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecisionsTest {

    private final UUID journeyId = UUID.randomUUID();

    @Test
    void aTableThatMatchesNoRuleFailsTheStepSayingWhatToFixWithoutTheFacts() {
        assertThatThrownBy(() -> Decisions.singleResult(null, "course-level", journeyId))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Decision table 'course-level' matched no rule for journey " + journeyId + ": correct "
                        + "processes/course-level.dmn (every journey must match a rule, the last one a catch-all), "
                        + "deploy it and retry this job.");
    }

    @Test
    void theOneResultIsGivenAsItIs() {
        assertThat(Decisions.singleResult(Map.of("courseCode", "DEVOPS"), "course-level", journeyId))
                .isEqualTo(Map.of("courseCode", "DEVOPS"));
    }
}
