package fi.polku.journey;

/**
 * A part of a journey's status (the API's {@link JourneyStatus}) that a phase records in its own
 * tables: the wage-subsidy decision, the trainee placement, the follow-up. The phase implements
 * this as a bean and reads its own tables, so the journey kernel queries none of them.
 *
 * @param <T> the part, one of {@link JourneyStatus}'s nested records
 */
public interface JourneyStatusPart<T> {

    Class<T> type();

    /** The part for the journey; null while the phase has recorded nothing. */
    T read(Journey journey);
}
