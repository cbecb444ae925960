package fi.polku.placement;

import fi.polku.api.BusinessId;
import fi.polku.api.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A partner company as employer coordinators create or update it in the register. */
@Schema(description = "A partner company of the register")
record PartnerCompanyRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @BusinessId @Schema(description = "Y-tunnus, 1234567-8, check digit validated", example = "0112038-9")
        String businessId,
        @NotNull @Schema(description = "COMPANY, ASSOCIATION, FOUNDATION or PUBLIC_BODY (the Helsinki supplement "
                + "is not paid to public bodies)") OrganisationType organisationType,
        @NotBlank @Size(max = 200) String contactPerson,
        @NotBlank @Email @Size(max = 254) String email,
        @Pattern(regexp = PHONE, message = "must be an international phone number such as +358401234567") String phone,
        @Size(max = 2000) @Schema(description = "The company's recruitment needs in its own words") String recruitmentNeeds,
        @Size(max = 20) @Schema(description = "Skills the company recruits for, searchable (at most 20, each 1-50 "
                + "characters)", example = "[\"Java\", \"UX design\"]")
        List<@NotBlank @Size(max = 50) String> skills,
        @PastOrPresent @PlausibleDate @Schema(description = "When the responsible-employer check (tilaajavastuuselvitys) was done; "
                + "absent = not yet") LocalDate responsibleEmployerCheckedOn,
        @Size(max = 500) @Schema(description = "What the responsible-employer check found") String responsibleEmployerNote) {

    /** International phone number: +, country code and 6–14 more digits. */
    static final String PHONE = "^\\+[1-9][0-9]{6,14}$";

    /** Whether the company is a public body or may receive the Helsinki supplement. */
    public enum OrganisationType { COMPANY, ASSOCIATION, FOUNDATION, PUBLIC_BODY }

    /** Skills trimmed, without duplicates (case-insensitive), in the order given. */
    List<String> normalisedSkills() {
        if (skills == null) {
            return List.of();
        }
        java.util.LinkedHashMap<String, String> unique = new java.util.LinkedHashMap<>();
        skills.forEach(skill -> unique.putIfAbsent(skill.strip().toLowerCase(java.util.Locale.ROOT), skill.strip()));
        return List.copyOf(unique.values());
    }
}
