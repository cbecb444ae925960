package fi.polku.journey;

/**
 * The phases of the participant journey, in order: the value of {@code journey.phase}, the names
 * the models pass to {@code journeyLifecycle.enterPhase} and the keys the Journeys page labels.
 * Each phase is one call activity of {@code participant-journey}.
 */
public enum JourneyPhase {
    REFERRAL("CallActivity_Referral"),
    INITIAL_ASSESSMENT("CallActivity_InitialAssessment"),
    WAGE_SUBSIDY_PERIOD("CallActivity_WageSubsidyPeriod"),
    TRAINEE_PLACEMENT("CallActivity_TraineePlacement"),
    FOLLOW_UP("CallActivity_FollowUp");

    private final String callActivityId;

    JourneyPhase(String callActivityId) {
        this.callActivityId = callActivityId;
    }

    /** The call activity of {@code participant-journey} that runs the phase. */
    public String callActivityId() {
        return callActivityId;
    }
}
