package fi.polku.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The business ID's format and check digit. */
class BusinessIdTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "0201256-6, true",    // City of Helsinki: remainder 5, check 11 - 5 = 6
            "0112038-9, true",
            "2345678-0, true",    // remainder 0 gives check digit 0
            "2837465-3, true",
            "2837465-4, false",   // wrong check digit
            "1234567-8, false",   // the format example: its check digit would be 1
            "3456789-0, false",   // remainder 1: no valid check digit exists
            "3456789-1, false",
            "123456-7, false",    // six digits
            "12345678, false",    // no hyphen
            "2837465 3, false",
            "283746a-3, false",
            "' 2837465-3', false",
            "'', false",
    })
    void checksFormatAndCheckDigit(String businessId, boolean valid) {
        assertThat(BusinessId.Validator.isBusinessId(businessId)).isEqualTo(valid);
    }
}
