package fi.polku.journey;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The phases of both kinds of journey, in order: the value of {@code journey.phase}, the names the
 * models pass to {@code journeyLifecycle.enterPhase} and the keys the Journeys page labels. Each
 * phase of the participant journey is one call activity of {@code participant-journey}; the
 * work-activity journey's own phases are where its client stands inside its one sub-process
 * (vocational profile, job search, in work with follow-along support), entered by listeners there,
 * and it shares the referral (its eligibility check) and the follow-up with the participant journey.
 */
public enum JourneyPhase {
    REFERRAL("CallActivity_Referral", JourneyType.PARTICIPANT, JourneyType.WORK_ACTIVITY),
    INITIAL_ASSESSMENT("CallActivity_InitialAssessment", JourneyType.PARTICIPANT),
    WAGE_SUBSIDY_PERIOD("CallActivity_WageSubsidyPeriod", JourneyType.PARTICIPANT),
    TRAINEE_PLACEMENT("CallActivity_TraineePlacement", JourneyType.PARTICIPANT),
    VOCATIONAL_PROFILE(null, JourneyType.WORK_ACTIVITY),
    JOB_SEARCH(null, JourneyType.WORK_ACTIVITY),
    IN_WORK_SUPPORT(null, JourneyType.WORK_ACTIVITY),
    FOLLOW_UP("CallActivity_FollowUp", JourneyType.PARTICIPANT, JourneyType.WORK_ACTIVITY);

    private final String callActivityId;
    private final Set<JourneyType> journeyTypes;

    JourneyPhase(String callActivityId, JourneyType... journeyTypes) {
        this.callActivityId = callActivityId;
        this.journeyTypes = Set.of(journeyTypes);
    }

    /** The call activity of {@code participant-journey} that runs the phase; null for the work-activity journey's own. */
    public String callActivityId() {
        return callActivityId;
    }

    public boolean of(JourneyType journeyType) {
        return journeyTypes.contains(journeyType);
    }

    /** The phases a journey of this kind goes through (of both kinds when null), in order. */
    public static List<JourneyPhase> phasesOf(JourneyType journeyType) {
        return Arrays.stream(values()).filter(phase -> journeyType == null || phase.of(journeyType)).toList();
    }
}
