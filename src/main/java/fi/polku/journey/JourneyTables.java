package fi.polku.journey;

import java.util.List;

/**
 * The tables in which a module keeps what it recorded about journeys, keyed by {@code journey_id}:
 * each module that stores journey data implements this as a bean, so that erasing a participant
 * (and the test that no table is forgotten) needs no list of other modules' tables.
 */
public interface JourneyTables {

    /** Tables erased with the participant; a table before the tables it references. */
    List<String> erasedWithParticipant();

    /** Tables that hold no personal data and outlive the erasure (anonymous indicators). */
    default List<String> keptAnonymous() {
        return List.of();
    }
}
