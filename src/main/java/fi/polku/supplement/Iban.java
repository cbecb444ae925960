package fi.polku.supplement;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * An international bank account number (ISO 13616) as the payment file needs it: written without
 * spaces in capitals, country code, two check digits and the account, and the whole passes the
 * mod-97 check (ISO 7064). A Finnish IBAN has 18 characters. Null passes (use {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = Iban.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface Iban {

    String message() default "must be an IBAN without spaces, such as FI4950009420028730, with valid check digits";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Iban, String> {

        private static final Pattern FORMAT = Pattern.compile("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$");
        private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isIban(value);
        }

        static boolean isIban(String text) {
            if (!FORMAT.matcher(text).matches() || text.startsWith("FI") && text.length() != 18) {
                return false;
            }
            String rearranged = text.substring(4) + text.substring(0, 4);
            StringBuilder digits = new StringBuilder();
            for (char c : rearranged.toCharArray()) {
                digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
            }
            return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
        }
    }
}
