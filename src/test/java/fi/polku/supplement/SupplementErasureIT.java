package fi.polku.supplement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The employee's data in a supplement application goes with the participant's erasure; the
 * application as the record of aid granted and paid stays (README, "Employer side").
 */
class SupplementErasureIT extends IntegrationTest {

    @Autowired
    private SupplementErasure retention;

    /** Every text and date column of the supplement tables, as text, for the rows of the application. */
    private String everything(String applicationId) {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("supplement_application", "supplement_info_request", "supplement_instalment",
                "supplement_recovery")) {
            String key = table.equals("supplement_application") ? "id" : "application_id";
            jdbc.queryForList("select * from " + table + " where " + key + " = ?::uuid", applicationId)
                    .forEach(row -> all.append(row.values()));
        }
        return all.toString();
    }

    @Test
    void erasingTheParticipantClearsTheEmployeeAndKeepsTheRecordOfAid() {
        String journeyId = createJourney(referral());
        jdbc.update("update journey set placement_status = 'HIRED' where id = ?::uuid", journeyId);
        ObjectNode application = supplementApplication();
        ((ObjectNode) application.get("employee")).put("journeyId", journeyId).put("firstName", "Erkki")
                .put("birthDate", "1991-07-23");
        String lastName = application.get("employee").get("lastName").asText();
        String id = post("integration", "/api/v1/supplement-applications", application).getBody().get("applicationId").asText();
        assertThat(everything(id)).contains(lastName, "Erkki", "1991-07-23", journeyId);

        String participantId = get("integration", "/api/v1/referrals/" + journeyId).getBody().get("participantId").asText();
        ResponseEntity<JsonNode> erased = call("lead", HttpMethod.DELETE, "/api/v1/participants/" + participantId, null);
        assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(everything(id)).doesNotContain(lastName, "Erkki", "1991-07-23", journeyId);
        Map<String, Object> kept = jdbc.queryForMap("select business_id, employer_name, iban, employee_last_name, journey_id"
                + " from supplement_application where id = ?::uuid", id);
        assertThat(kept).containsEntry("employer_name", "Koodipaja Oy").containsEntry("iban", "FI4950009420028730")
                .containsEntry("employee_last_name", null).containsEntry("journey_id", null);
    }

    @Test
    void retentionClearsTheEmployeeOfLongClosedApplicationsAndDeletesThemAfterTheRecordYears() {
        String cleared = post("integration", "/api/v1/supplement-applications", supplementApplication()).getBody()
                .get("applicationId").asText();
        String deleted = post("integration", "/api/v1/supplement-applications", supplementApplication()).getBody()
                .get("applicationId").asText();
        String recent = post("integration", "/api/v1/supplement-applications", supplementApplication()).getBody()
                .get("applicationId").asText();
        for (String id : List.of(cleared, deleted, recent)) {
            post("integration", "/api/v1/supplement-applications/" + id + "/cancellation", null);
        }
        jdbc.update("update supplement_application set cancelled_at = now() - interval '6 years' where id = ?::uuid", cleared);
        jdbc.update("update supplement_application set cancelled_at = now() - interval '11 years' where id = ?::uuid", deleted);

        retention.applyRetention();

        assertThat(jdbc.queryForObject("select employee_last_name from supplement_application where id = ?::uuid",
                String.class, cleared)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from supplement_application where id = ?::uuid", Long.class,
                deleted)).isZero();
        assertThat(jdbc.queryForObject("select employee_last_name from supplement_application where id = ?::uuid",
                String.class, recent)).isNotNull();
    }
}
