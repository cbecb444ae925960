package fi.polku.journey;

/**
 * The kinds of journey, the value of {@code journey.journey_type}: a person has at most one active
 * journey of either kind.
 */
public enum JourneyType {
    /** The Digitalents journey, {@code participant-journey}. */
    PARTICIPANT(JourneyProcess.KEY),
    /** From rehabilitative work activity to working life, {@code work-activity-journey}. */
    WORK_ACTIVITY("work-activity-journey");

    private final String processKey;

    JourneyType(String processKey) {
        this.processKey = processKey;
    }

    /** The process whose instances (business key = journey id) run journeys of this kind. */
    public String processKey() {
        return processKey;
    }
}
