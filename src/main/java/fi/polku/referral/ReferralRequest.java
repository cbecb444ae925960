package fi.polku.referral;

import fi.polku.participant.Consent;
import fi.polku.participant.ReferredParticipant;
import fi.polku.participant.Referrer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A referral as integrations send it and as the Tasklist start form {@code referral-start}
 * submits it (its groups nest the same object under the variable {@code intake}).
 */
public record ReferralRequest(
        @NotNull @Valid Source source,
        @NotNull @Valid ReferredParticipant participant,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull @Valid Consent consent) {

    public record Source(
            @NotNull SourceType type,
            @NotBlank @Size(max = 200) String organisation,
            @NotBlank @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._:/-]+$",
                    message = "may contain only letters, digits and . _ : / -") String referralId,
            @NotNull @Valid Referrer referrer) {
    }
}
