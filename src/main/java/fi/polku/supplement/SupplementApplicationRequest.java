package fi.polku.supplement;

import fi.polku.api.BusinessId;
import fi.polku.api.FieldError;
import fi.polku.api.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A Helsinki supplement application as the employer e-service sends it (journey.md, "Employer
 * side"). The field names are the contract; all fields are required except the contact phone, the
 * employee's journey id and the end of the employment (absent: permanent).
 */
@Schema(description = "A Helsinki supplement application")
record SupplementApplicationRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._:/-]+$",
                message = "may contain only letters, digits and . _ : / -")
        @Schema(description = "The employer e-service's id of the application; the same id again is the same "
                + "application (200, nothing new stored)", example = "EES-2026-000042")
        String employerApplicationId,
        @NotNull @Schema(description = "The applicant's language: the decision and notifications are written in it "
                + "(fi, sv or en)") ApplicantLanguage language,
        @NotNull @Valid Employer employer,
        @NotNull @Valid DeMinimis deMinimis,
        @NotNull @Valid Employee employee,
        @NotNull @Valid Employment employment,
        @NotNull @Valid Period period) {

    /** International phone number: +, country code and 6–14 more digits. */
    static final String PHONE = "^\\+[1-9][0-9]{6,14}$";

    @Schema(description = "The employer")
    record Employer(
            @NotBlank @BusinessId @Schema(description = "Y-tunnus, 1234567-8, check digit validated", example = "0112038-9")
            String businessId,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Schema(description = "COMPANY, ASSOCIATION, FOUNDATION or PUBLIC_BODY (public bodies are not "
                    + "eligible)") OrganisationType organisationType,
            @NotBlank @Size(max = 200) String contactPerson,
            @NotBlank @Email @Size(max = 254) String email,
            @Pattern(regexp = PHONE, message = "must be an international phone number such as +358401234567") String phone,
            @NotBlank @Iban @Schema(description = "The account the supplement is paid to: IBAN without spaces, "
                    + "check digits validated", example = "FI4950009420028730") String iban) {
    }

    @Schema(description = "De minimis aid the employer received, in euros, in the current and the two previous "
            + "calendar years. With the supplement it may not exceed the EU ceiling of 300,000 € over three years.")
    record DeMinimis(
            @NotNull @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 9, fraction = 2) BigDecimal currentYearEur,
            @NotNull @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 9, fraction = 2) BigDecimal previousYearEur,
            @NotNull @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 9, fraction = 2) BigDecimal yearBeforeEur) {

        BigDecimal total() {
            return currentYearEur.add(previousYearEur).add(yearBeforeEur);
        }
    }

    @Schema(description = "The person hired")
    record Employee(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotNull @Past @PlausibleDate @Schema(example = "1998-04-12") LocalDate birthDate,
            @NotBlank @Size(max = 100) @Schema(description = "Home municipality at the start of the employment")
            String homeMunicipality,
            @Schema(description = "The participant's journey id in Polku, when the employee came through a trainee "
                    + "placement: it must exist and the placement must have ended in hiring") UUID journeyId) {

        String displayName() {
            return firstName.strip() + " " + lastName.strip();
        }
    }

    @Schema(description = "The employment the supplement is applied for")
    record Employment(
            @NotNull @PlausibleDate LocalDate startDate,
            @PlausibleDate @Schema(description = "Absent for a permanent employment") LocalDate endDate,
            @NotNull @DecimalMin(value = "1") @DecimalMax("60") @Digits(integer = 2, fraction = 1)
            @Schema(description = "Hours per week, 1-60 (one decimal)") BigDecimal hoursPerWeek,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") @Digits(integer = 6, fraction = 2)
            @Schema(description = "Gross monthly pay in euros") BigDecimal monthlyPayEur,
            @NotBlank @Size(max = 200) String collectiveAgreement,
            @NotBlank @Size(max = 200) String jobTitle,
            @NotNull @Schema(description = "Whether pay subsidy (palkkatuki) is paid for the same job") Boolean paySubsidised) {
    }

    @Schema(description = "The months the supplement is applied for")
    record Period(
            @NotNull @PlausibleDate LocalDate startDate,
            @NotNull @PlausibleDate LocalDate endDate) {
    }

    /**
     * The rules between fields, named by the field a person would correct: an end before its start,
     * a period outside the employment. Checked after the single-field rules pass.
     */
    List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (employment.endDate() != null && employment.endDate().isBefore(employment.startDate())) {
            errors.add(new FieldError("employment.endDate", "after-start", "must not be before employment.startDate"));
        }
        if (period.endDate().isBefore(period.startDate())) {
            errors.add(new FieldError("period.endDate", "after-start", "must not be before period.startDate"));
        }
        if (period.startDate().isBefore(employment.startDate())) {
            errors.add(new FieldError("period.startDate", "within-employment",
                    "must not be before the employment's start (employment.startDate)"));
        }
        if (employment.endDate() != null && period.endDate().isAfter(employment.endDate())) {
            errors.add(new FieldError("period.endDate", "within-employment",
                    "must not be after the employment's end (employment.endDate)"));
        }
        return errors;
    }
}
