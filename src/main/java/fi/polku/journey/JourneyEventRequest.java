package fi.polku.journey;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** {@code POST /api/v1/journeys/{journeyId}/events}: an event and its data. */
@Schema(description = "An event for a journey.", example = "{\"type\": \"JOURNEY_WITHDRAWN\", \"data\": {\"reason\": \"MOVED_AWAY\"}}")
record JourneyEventRequest(
        @NotBlank @Schema(description = "REFERRAL_INFO_PROVIDED, PLACE_AVAILABLE, WAGE_SUBSIDY_DECIDED, EMPLOYMENT_FOUND, "
                + "PERIOD_INTERRUPTED, PLACEMENT_CONFIRMED, PLACEMENT_CANCELLED, JOURNEY_WITHDRAWN or WORK_ACTIVITY_ENDED")
        String type,
        @Schema(description = """
                Fields per type (no other fields are accepted):
                - REFERRAL_INFO_PROVIDED: `information` (optional, at most 4,000 characters): what the referrer sent.
                - PLACE_AVAILABLE: none.
                - WAGE_SUBSIDY_DECIDED: `decisionNumber` (required), `granted` (required); when granted also
                  `funding` (PAY_SUBSIDY or CITY_FUNDING), `subsidyPercent` (0-100), `startDate` and `endDate`
                  (YYYY-MM-DD, end after start, at most 24 months). Sent again during the period it changes the
                  decision, and the period's remaining meetings follow the new dates.
                - EMPLOYMENT_FOUND: `employer` (required), `startDate` (required), `contractType` (required:
                  PERMANENT, FIXED_TERM, APPRENTICESHIP, SELF_EMPLOYED).
                - PERIOD_INTERRUPTED: `reason` (required: HEALTH, STUDIES, MOVED_AWAY, PARTICIPANT_DECISION,
                  EMPLOYER_DECISION, OTHER), `comment` (optional, at most 2,000 characters).
                - PLACEMENT_CONFIRMED: `attempt` (required: the match confirmed, as the PLACEMENT_PROPOSED
                  notification and the status' `traineePlacement.attempt` name it), `confirmedBy` (optional, at most
                  200 characters: who at the company confirmed), `comment` (optional, at most 2,000 characters).
                  Accepted while the journey waits for the company's answer to that match; an answer to an earlier
                  match (that failed meanwhile) is 409 and changes nothing.
                - PLACEMENT_CANCELLED: `reason` (required: COMPANY_WITHDREW, PARTICIPANT_WITHDREW,
                  PARTICIPANT_FOUND_OTHER_WORK, OTHER), `comment` (optional, at most 2,000 characters). Ends the
                  trainee placement at any point of it.
                - JOURNEY_WITHDRAWN: `reason` (required: PARTICIPANT_WITHDREW, MOVED_AWAY, OTHER), `comment`
                  (optional, at most 2,000 characters). Ends a journey of either kind.
                - WORK_ACTIVITY_ENDED (work-activity journeys): `endedOn` (required, YYYY-MM-DD, not after today),
                  `reason` (required: CLIENT_DECISION, OTHER_SERVICE, PLAN_NOT_CONTINUED, OTHER), `comment` (optional,
                  at most 2,000 characters). Social work ends the work activity; the exit review and follow-ups follow.
                """) JsonNode data) {
}
