package fi.polku.referral;

import fi.polku.journey.JourneyEventHandler;
import fi.polku.journey.JourneyEventType;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code REFERRAL_INFO_PROVIDED}: the referrer answers a request for more information. Its data is
 * kept with the event; it delivers no variables.
 */
@Component
class ReferralInfoProvidedHandler implements JourneyEventHandler<ReferralInfoProvidedHandler.ReferralInfoProvided> {

    /** What the referrer sent in answer to a request for more information. */
    public record ReferralInfoProvided(@Size(max = 4000) String information) {
    }

    @Override
    public JourneyEventType type() {
        return JourneyEventType.REFERRAL_INFO_PROVIDED;
    }

    @Override
    public Class<ReferralInfoProvided> dataType() {
        return ReferralInfoProvided.class;
    }

    @Override
    public Map<String, Object> accept(UUID journeyId, ReferralInfoProvided data, String receivedBy) {
        return Map.of();
    }
}
