package fi.polku.referral;

import fi.polku.journey.JourneyEventHandler;
import fi.polku.journey.JourneyEventType;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code PLACE_AVAILABLE} through the events API: a team lead offers the waiting journey a place (a
 * freed place goes to the longest-waiting journey without it). It carries no data and delivers no
 * variables.
 */
@Component
class PlaceAvailableHandler implements JourneyEventHandler<PlaceAvailableHandler.PlaceAvailable> {

    public record PlaceAvailable() {
    }

    @Override
    public JourneyEventType type() {
        return JourneyEventType.PLACE_AVAILABLE;
    }

    @Override
    public Class<PlaceAvailable> dataType() {
        return PlaceAvailable.class;
    }

    @Override
    public Map<String, Object> accept(UUID journeyId, PlaceAvailable data, String receivedBy) {
        return Map.of();
    }
}
