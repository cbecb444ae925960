package fi.polku.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server's own check of a date and a number field against the form (issue 19: nothing typed is
 * rewritten): what Tasklist would send for the suitability interview's "Interview date" (a date) and
 * "Motivation (1–5)" (a whole number), and what another client might send instead. Each refusal
 * names the field; engine REST answers it with 400 ({@code BadInputIT} sends such submissions).
 */
class FormSubmissionFilterTest {

    private static final FormFields INTERVIEW = FormFields.of("hold-suitability-interview");

    private static String problem(String variables) {
        return FormSubmissionFilter.problem(("{\"variables\": {" + variables + "}}").getBytes(StandardCharsets.UTF_8),
                INTERVIEW);
    }

    private static String date(String json) {
        return problem("\"interviewDate\": {\"value\": " + json + "}");
    }

    private static String motivation(String json) {
        return problem("\"motivation\": {\"value\": " + json + "}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2026-11-20\"", "\"2028-02-29\"", "\"1900-01-01\"", "\"2100-12-31\"", "null", "\"\""})
    void aDayOfTheCalendarWithinThePlausibleYearsIsAccepted(String value) {
        assertThat(date(value)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"2026-02-31\"         | must be a date of the calendar, written YYYY-MM-DD",
        "\"2027-02-29\"         | must be a date of the calendar, written YYYY-MM-DD",
        "\"2026-13-01\"         | must be a date of the calendar, written YYYY-MM-DD",
        "\"2026-00-10\"         | must be a date of the calendar, written YYYY-MM-DD",
        "\"31.02.2026\"         | must be a date of the calendar, written YYYY-MM-DD",
        "\"20.11.2026\"         | must be a date of the calendar, written YYYY-MM-DD",
        "\"2026-11-20T10:00\"   | must be a date of the calendar, written YYYY-MM-DD",
        "\"2026-11-20 \"        | must be a date of the calendar, written YYYY-MM-DD",
        "20261120               | must be a date of the calendar, written YYYY-MM-DD",
        "\"1899-12-31\"         | must be a date from 1900-01-01 to 2100-12-31",
        "\"2101-01-01\"         | must be a date from 1900-01-01 to 2100-12-31",
        "\"+99999-01-01\"       | must be a date from 1900-01-01 to 2100-12-31"})
    void anImpossibleOrImplausibleDateIsRefusedNamingTheField(String value, String rule) {
        assertThat(date(value)).isEqualTo("Field 'interviewDate' " + rule);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "4", "5", "4.0", "null"})
    void aWholeNumberInTheFormsRangeIsAccepted(String value) {
        assertThat(motivation(value)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.5        | must be a whole number from 1 to 5",
        "0          | must be a whole number from 1 to 5",
        "6          | must be a whole number from 1 to 5",
        "15         | must be a whole number from 1 to 5",
        "\"1,5\"    | must be a whole number from 1 to 5, sent as a number, not as text",
        "\"4\"      | must be a whole number from 1 to 5, sent as a number, not as text",
        "true       | must be a whole number from 1 to 5"})
    void aFractionAnOutOfRangeNumberOrTextIsRefusedNamingTheField(String value, String rule) {
        assertThat(motivation(value)).isEqualTo("Field 'motivation' " + rule);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-31", "31.02.2026"})
    void theRuleHoldsForEveryDateFieldOfEveryForm(String impossible) {
        FormFields.all().forEach(form -> form.fields().values().stream().filter(FormFields.Field::dateOnly)
                .forEach(field -> assertThat(FormSubmissionFilter.problem(("{\"variables\": {\"" + field.name()
                        + "\": {\"value\": \"" + impossible + "\"}}}").getBytes(StandardCharsets.UTF_8), form))
                        .as("%s of %s", field.name(), form.formKey()).startsWith("Field '" + field.name() + "'")));
        assertThat(FormFields.all().stream().flatMap(form -> form.fields().values().stream())
                .filter(FormFields.Field::dateOnly)).as("the forms' date fields").hasSizeGreaterThan(10);
    }
}
