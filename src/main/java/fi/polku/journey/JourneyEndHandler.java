package fi.polku.journey;

import java.util.UUID;

/**
 * What a phase holds for a journey and must give up when the journey ends, however it ends
 * (declined, referred elsewhere, subsidy not granted, withdrawn, completed): a phase implements
 * this as a Spring bean, and {@link JourneyLifecycle#end} calls every one in the transaction
 * that ends the journey.
 */
public interface JourneyEndHandler {

    void journeyEnded(UUID journeyId, JourneyOutcome outcome);
}
