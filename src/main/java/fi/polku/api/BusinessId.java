package fi.polku.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check digit is
 * 11 minus the remainder of the weighted sum (weights 7, 9, 10, 5, 8, 4, 2) divided by 11; a
 * remainder of 0 gives 0, and a remainder of 1 is never issued.
 * Shared by the partner-company register and the Helsinki supplement applications, so it lives
 * with the other request rules rather than in either module.
 */
@Documented
@Constraint(validatedBy = BusinessId.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface BusinessId {

    String message() default "must be a Finnish business ID in the form 1234567-8 with a valid check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null passes (use {@code @NotBlank} for required); anything else must be a valid business ID. */
    class Validator implements ConstraintValidator<BusinessId, String> {

        private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};
        private static final Pattern FORMAT = Pattern.compile("^[0-9]{7}-[0-9]$");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isBusinessId(value);
        }

        /** Whether the text is a well-formed business ID with the right check digit. */
        public static boolean isBusinessId(String text) {
            if (text == null || !FORMAT.matcher(text).matches()) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < WEIGHTS.length; i++) {
                sum += (text.charAt(i) - '0') * WEIGHTS[i];
            }
            int remainder = sum % 11;
            if (remainder == 1) {
                return false;
            }
            return text.charAt(8) - '0' == (remainder == 0 ? 0 : 11 - remainder);
        }
    }
}
