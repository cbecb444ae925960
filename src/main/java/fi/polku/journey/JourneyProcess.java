package fi.polku.journey;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Names shared by the journey's processes and the code that drives them. */
public final class JourneyProcess {

    public static final String KEY = "participant-journey";

    /** Process variables: ids, the display name and routing values only (no personal data). */
    public static final String JOURNEY_ID = "journeyId";
    public static final String DISPLAY_NAME = "displayName";

    /** The journey id every phase instance carries. */
    public static UUID journeyId(VariableScope scope) {
        Object value = scope.getVariable(JOURNEY_ID);
        if (value == null) {
            throw new IllegalStateException("Process variable " + JOURNEY_ID + " is missing");
        }
        return UUID.fromString(value.toString());
    }

    private JourneyProcess() {
    }
}
