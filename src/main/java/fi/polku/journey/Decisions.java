package fi.polku.journey;

import java.util.UUID;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;

/**
 * The one result a decision table must give. The city edits its tables; a table whose rules do not
 * cover a journey's facts gives none, and reading it would fail with a bare NullPointerException.
 * The step fails instead with what to do, and since every DMN-calling step is asynchronous with
 * retries, this stands in Cockpit as an incident carrying that message. The facts stay out of the
 * message: Cockpit shows it to managers, and the facts are personal data.
 */
public final class Decisions {

    private Decisions() {
    }

    public static DmnDecisionResultEntries singleResult(DmnDecisionResult result, String decisionKey, UUID journeyId) {
        DmnDecisionResultEntries entries = result.getSingleResult();
        if (entries == null) {
            throw new IllegalStateException("Decision table '" + decisionKey + "' matched no rule for journey " + journeyId
                    + ": correct processes/" + decisionKey + ".dmn (every journey must match a rule, the last one a "
                    + "catch-all), deploy it and retry this job.");
        }
        return entries;
    }
}
