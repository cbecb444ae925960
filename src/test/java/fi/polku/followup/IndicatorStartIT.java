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
 * 25 on the period's first day, more than 12 months from 25.
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

    /** A participant of that status, age on the period's first day and months unemployed, to the signed contract. */
    private Map<String, Object> startsWith(String status, int ageAtStart, int monthsUnemployed) {
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
        return jdbc.queryForMap("select employment_status, long_term_unemployed from indicator_record "
                + "where journey_id = ?::uuid", java.util.UUID.fromString(journeyId));
    }
}
