package fi.polku.placement;

import fi.polku.journey.JourneyEventHandler;
import fi.polku.journey.JourneyEventType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code PLACEMENT_CANCELLED}: the placement ends early; the journey goes on without it. */
@Component
class PlacementCancelledHandler implements JourneyEventHandler<PlacementCancelledHandler.PlacementCancelled> {

    public enum CancellationReason { COMPANY_WITHDREW, PARTICIPANT_WITHDREW, PARTICIPANT_FOUND_OTHER_WORK, OTHER }

    public record PlacementCancelled(@NotNull CancellationReason reason, @Size(max = 2000) String comment) {
    }

    private final PlacementRecords records;

    public PlacementCancelledHandler(PlacementRecords records) {
        this.records = records;
    }

    @Override
    public JourneyEventType type() {
        return JourneyEventType.PLACEMENT_CANCELLED;
    }

    @Override
    public Class<PlacementCancelled> dataType() {
        return PlacementCancelled.class;
    }

    @Override
    public Map<String, Object> accept(UUID journeyId, PlacementCancelled data, String receivedBy) {
        records.cancel(journeyId, data.reason().name(), data.comment());
        return Map.of();
    }
}
