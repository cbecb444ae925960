package fi.polku.journey;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A journey as the API shows it: where it stands and what was decided, without the participant's
 * personal data.
 */
@Schema(description = "Status of a journey")
public record JourneyStatus(
        UUID journeyId,
        @Schema(description = "The participant's id: for an erasure request (DELETE /api/v1/participants/{id})")
        UUID participantId,
        @Schema(description = "PARTICIPANT (the Digitalents journey, participant-journey) or WORK_ACTIVITY (from "
                + "rehabilitative work activity to working life, work-activity-journey)") JourneyType journeyType,
        @Schema(description = "The journey this one is linked with by a move from work activity to Digitalents: on the "
                + "work-activity journey the Digitalents journey it moved to, on that journey the work-activity journey "
                + "it came from; absent otherwise") LinkedJourney linkedJourney,
        @Schema(description = "ACTIVE or ENDED") String status,
        @Schema(description = "Current (or last) phase. The Digitalents journey: REFERRAL, INITIAL_ASSESSMENT, "
                + "WAGE_SUBSIDY_PERIOD, TRAINEE_PLACEMENT, FOLLOW_UP; the work-activity journey: REFERRAL (the "
                + "eligibility check), VOCATIONAL_PROFILE, JOB_SEARCH, IN_WORK_SUPPORT, FOLLOW_UP") String phase,
        Source source,
        @Schema(description = "Result of the eligibility check: ELIGIBLE, NEEDS_REVIEW, NOT_ELIGIBLE") String eligibility,
        @Schema(description = "Latest referral decision: INFORMATION_REQUESTED, ACCEPTED, DECLINED") String decision,
        @Schema(description = "Why, as the eligibility rules or the coordinator put it (free text; not shown to managers)")
        String decisionReason,
        @Schema(description = "How the journey ended: COMPLETED (after the six-month follow-up), REFERRAL_DECLINED, "
                + "REFERRED_ELSEWHERE, SUBSIDY_NOT_GRANTED, LEFT_BEFORE_START (a job found or an interruption before the "
                + "contract was signed: no follow-up), WITHDRAWN") String outcome,
        @Schema(description = "Why the journey ended, where its end has a reason (not shown to managers)")
        String outcomeReason,
        @Schema(description = "The wage-subsidy period, once a decision is recorded") WageSubsidy wageSubsidy,
        @Schema(description = "The trainee placement, once it has begun") TraineePlacement traineePlacement,
        @Schema(description = "The follow-up, once the participant has left") FollowUp followUp,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime endedAt) {

    public record Source(String type, String organisation, String referralId) {
    }

    /**
     * @param relation MOVED_TO_DIGITALENTS (this work-activity journey ended by moving the client to the
     *                 linked Digitalents journey) or MOVED_FROM_WORK_ACTIVITY (this Digitalents journey
     *                 began with that move)
     */
    public record LinkedJourney(UUID journeyId, JourneyType journeyType,
                                @Schema(description = "MOVED_TO_DIGITALENTS or MOVED_FROM_WORK_ACTIVITY") String relation) {

        static LinkedJourney of(Journey journey) {
            if (journey.linkedJourneyId() == null) {
                return null;
            }
            // Only a move links two journeys, always from work activity to Digitalents.
            return journey.journeyType() == JourneyType.WORK_ACTIVITY
                    ? new LinkedJourney(journey.linkedJourneyId(), JourneyType.PARTICIPANT, "MOVED_TO_DIGITALENTS")
                    : new LinkedJourney(journey.linkedJourneyId(), JourneyType.WORK_ACTIVITY, "MOVED_FROM_WORK_ACTIVITY");
        }
    }

    /**
     * @param status DECISION_PENDING, ONBOARDING, RUNNING, NOT_GRANTED, TRAINEE_PLACEMENT,
     *               PERIOD_COMPLETED, EMPLOYMENT_FOUND, PERIOD_INTERRUPTED
     */
    public record WageSubsidy(String decisionNumber, Boolean granted, String funding, Integer subsidyPercent,
                              LocalDate startDate, LocalDate endDate, String status) {
    }

    /**
     * @param status           MATCHING, AWAITING_CONFIRMATION, IN_PLACEMENT, HIRED, NOT_HIRED, NO_PLACEMENT,
     *                         PLACEMENT_CANCELLED
     * @param attempt          the number of the latest match (at most three)
     * @param matchStatus      the latest match: PROPOSED, CONFIRMED, DECLINED, NO_ANSWER, CANCELLED
     * @param supervisor       the company's supervisor of the trainee
     */
    public record TraineePlacement(String status, Integer attempt, Company company, String matchStatus, String role,
                                   String supervisor, LocalDate startDate, LocalDate endDate, OffsetDateTime confirmedAt,
                                   Hiring hiring) {
    }

    public record Company(UUID id, String name, String businessId) {
    }

    public record Hiring(boolean hired, String contractType, LocalDate employmentStart, Integer hoursPerWeek,
                         Supplement helsinkiSupplement) {
    }

    /** The Helsinki supplement: whether the employer may apply, why, and the terms (when eligible). */
    public record Supplement(boolean eligible, String reason, Integer percent, Integer maxMonthlyEur, Integer maxMonths,
                             LocalDate applyBy) {
    }

    /**
     * @param leavingRoute how the participant left the period: HIRED, NOT_HIRED, NO_PLACEMENT,
     *                     PLACEMENT_CANCELLED, PERIOD_COMPLETED, EMPLOYMENT_FOUND, PERIOD_INTERRUPTED
     * @param outcomeOnLeaving EMPLOYED, IN_EDUCATION, JOB_SEARCHING, OTHER_SERVICE, INACTIVE, UNKNOWN
     * @param threeMonths  the situation at the 3-month follow-up, once known (UNKNOWN after two failed contacts)
     * @param sixMonths    the situation at the 6-month follow-up, once known
     */
    public record FollowUp(LocalDate leftOn, String leavingRoute, String outcomeOnLeaving, String threeMonths,
                           String sixMonths) {
    }

    /**
     * The status as a monitoring role sees it: without the reasons, which can be a professional's
     * free text about the person (a coordinator's reason for declining, a withdrawal's reason).
     */
    public JourneyStatus withoutFreeText() {
        return new JourneyStatus(journeyId, participantId, journeyType, linkedJourney, status, phase, source, eligibility, decision, null, outcome,
                null, wageSubsidy, traineePlacement, followUp, createdAt, updatedAt, endedAt);
    }

    /** The short answer to an intake: {@code journeyId}, {@code status} and {@code phase}. */
    public static JourneyStatus brief(Journey journey) {
        return new JourneyStatus(journey.id(), journey.participantId(), journey.journeyType(), null, journey.status(),
                journey.phase(), null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    public static JourneyStatus of(Journey journey, WageSubsidy wageSubsidy, TraineePlacement traineePlacement,
                                   FollowUp followUp) {
        return new JourneyStatus(journey.id(), journey.participantId(), journey.journeyType(),
                LinkedJourney.of(journey), journey.status(), journey.phase(),
                new Source(journey.sourceType(), journey.sourceOrganisation(), journey.sourceReferralId()),
                journey.eligibility(), journey.decision(), journey.decisionReason(), journey.outcome(),
                journey.outcomeReason(), wageSubsidy, traineePlacement, followUp, journey.createdAt(), journey.updatedAt(),
                journey.endedAt());
    }
}
