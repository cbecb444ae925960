package fi.polku.referral;

import fi.polku.journey.JourneyEventHandler;
import fi.polku.journey.JourneyEventType;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The referral phase's events. Their data is kept with the event; they deliver no variables. */
@Configuration(proxyBeanMethods = false)
class ReferralEventHandlers {

    /** What the referrer sent in answer to a request for more information. */
    public record ReferralInfoProvided(@Size(max = 4000) String information) {
    }

    public record PlaceAvailable() {
    }

    @Bean
    JourneyEventHandler<ReferralInfoProvided> referralInfoProvided() {
        return handler(JourneyEventType.REFERRAL_INFO_PROVIDED, ReferralInfoProvided.class);
    }

    @Bean
    JourneyEventHandler<PlaceAvailable> placeAvailable() {
        return handler(JourneyEventType.PLACE_AVAILABLE, PlaceAvailable.class);
    }

    private static <T> JourneyEventHandler<T> handler(JourneyEventType type, Class<T> dataType) {
        return new JourneyEventHandler<>() {
            @Override
            public JourneyEventType type() {
                return type;
            }

            @Override
            public Class<T> dataType() {
                return dataType;
            }

            @Override
            public Map<String, Object> accept(UUID journeyId, T data, String receivedBy) {
                return Map.of();
            }
        };
    }
}
