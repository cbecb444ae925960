package fi.polku.journey;

import java.util.Map;
import java.util.UUID;

/**
 * The one result a decision table must give. The city edits its tables; a table whose rules do not
 * cover a journey's facts gives none (the business-rule task's {@code singleResult} mapping leaves
 * its result variable empty), and reading it would fail with a bare NullPointerException. The step
 * fails instead with what to do, and since every DMN-calling step runs in a job with retries, this
 * stands in Cockpit as an incident carrying that message. The facts stay out of the message: Cockpit
 * shows it to managers, and the facts are personal data.
 */
final class Decisions {

    private Decisions() {
    }

    /**
     * The result a business-rule task mapped with {@code camunda:mapDecisionResult="singleResult"}:
     * each output's name and value, or {@code null} when no rule matched.
     */
    public static Map<String, Object> singleResult(Map<String, Object> result, String decisionKey, UUID journeyId) {
        if (result == null) {
            throw new IllegalStateException("Decision table '" + decisionKey + "' matched no rule for journey " + journeyId
                    + ": correct processes/" + decisionKey + ".dmn (every journey must match a rule, the last one a "
                    + "catch-all), deploy it and retry this job.");
        }
        return result;
    }
}
