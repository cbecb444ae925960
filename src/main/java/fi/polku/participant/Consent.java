package fi.polku.participant;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** The participant's consent: to processing (required) and to sharing with partner organisations (optional). */
public record Consent(
        @NotNull @AssertTrue(message = "must be given: a referral cannot be processed without consent")
        Boolean processing,
        Boolean sharingWithPartners) {
}
