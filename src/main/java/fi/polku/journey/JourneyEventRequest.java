package fi.polku.journey;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/journeys/{journeyId}/events}: an event and its data. */
@Schema(description = "An event for a journey.", example = "{\"type\": \"JOURNEY_WITHDRAWN\", \"data\": {\"reason\": \"MOVED_AWAY\"}}")
public record JourneyEventRequest(
        @NotBlank @Schema(description = "REFERRAL_INFO_PROVIDED, PLACE_AVAILABLE or JOURNEY_WITHDRAWN") String type,
        @Schema(description = """
                Fields per type (no other fields are accepted):
                - REFERRAL_INFO_PROVIDED: `information` (string, optional, at most 4,000 characters) — what the referrer sent.
                - PLACE_AVAILABLE: none.
                - JOURNEY_WITHDRAWN: `reason` (required: PARTICIPANT_WITHDREW, MOVED_AWAY, OTHER), `comment` (optional, at most 2,000 characters).
                """) JsonNode data) {

    public record ReferralInfoProvided(@Size(max = 4000) String information) {
    }

    public record PlaceAvailable() {
    }

    public enum WithdrawalReason { PARTICIPANT_WITHDREW, MOVED_AWAY, OTHER }

    public record JourneyWithdrawn(@NotNull WithdrawalReason reason, @Size(max = 2000) String comment) {
    }
}
