package fi.polku.journey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A journey as the API shows it: the journey row, and each part its phase has recorded so far. */
@Component
public class JourneyStatusReader {

    private final JourneyRepository journeys;
    private final List<JourneyStatusPart<?>> parts;

    public JourneyStatusReader(JourneyRepository journeys, List<JourneyStatusPart<?>> parts) {
        this.journeys = journeys;
        this.parts = parts;
    }

    public Optional<JourneyStatus> status(UUID id) {
        return journeys.find(id).map(journey -> JourneyStatus.of(journey, part(JourneyStatus.WageSubsidy.class, journey),
                part(JourneyStatus.TraineePlacement.class, journey), part(JourneyStatus.FollowUp.class, journey)));
    }

    private <T> T part(Class<T> type, Journey journey) {
        return parts.stream().filter(part -> part.type().equals(type)).findFirst()
                .map(part -> type.cast(part.read(journey))).orElse(null);
    }
}
