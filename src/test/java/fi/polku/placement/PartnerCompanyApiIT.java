package fi.polku.placement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The partner-company register over HTTP on PostgreSQL: validation, duplicates, search, status, who may do what. */
class PartnerCompanyApiIT extends IntegrationTest {

    private static final String COMPANIES = "/api/v1/partner-companies";

    private static List<String> fields(ResponseEntity<JsonNode> response) {
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(error -> fields.add(error.get("field").asText() + ":" + error.get("rule").asText()));
        return fields;
    }

    private long stored(String businessId) {
        return jdbc.queryForObject("select count(*) from partner_company where business_id = ?", Long.class, businessId);
    }

    @Test
    void anEmployerCoordinatorRegistersACompanyThatTheTeamCanRead() {
        ObjectNode company = partnerCompany("Koodipaja Oy", "Java", " React ", "java");
        ResponseEntity<JsonNode> created = post("employer", COMPANIES, company);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        assertThat(created.getHeaders().getLocation()).hasToString(COMPANIES + "/" + id);
        assertThat(created.getBody().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(created.getBody().get("businessId").asText()).isEqualTo(company.get("businessId").asText());
        // Skills are trimmed and kept once, whatever their case.
        assertThat(created.getBody().get("skills")).extracting(JsonNode::asText).containsExactly("Java", "React");
        assertThat(jdbc.queryForObject("select created_by from partner_company where id = ?::uuid", String.class, id))
                .isEqualTo("employer");

        ResponseEntity<JsonNode> read = get("coach", COMPANIES + "/" + id);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody().get("name").asText()).isEqualTo("Koodipaja Oy");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2837465-4,  wrong check digit",
            "3456789-1,  remainder 1 has no check digit",
            "1234567-8,  the format example itself",
            "28374653,   no hyphen",
            "283746-3,   six digits",
            "'ABCDEFG-1', letters",
    })
    void anInvalidBusinessIdIsRefusedAndNothingIsStored(String businessId, String why) {
        ObjectNode company = partnerCompany("Väärä Oy").put("businessId", businessId);
        ResponseEntity<JsonNode> response = post("employer", COMPANIES, company);

        assertThat(response.getStatusCode()).as(why).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fields(response)).as(why).containsExactly("businessId:BusinessId");
        assertThat(response.getBody().get("errors").get(0).get("message").asText()).contains("check digit");
        assertThat(stored(businessId)).isZero();
    }

    @Test
    void everyBrokenRuleIsNamed() {
        ObjectNode company = partnerCompany("x".repeat(201)).put("email", "not-an-address").put("phone", "0401234567")
                .put("organisationType", "GOVERNMENT").put("responsibleEmployerCheckedOn", "2999-01-01");
        company.remove("contactPerson");
        ResponseEntity<JsonNode> enumError = post("employer", COMPANIES, company);
        assertThat(enumError.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(enumError)).containsExactly("organisationType:enum");

        company.put("organisationType", "FOUNDATION");
        company.putArray("skills").add("").add("y".repeat(51));
        ResponseEntity<JsonNode> response = post("employer", COMPANIES, company);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).containsExactlyInAnyOrder("contactPerson:NotBlank", "email:Email", "name:Size",
                "phone:Pattern", "responsibleEmployerCheckedOn:PastOrPresent", "skills[0]:NotBlank", "skills[1]:Size");

        ObjectNode unknownField = partnerCompany("Tuntematon Oy").put("vatNumber", "FI12345678");
        assertThat(fields(post("employer", COMPANIES, unknownField))).containsExactly("vatNumber:unknown-field");
    }

    @Test
    void aBusinessIdIsRegisteredOnlyOnce() {
        ObjectNode company = partnerCompany("Pelitalo Oy");
        registerCompany(company);
        ResponseEntity<JsonNode> again = post("employer", COMPANIES, company.put("name", "Pelitalo Oy, toinen"));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(again.getBody().get("detail").asText()).contains(company.get("businessId").asText());
        assertThat(stored(company.get("businessId").asText())).isOne();

        // Nor can an update take another company's business ID.
        String otherId = registerCompany(partnerCompany("Toinen Oy"));
        ResponseEntity<JsonNode> takeOver = call("employer", HttpMethod.PUT, COMPANIES + "/" + otherId,
                partnerCompany("Toinen Oy").put("businessId", company.get("businessId").asText()));
        assertThat(takeOver.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void anUpdateReplacesTheDetailsAndPauseAndActivateChangeTheStatus() {
        String id = registerCompany(partnerCompany("Digituki ry", "IT support"));
        ObjectNode changed = partnerCompany("Digituki ry", "IT support", "Customer service")
                .put("organisationType", "ASSOCIATION").put("responsibleEmployerCheckedOn", "2026-10-01")
                .put("responsibleEmployerNote", "No remarks");
        ResponseEntity<JsonNode> updated = call("employer", HttpMethod.PUT, COMPANIES + "/" + id, changed);
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getBody().get("organisationType").asText()).isEqualTo("ASSOCIATION");
        assertThat(updated.getBody().get("responsibleEmployerCheckedOn").asText()).isEqualTo("2026-10-01");
        assertThat(updated.getBody().get("skills")).hasSize(2);

        assertThat(post("employer", COMPANIES + "/" + id + "/pause", null).getBody().get("status").asText())
                .isEqualTo("PAUSED");
        assertThat(get("lead", COMPANIES + "/" + id).getBody().get("status").asText()).isEqualTo("PAUSED");
        assertThat(post("employer", COMPANIES + "/" + id + "/activate", null).getBody().get("status").asText())
                .isEqualTo("ACTIVE");

        String unknown = COMPANIES + "/" + UUID.randomUUID();
        assertThat(get("employer", unknown).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(call("employer", HttpMethod.PUT, unknown, changed).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("employer", unknown + "/pause", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("employer", COMPANIES + "/not-a-uuid").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theRegisterIsSearchedByNameSkillAndStatus() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String web = registerCompany(partnerCompany("Web " + marker + " Oy", "TypeScript", "UX design"));
        String games = registerCompany(partnerCompany("Games " + marker + " Oy", "Unity"));
        String paused = registerCompany(partnerCompany("Paused a_b " + marker + " Oy", "TypeScript"));
        post("employer", COMPANIES + "/" + paused + "/pause", null);

        assertThat(ids(get("coach", COMPANIES + "?name=" + marker))).containsExactly(games, paused, web);
        assertThat(ids(get("coach", COMPANIES + "?name=" + marker.toUpperCase()))).containsExactly(games, paused, web);
        assertThat(ids(get("coach", COMPANIES + "?name=" + marker + "&skill=typescript"))).containsExactly(paused, web);
        assertThat(ids(get("coach", COMPANIES + "?name=" + marker + "&skill=TypeScript&status=ACTIVE")))
                .containsExactly(web);
        // A LIKE wildcard in the search is a plain character: "a_b" does not find "aXb".
        String lookalike = registerCompany(partnerCompany("Paused aXb " + marker + " Oy"));
        assertThat(ids(get("coach", COMPANIES + "?name=a_b " + marker))).containsExactly(paused);
        assertThat(ids(get("coach", COMPANIES + "?name=axb " + marker))).containsExactly(lookalike);
        assertThat(ids(get("coach", COMPANIES + "?name=" + marker + "&skill=Cobol"))).isEmpty();

        JsonNode page = get("coach", COMPANIES + "?name=" + marker + "&size=2&page=1").getBody();
        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(page.get("items")).hasSize(2);

        assertThat(fields(get("coach", COMPANIES + "?size=1000"))).containsExactly("size:range");
        assertThat(fields(get("coach", COMPANIES + "?status=CLOSED"))).containsExactly("status:format");
    }

    @Test
    void onlyEmployerCoordinatorsChangeTheRegister() {
        String id = registerCompany(partnerCompany("Luku Oy"));
        for (String user : List.of("coordinator", "coach", "lead", "manager", "integration")) {
            assertThat(post(user, COMPANIES, partnerCompany("Ei Oy")).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(call(user, HttpMethod.PUT, COMPANIES + "/" + id, partnerCompany("Ei Oy")).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(post(user, COMPANIES + "/" + id + "/pause", null).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(get("integration", COMPANIES + "/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(null, COMPANIES + "/" + id).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("manager", COMPANIES + "/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("select status from partner_company where id = ?::uuid", String.class, id))
                .isEqualTo("ACTIVE");
    }

    private static List<String> ids(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> ids = new ArrayList<>();
        response.getBody().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
