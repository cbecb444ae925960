package fi.polku.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * A starter's indicator record takes the labour-market status on entry from the referral, and
 * counts them long-term unemployed by the Commission's ESF+ definition: more than 6 months under
 * 25 on the period's first day, more than 12 months from 25. Its bands are the database's
 * functions (V13), checked here at each boundary.
 */
class IndicatorStartIT extends IntegrationTest {

    private static final LocalDate START = LocalDate.now().plusDays(10);

    @Test
    void theStatusOnEntryAndTheAgeDependentLongTermDefinition() {
        assertThat(startsWith(null, 23, 8)).as("under 25, 8 months, status not sent")
                .isEqualTo(Map.of("employment_status", "UNEMPLOYED", "long_term_unemployed", true));
        assertThat(startsWith("UNEMPLOYED", 27, 8)).as("25 or over, 8 months")
                .isEqualTo(Map.of("employment_status", "UNEMPLOYED", "long_term_unemployed", false));
        assertThat(startsWith("UNEMPLOYED", 27, 13)).as("25 or over, 13 months")
                .isEqualTo(Map.of("employment_status", "UNEMPLOYED", "long_term_unemployed", true));
        assertThat(startsWith("INACTIVE", 27, 0)).as("inactive")
                .isEqualTo(Map.of("employment_status", "INACTIVE", "long_term_unemployed", false));
        assertThat(startsWith("EMPLOYED", 22, 0)).as("employed, self-employed included")
                .isEqualTo(Map.of("employment_status", "EMPLOYED", "long_term_unemployed", false));
    }

    @Test
    void theBandsChangeExactlyAtTheirBoundaries() {
        LocalDate born = LocalDate.of(2000, 3, 1);
        assertThat(ageBand(born, LocalDate.of(2018, 2, 28))).isEqualTo("UNDER_18");
        assertThat(ageBand(born, LocalDate.of(2018, 3, 1))).isEqualTo("18_29");
        assertThat(ageBand(born, LocalDate.of(2030, 2, 28))).isEqualTo("18_29");
        assertThat(ageBand(born, LocalDate.of(2030, 3, 1))).isEqualTo("30_54");
        assertThat(ageBand(born, LocalDate.of(2055, 2, 28))).isEqualTo("30_54");
        assertThat(ageBand(born, LocalDate.of(2055, 3, 1))).isEqualTo("55_PLUS");
        assertThat(ageBand(LocalDate.of(2004, 2, 29), LocalDate.of(2022, 2, 28))).as("born on a leap day")
                .isEqualTo("UNDER_18");
        assertThat(ageBand(LocalDate.of(2004, 2, 29), LocalDate.of(2022, 3, 1))).isEqualTo("18_29");

        assertThat(java.util.stream.IntStream.rangeClosed(0, 8).mapToObj(level -> jdbc.queryForObject(
                "select polku_education_band(?)", String.class, level)).toList()).containsExactly(
                "ISCED_0_2", "ISCED_0_2", "ISCED_0_2", "ISCED_3_4", "ISCED_3_4", "ISCED_5_8", "ISCED_5_8", "ISCED_5_8",
                "ISCED_5_8");

        LocalDate turns25 = born.plusYears(25);
        assertThat(longTermUnemployed("UNEMPLOYED", 6, born, turns25.minusDays(1))).as("24, 6 months").isFalse();
        assertThat(longTermUnemployed("UNEMPLOYED", 7, born, turns25.minusDays(1))).as("24, 7 months").isTrue();
        assertThat(longTermUnemployed("UNEMPLOYED", 7, born, turns25)).as("25, 7 months").isFalse();
        assertThat(longTermUnemployed("UNEMPLOYED", 12, born, turns25)).as("25, 12 months").isFalse();
        assertThat(longTermUnemployed("UNEMPLOYED", 13, born, turns25)).as("25, 13 months").isTrue();
        assertThat(longTermUnemployed("INACTIVE", 13, born, turns25)).as("inactive").isFalse();
    }

    /** The record of a starter has the bands of the functions. */
    @Test
    void aStartersRecordHasTheBandsOfTheFunctions() {
        String journeyId = started(null, 29, 8);
        assertThat(jdbc.queryForMap("select age_band, education_band from indicator_record where journey_id = ?::uuid",
                java.util.UUID.fromString(journeyId))).isEqualTo(Map.of("age_band", "18_29", "education_band", "ISCED_3_4"));
    }

    private String ageBand(LocalDate born, LocalDate onDay) {
        return jdbc.queryForObject("select polku_age_band(?, ?)", String.class, born, onDay);
    }

    private boolean longTermUnemployed(String status, int months, LocalDate born, LocalDate onDay) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select polku_long_term_unemployed(?, ?, ?, ?)", Boolean.class,
                status, months, born, onDay));
    }

    /** A participant of that status, age on the period's first day and months unemployed, to the signed contract. */
    private Map<String, Object> startsWith(String status, int ageAtStart, int monthsUnemployed) {
        String journeyId = started(status, ageAtStart, monthsUnemployed);
        return jdbc.queryForMap("select employment_status, long_term_unemployed from indicator_record "
                + "where journey_id = ?::uuid", java.util.UUID.fromString(journeyId));
    }

    /** The journey of a participant of that status, age and months unemployed, past the signed contract. */
    private String started(String status, int ageAtStart, int monthsUnemployed) {
        freeAllPlaces();
        ObjectNode referral = referral();
        participant(referral).put("birthDate", START.minusYears(ageAtStart).minusDays(20).toString())
                .put("monthsUnemployed", monthsUnemployed);
        if (status != null) {
            participant(referral).put("labourMarketStatus", status);
        }
        String journeyId = journeyAtDecision(referral);
        assertThat(post("integration", "/api/v1/journeys/" + journeyId + "/events", "{\"type\": \"WAGE_SUBSIDY_DECIDED\", "
                + "\"data\": {\"decisionNumber\": \"WS-IND\", \"granted\": true, \"funding\": \"PAY_SUBSIDY\", "
                + "\"subsidyPercent\": 70, \"startDate\": \"" + START + "\", \"endDate\": \"" + START.plusMonths(8) + "\"}}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        work("lead", "team-leads", awaitTask(journeyId, "Task_SignContractAndOnboard"),
                Map.of("contractDate", START.toString(), "workTeam", "SOFTWARE", "mentor", "Mikko Mentor"));
        return journeyId;
    }
}
