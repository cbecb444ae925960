package fi.polku.journey;

import fi.polku.api.FieldError;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one event type carries and what it does besides its message: each phase contributes the
 * handlers of its events, and {@link JourneyEvents} validates, stores and correlates them alike.
 *
 * @param <T> the event's {@code data}, validated with Bean Validation before {@link #accept}
 */
public interface JourneyEventHandler<T> {

    JourneyEventType type();

    Class<T> dataType();

    /**
     * Rules between the data's fields, beyond its Bean Validation, checked before the journey is
     * asked whether it waits for the event: bad data is a 400 whatever the journey's state.
     * Field names are relative to {@code data}.
     */
    default List<FieldError> ruleViolations(T data) {
        return List.of();
    }

    /**
     * Stores what the event carries in the domain tables (in the caller's transaction) and returns
     * the variables its message delivers: routing values only. Throws an API exception to refuse.
     */
    Map<String, Object> accept(UUID journeyId, T data, String receivedBy);
}
