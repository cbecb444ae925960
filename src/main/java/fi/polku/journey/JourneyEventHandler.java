package fi.polku.journey;

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
     * Stores what the event carries in the domain tables (in the caller's transaction) and returns
     * the variables its message delivers: routing values only. Throws an API exception to refuse.
     */
    Map<String, Object> accept(UUID journeyId, T data, String receivedBy);
}
