package fi.polku.journey;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code JOURNEY_WITHDRAWN}: the participant withdraws or moves away; the reason routes the withdrawal. */
@Component
class JourneyWithdrawnHandler implements JourneyEventHandler<JourneyWithdrawnHandler.Data> {

    public enum Reason { PARTICIPANT_WITHDREW, MOVED_AWAY, OTHER }

    public record Data(@NotNull Reason reason, @Size(max = 2000) String comment) {
    }

    @Override
    public JourneyEventType type() {
        return JourneyEventType.JOURNEY_WITHDRAWN;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public Map<String, Object> accept(UUID journeyId, Data data, String receivedBy) {
        return Map.of("withdrawalReason", data.reason().name());
    }
}
