package fi.polku.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionResultEntriesImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionResultImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class DecisionsTest {

    private final UUID journeyId = UUID.randomUUID();

    @Test
    void aTableThatMatchesNoRuleFailsTheStepSayingWhatToFixWithoutTheFacts() {
        assertThatThrownBy(() -> Decisions.singleResult(new DmnDecisionResultImpl(List.of()), "course-level", journeyId))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Decision table 'course-level' matched no rule for journey " + journeyId + ": correct "
                        + "processes/course-level.dmn (every journey must match a rule, the last one a catch-all), "
                        + "deploy it and retry this job.");
    }

    @Test
    void theOneResultIsGivenAsItIs() {
        DmnDecisionResultEntriesImpl entries = new DmnDecisionResultEntriesImpl();
        entries.putValue("courseCode", Variables.stringValue("DEVOPS"));
        assertThat(Decisions.singleResult(new DmnDecisionResultImpl(List.of(entries)), "course-level", journeyId)
                .getEntryMap()).isEqualTo(Map.of("courseCode", "DEVOPS"));
    }
}
