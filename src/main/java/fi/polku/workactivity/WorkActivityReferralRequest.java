package fi.polku.workactivity;

import fi.polku.api.PlausibleDate;
import fi.polku.participant.Consent;
import fi.polku.participant.ReferredParticipant;
import fi.polku.participant.Referrer;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A social worker's referral to the work-activity journey, as the API takes it and as the Tasklist
 * start form {@code work-activity-start} submits it (under the variable {@code intake}). The
 * participant is the referral contract's; the source is always adult social work.
 */
public record WorkActivityReferralRequest(
        @NotNull @Valid Source source,
        @NotNull @Valid ReferredParticipant participant,
        @NotNull @Valid WorkActivity workActivity,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull @Valid Consent consent) {

    /** The source type is {@value #SOURCE_TYPE}: adult social work refers to work activity. */
    public static final String SOURCE_TYPE = "ADULT_SOCIAL_WORK";

    @Schema(name = "WorkActivitySource")
    public record Source(
            @NotBlank @Size(max = 200) @Schema(example = "Helsinki adult social work, North") String organisation,
            @NotBlank @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._:/-]+$",
                    message = "may contain only letters, digits and . _ : / -") String referralId,
            @NotNull @Valid @Schema(description = "The social worker who owns the client's activation plan") Referrer referrer) {
    }

    public record WorkActivity(
            @NotNull WorkCentre workCentre,
            @NotNull @PlausibleDate @Schema(example = "2027-01-01", description = "The activation plan's first day")
            LocalDate planStartsOn,
            @NotNull @PlausibleDate @Schema(example = "2027-12-31", description = "The activation plan's last day; "
                    + "the eligibility table takes plans of 3 to 24 months") LocalDate planEndsOn,
            @NotNull @Min(1) @Max(5) @Schema(description = "Days per week in work activity") Integer daysPerWeek) {
    }
}
