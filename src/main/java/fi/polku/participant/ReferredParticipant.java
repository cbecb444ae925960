package fi.polku.participant;

import fi.polku.api.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
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
 * The participant as a referral of either journey sends them: the referral contract's participant
 * (journey.md), the same for the participant journey and the work-activity journey.
 */
@Schema(name = "Participant")
public record ReferredParticipant(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotNull @Past @PlausibleDate @Schema(example = "1998-04-12") LocalDate birthDate,
        @NotNull Gender gender,
        @NotBlank @Size(max = 100) String municipality,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = Referrer.PHONE, message = "must be an international phone number such as +358401234567")
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

