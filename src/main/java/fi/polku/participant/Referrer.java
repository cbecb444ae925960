package fi.polku.participant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The person who referred the participant: told of the decisions and the outcome. */
public record Referrer(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Pattern(regexp = PHONE, message = "must be an international phone number such as +358401234567")
        String phone) {

    /** International phone number: +, country code and 6–14 more digits. */
    static final String PHONE = "^\\+[1-9][0-9]{6,14}$";
}

