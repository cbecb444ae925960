package fi.polku.referral;

import fi.polku.api.PlausibleDate;
import fi.polku.participant.FinnishLevel;
import fi.polku.participant.Gender;
import fi.polku.participant.IctBackground;
import fi.polku.participant.LabourMarketStatus;
import fi.polku.participant.PreferredLanguage;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A referral as integrations send it and as the Tasklist start form {@code referral-start}
 * submits it (its groups nest the same object under the variable {@code intake}).
 */
public record ReferralRequest(
        @NotNull @Valid Source source,
        @NotNull @Valid Participant participant,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull @Valid Consent consent) {

    /** International phone number: +, country code and 6–14 more digits. */
    static final String PHONE = "^\\+[1-9][0-9]{6,14}$";

    public record Source(
            @NotNull SourceType type,
            @NotBlank @Size(max = 200) String organisation,
            @NotBlank @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._:/-]+$",
                    message = "may contain only letters, digits and . _ : / -") String referralId,
            @NotNull @Valid Referrer referrer) {
    }

    public record Referrer(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Pattern(regexp = PHONE, message = "must be an international phone number such as +358401234567")
            String phone) {
    }

    public record Participant(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotNull @Past @PlausibleDate @Schema(example = "1998-04-12") LocalDate birthDate,
            @NotNull Gender gender,
            @NotBlank @Size(max = 100) String municipality,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = PHONE, message = "must be an international phone number such as +358401234567")
            String phone,
            @NotNull PreferredLanguage preferredLanguage,
            @NotNull @Min(0) @Max(8) @Schema(description = "Highest education as an ISCED level 0-8") Integer educationLevel,
            @NotNull IctBackground ictBackground,
            @NotNull @Min(0) @Max(600) @Schema(description = "Months unemployed (0 for those not unemployed)")
            Integer monthsUnemployed,
            @NotNull FinnishLevel finnishLevel,
            @Schema(description = "Labour-market status on entry: UNEMPLOYED, INACTIVE or EMPLOYED (employed includes "
                    + "self-employed). Optional for integrations that do not send it yet: UNEMPLOYED when absent.")
            LabourMarketStatus labourMarketStatus) {

        /** The status on entry; integrations that predate the field send none, and the programme took only the unemployed then. */
        public LabourMarketStatus labourMarketStatusOnEntry() {
            return labourMarketStatus == null ? LabourMarketStatus.UNEMPLOYED : labourMarketStatus;
        }

        public String displayName() {
            return firstName.strip() + " " + lastName.strip();
        }
    }

    public record Consent(
            @NotNull @AssertTrue(message = "must be given: a referral cannot be processed without consent")
            Boolean processing,
            Boolean sharingWithPartners) {
    }
}
