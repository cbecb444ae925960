package fi.polku.journey;

/**
 * How a journey ended: the value of {@code journey.outcome} and the names the models' end events
 * pass to {@code journeyLifecycle.end}.
 */
public enum JourneyOutcome {
    /** The referral was declined (not eligible, or the coordinator declined it). */
    REFERRAL_DECLINED,
    /** The initial assessment found another service more suitable. */
    REFERRED_ELSEWHERE,
    /** Employment services did not grant the wage subsidy. */
    SUBSIDY_NOT_GRANTED,
    /** A job or an interruption came before the employment contract was signed. */
    LEFT_BEFORE_START,
    /** The participant left the period and was followed up. */
    COMPLETED,
    /** A work-activity client moved to the Digitalents journey, which the journey row links. */
    MOVED_TO_DIGITALENTS,
    /** The journey was withdrawn (JOURNEY_WITHDRAWN). */
    WITHDRAWN
}
