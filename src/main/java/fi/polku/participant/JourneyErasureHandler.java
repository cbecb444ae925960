package fi.polku.participant;

import java.util.List;
import java.util.UUID;

/**
 * A module whose records refer to journeys but must outlive a participant's erasure (payment
 * records the law keeps) implements this: called in the erasure's transaction before the journeys'
 * rows are deleted, it removes the person's data from those records and their link to the journeys.
 */
public interface JourneyErasureHandler {

    void eraseJourneys(List<UUID> journeyIds);

    /** The tables whose rows refer to journeys and are cleared, not deleted. */
    List<String> clearedTables();
}
