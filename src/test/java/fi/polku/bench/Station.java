package fi.polku.bench;

import java.util.List;
import java.util.Map;

/**
 * Where a seeded active journey stands: its phase, what its phase instance waits for (tasks and
 * timers), the domain records it has by then ({@link Milestone}) and the routing variables the
 * models set on the way there. Weights are per mille of the seeded journeys, roughly the share of
 * time a participant spends at each place: 10 % referral, 10 % assessment, 45 % wage-subsidy
 * period, 15 % trainee placement, 20 % follow-up.
 *
 * <p>A journey is placed by starting {@code participant-journey} before the phase's call activity
 * (the phase instance then runs from its start event to its first wait state, as in production)
 * and, where the station lies deeper, by modifying the phase instance: start before
 * {@link #waitsAt} (and the period's timers still to come where {@link #periodTimers}) and cancel
 * what it waited at first ({@link #cancels()}).
 */
enum Station {

    REVIEW_REFERRAL(40, Phase.REFERRAL, Milestone.REGISTERED, List.of("Task_ReviewReferral"), false,
            Map.of("eligibility", "NEEDS_REVIEW", "eligibilityReason", "No ICT background")),
    SUITABILITY_INTERVIEW(50, Phase.REFERRAL, Milestone.REGISTERED, List.of("Task_HoldSuitabilityInterview"), false,
            Map.of("eligibility", "ELIGIBLE", "eligibilityReason", "Meets the programme's criteria")),
    WAITING_FOR_PLACE(10, Phase.REFERRAL, Milestone.INTERVIEWED, List.of("Task_WaitForPlace"), false,
            Map.of("eligibility", "ELIGIBLE", "eligibilityReason", "Meets the programme's criteria", "noShowCount", 0,
                    "placeReserved", false, "waitingListJoined", true)),
    /** The phase's own first wait state: the four assessment tasks in parallel and the 14-day timer. */
    ASSESSMENT(70, Phase.INITIAL_ASSESSMENT, Milestone.INTERVIEWED, List.of(), false, Map.of()),
    CASE_CONFERENCE(30, Phase.INITIAL_ASSESSMENT, Milestone.ASSESSED, List.of("Task_HoldCaseConference"), false,
            Map.of("wellbeingCheckNeeded", false)),
    WAGE_SUBSIDY_DECISION(40, Phase.WAGE_SUBSIDY_PERIOD, Milestone.CONFERENCE_HELD, List.of(), false, Map.of()),
    ONBOARDING(30, Phase.WAGE_SUBSIDY_PERIOD, Milestone.SUBSIDY_GRANTED, List.of("Task_SignContractAndOnboard"), false,
            Map.of("subsidyGranted", true)),
    /** Just after the contract: the gateway forks the period's four timers. The timer benchmark's journeys stand here. */
    PERIOD_JUST_STARTED(150, Phase.WAGE_SUBSIDY_PERIOD, Milestone.PERIOD_STARTED, List.of("Gateway_PeriodRuns"), false,
            Map.of("subsidyGranted", true)),
    PERIOD_RUNNING(150, Phase.WAGE_SUBSIDY_PERIOD, Milestone.PERIOD_STARTED, List.of(), true,
            Map.of("subsidyGranted", true)),
    MONTHLY_CHECK_IN(50, Phase.WAGE_SUBSIDY_PERIOD, Milestone.PERIOD_STARTED, List.of("Task_HoldMonthlyCheckIn"), true,
            Map.of("subsidyGranted", true)),
    MIDPOINT_REVIEW(20, Phase.WAGE_SUBSIDY_PERIOD, Milestone.PERIOD_STARTED, List.of("Task_HoldMidpointReview"), true,
            Map.of("subsidyGranted", true, "concern", false)),
    SOCIAL_GUIDANCE(10, Phase.WAGE_SUBSIDY_PERIOD, Milestone.PERIOD_STARTED, List.of("Task_HoldSocialGuidanceSession"),
            true, Map.of("subsidyGranted", true, "concern", true)),
    PLACEMENT_MATCHING(30, Phase.TRAINEE_PLACEMENT, Milestone.PERIOD_STARTED, List.of(), false, Map.of()),
    PLACEMENT_AGREEING(30, Phase.TRAINEE_PLACEMENT, Milestone.PLACEMENT_MATCHED, List.of("Task_AgreePlacement"), false,
            Map.of("placementAttempt", 1)),
    /** The placement sub-process from its start: the one-month and end-of-placement timers. */
    IN_PLACEMENT(60, Phase.TRAINEE_PLACEMENT, Milestone.PLACEMENT_CONFIRMED, List.of("SubProcess_Placement"), false,
            Map.of("placementAttempt", 1, "placementConfirmed", true)),
    MID_PLACEMENT_CHECK_IN(20, Phase.TRAINEE_PLACEMENT, Milestone.PLACEMENT_CONFIRMED,
            List.of("Task_HoldMidPlacementCheckIn", "Timer_PlacementEnds"), false,
            Map.of("placementAttempt", 1, "placementConfirmed", true)),
    HIRING_DECISION(10, Phase.TRAINEE_PLACEMENT, Milestone.PLACEMENT_CONFIRMED, List.of("Task_RecordHiringDecision"),
            false, Map.of("placementAttempt", 1, "placementConfirmed", true, "concern", false)),
    EXIT_REVIEW(40, Phase.FOLLOW_UP, Milestone.HIRED, List.of("Task_HoldExitReview"), false, Map.of()),
    AWAITING_THREE_MONTHS(80, Phase.FOLLOW_UP, Milestone.EXIT_REVIEWED, List.of("Timer_ThreeMonths"), false, Map.of()),
    THREE_MONTH_FOLLOW_UP(20, Phase.FOLLOW_UP, Milestone.EXIT_REVIEWED, List.of("Task_HoldThreeMonthFollowUp"), false,
            Map.of()),
    AWAITING_SIX_MONTHS(50, Phase.FOLLOW_UP, Milestone.FOLLOWED_UP_AT_THREE_MONTHS, List.of("Timer_SixMonths"), false,
            Map.of("followUpDone", true)),
    SIX_MONTH_FOLLOW_UP(10, Phase.FOLLOW_UP, Milestone.FOLLOWED_UP_AT_THREE_MONTHS, List.of("Task_HoldSixMonthFollowUp"),
            false, Map.of("followUpDone", true));

    /** The journey's phases: the call activity that runs each and where its instance first waits. */
    enum Phase {
        REFERRAL("CallActivity_Referral", List.of("Task_CheckEligibility"), Map.of()),
        INITIAL_ASSESSMENT("CallActivity_InitialAssessment", List.of("Task_ReviewServiceNeed", "Task_RecordWorkAbility",
                "Task_RunDigitalSkillsTest", "Task_DiscussPathwayStudies"), Map.of("referralOutcome", "ACCEPTED")),
        WAGE_SUBSIDY_PERIOD("CallActivity_WageSubsidyPeriod", List.of("Task_RecordWageSubsidyDecision"),
                Map.of("referralOutcome", "ACCEPTED", "track", "WAGE_SUBSIDY_WORK")),
        TRAINEE_PLACEMENT("CallActivity_TraineePlacement", List.of("Task_MatchWithPartnerCompany"),
                Map.of("referralOutcome", "ACCEPTED", "track", "WAGE_SUBSIDY_WORK", "periodOutcome", "TRAINEE_PLACEMENT")),
        FOLLOW_UP("CallActivity_FollowUp", List.of("Task_FreePlace"), Map.of("referralOutcome", "ACCEPTED", "track",
                "WAGE_SUBSIDY_WORK", "periodOutcome", "TRAINEE_PLACEMENT", "placementOutcome", "HIRED"));

        final String callActivity;
        /** Where the phase instance first waits: an asynchronous continuation or tasks. */
        final List<String> firstWaitStates;
        /** What the earlier phases handed back to participant-journey. */
        final Map<String, Object> journeyVariables;

        Phase(String callActivity, List<String> firstWaitStates, Map<String, Object> journeyVariables) {
            this.callActivity = callActivity;
            this.firstWaitStates = firstWaitStates;
            this.journeyVariables = journeyVariables;
        }
    }

    /** The domain records a journey has by a station, in the order a journey collects them. */
    enum Milestone {
        REGISTERED, INTERVIEWED, ASSESSED, CONFERENCE_HELD, SUBSIDY_GRANTED, PERIOD_STARTED, PLACEMENT_MATCHED,
        PLACEMENT_CONFIRMED, HIRED, EXIT_REVIEWED, FOLLOWED_UP_AT_THREE_MONTHS
    }

    final int perMille;
    final Phase phase;
    final Milestone milestone;
    /** Activities to start in the phase instance; empty where the phase's own first wait state is the station. */
    final List<String> waitsAt;
    /** Whether the period's timers still to come (next check-in, midpoint, trainee hand-over) wait as well. */
    final boolean periodTimers;
    /** Variables of the phase instance the models would have set by now. */
    final Map<String, Object> phaseVariables;

    Station(int perMille, Phase phase, Milestone milestone, List<String> waitsAt, boolean periodTimers,
            Map<String, Object> phaseVariables) {
        this.perMille = perMille;
        this.phase = phase;
        this.milestone = milestone;
        this.waitsAt = waitsAt;
        this.periodTimers = periodTimers;
        this.phaseVariables = phaseVariables;
    }

    /**
     * The station of the n-th seeded journey: every block of 1,000 consecutive numbers holds each
     * station its weight's times, interleaved (7919 is prime to 1000), so any prefix is a fair mix.
     */
    static Station of(long n) {
        int slot = (int) Math.floorMod(n * 7919, 1000L);
        for (Station station : values()) {
            if (slot < station.perMille) {
                return station;
            }
            slot -= station.perMille;
        }
        throw new IllegalStateException("Weights do not add up to 1000");
    }

    /** Whether the phase instance is modified: the station lies deeper than the phase's first wait state. */
    boolean modifiesPhase() {
        return !waitsAt.isEmpty() || periodTimers;
    }

    /** What the phase instance waited at first and no longer does. */
    List<String> cancels() {
        return modifiesPhase() ? phase.firstWaitStates : List.of();
    }

    boolean reached(Milestone other) {
        return milestone.compareTo(other) >= 0;
    }
}
