package fi.polku.notification;

import fi.polku.journey.Journey;
import fi.polku.journey.JourneyRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Tells the referring organisation what happened to its referral. The message names the journey
 * and the referrer's own referral id, never the participant: the referrer knows who it is.
 */
@Service
public class ReferrerNotifier {

    private final JourneyRepository journeys;
    private final DeliveryTargets targets;
    private final Outbox outbox;

    public ReferrerNotifier(JourneyRepository journeys, DeliveryTargets targets, Outbox outbox) {
        this.journeys = journeys;
        this.targets = targets;
        this.outbox = outbox;
    }

    public UUID notify(UUID journeyId, String notification, String reason, String details) {
        Journey journey = journeys.get(journeyId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("notification", notification);
        payload.put("journeyId", journeyId.toString());
        payload.put("sourceType", journey.sourceType());
        payload.put("organisation", journey.sourceOrganisation());
        payload.put("referralId", journey.sourceReferralId());
        payload.put("referrerEmail", journeys.referrerEmail(journeyId));
        if (reason != null) {
            payload.put("reason", reason);
        }
        if (details != null) {
            payload.put("details", details);
        }
        return outbox.enqueue(journeyId, notification, targets.targetFor(journey.sourceOrganisation()), payload);
    }
}
