package fi.polku.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.support.IntegrationTest;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/v1/referrals} and {@code GET /api/v1/referrals/{id}} over HTTP on PostgreSQL. */
class ReferralApiIT extends IntegrationTest {

    @Test
    void createsAJourneyAndAnswersWithItsLocation() {
        ObjectNode referral = referral();
        ResponseEntity<JsonNode> response = post("integration", "/api/v1/referrals", referral);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String journeyId = response.getBody().get("journeyId").asText();
        assertThat(response.getHeaders().getLocation()).hasToString("/api/v1/referrals/" + journeyId);
        assertThat(response.getBody().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(response.getBody().get("phase").asText()).isEqualTo("REFERRAL");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("participant-journey")
                .processInstanceBusinessKey(journeyId).count()).isOne();
        // Personal data stays in the domain tables, not in process variables.
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(runtimeService
                        .createProcessInstanceQuery().processInstanceBusinessKey(journeyId).list().get(0).getId()).list())
                .extracting("name").containsOnly("journeyId", "displayName");
        assertThat(jdbc.queryForObject("select p.email from participant p join journey j on j.participant_id = p.id"
                + " where j.id = ?::uuid", String.class, journeyId)).isEqualTo("aino.virtanen@example.org");

        awaitStatus(journeyId, "eligibility", "ELIGIBLE");
        JsonNode status = get("coach", "/api/v1/referrals/" + journeyId).getBody();
        assertThat(status.get("source").get("referralId").asText()).isEqualTo(referral.get("source").get("referralId").asText());
        assertThat(status.toString()).doesNotContain("Aino", "Virtanen", "example.org", "1998");
    }

    @Test
    void theSameReferralAgainReturnsTheSameJourney() {
        ObjectNode referral = referral();
        String first = createJourney(referral);
        ResponseEntity<JsonNode> repeat = post("integration", "/api/v1/referrals", referral);

        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repeat.getBody().get("journeyId").asText()).isEqualTo(first);
        assertThat(repeat.getHeaders().getLocation()).hasToString("/api/v1/referrals/" + first);
        assertThat(jdbc.queryForObject("select count(*) from journey where source_referral_id = ?", Integer.class,
                referral.get("source").get("referralId").asText())).isOne();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("participant-journey")
                .processInstanceBusinessKey(first).count()).isOne();
    }

    @Test
    void aPersonWithAnActiveJourneyIsNotEnrolledTwice() {
        ObjectNode referral = referral();
        createJourney(referral);
        ObjectNode again = referral.deepCopy();
        ((ObjectNode) again.get("source")).put("referralId", "OTHER-" + System.nanoTime());
        participant(again).put("firstName", "AINO");

        ResponseEntity<JsonNode> response = post("integration", "/api/v1/referrals", again);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("detail").asText()).contains("already has an active journey");
    }

    static Stream<Arguments> invalidReferrals() {
        return Stream.of(
                invalid("missing field", r -> ((ObjectNode) r.get("participant")).remove("lastName"), "participant.lastName", "NotBlank"),
                invalid("wrong type", r -> ((ObjectNode) r.get("participant")).put("educationLevel", "three"), "participant.educationLevel", "type"),
                invalid("wrong date format", r -> ((ObjectNode) r.get("participant")).put("birthDate", "12.4.1998"), "participant.birthDate", "format"),
                invalid("birth date in the future", r -> ((ObjectNode) r.get("participant")).put("birthDate", "2099-01-01"), "participant.birthDate", "Past"),
                invalid("wrong e-mail format", r -> ((ObjectNode) r.get("participant")).put("email", "not-an-email"), "participant.email", "Email"),
                invalid("wrong phone format", r -> ((ObjectNode) r.get("source").get("referrer")).put("phone", "040 123"), "source.referrer.phone", "Pattern"),
                invalid("out of range", r -> ((ObjectNode) r.get("participant")).put("educationLevel", 9), "participant.educationLevel", "Max"),
                invalid("negative", r -> ((ObjectNode) r.get("participant")).put("monthsUnemployed", -1), "participant.monthsUnemployed", "Min"),
                invalid("too long", r -> r.put("reason", "x".repeat(2001)), "reason", "Size"),
                invalid("consent not given", r -> ((ObjectNode) r.get("consent")).put("processing", false), "consent.processing", "AssertTrue"),
                invalid("unknown enum value", r -> ((ObjectNode) r.get("participant")).put("gender", "OTHER"), "participant.gender", "enum"),
                invalid("unknown language", r -> ((ObjectNode) r.get("participant")).put("preferredLanguage", "de"), "participant.preferredLanguage", "enum"),
                invalid("unknown labour-market status", r -> ((ObjectNode) r.get("participant")).put("labourMarketStatus", "STUDENT"), "participant.labourMarketStatus", "enum"),
                invalid("unknown field", r -> ((ObjectNode) r.get("participant")).put("personalIdentityCode", "010198-123A"), "participant.personalIdentityCode", "unknown-field"),
                invalid("missing object", r -> r.remove("consent"), "consent", "NotNull"));
    }

    private static Arguments invalid(String name, Consumer<ObjectNode> breakIt, String field, String rule) {
        return Arguments.of(name, breakIt, field, rule);
    }

    @ParameterizedTest(name = "{0} -> 400 naming {2} ({3})")
    @MethodSource("invalidReferrals")
    void anInvalidReferralIsRefusedNamingTheFieldAndRuleAndStoresNothing(String name, Consumer<ObjectNode> breakIt,
                                                                         String field, String rule) {
        ObjectNode referral = referral();
        breakIt.accept(referral);
        int journeysBefore = countJourneys();

        ResponseEntity<JsonNode> response = post("integration", "/api/v1/referrals", referral);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors")).anySatisfy(error -> {
            assertThat(error.get("field").asText()).isEqualTo(field);
            assertThat(error.get("rule").asText()).isEqualTo(rule);
            assertThat(error.get("message").asText()).isNotBlank();
        });
        assertThat(response.getBody().toString()).doesNotContain("Exception", "at fi.polku");
        assertThat(countJourneys()).isEqualTo(journeysBefore);
    }

    @Test
    void everyBrokenRuleIsListed() {
        ObjectNode referral = referral();
        participant(referral).put("firstName", "").put("educationLevel", 12);
        ((ObjectNode) referral.get("consent")).put("processing", false);

        JsonNode problem = post("integration", "/api/v1/referrals", referral).getBody();

        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("consent.processing", "participant.educationLevel", "participant.firstName");
    }

    @Test
    void malformedJsonAndWrongContentTypeAreRefused() {
        ResponseEntity<JsonNode> malformed = post("integration", "/api/v1/referrals", "{\"source\": ");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().get("errors").get(0).get("rule").asText()).isEqualTo("json");

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);
        headers.setBasicAuth("integration", "integration");
        ResponseEntity<JsonNode> text = http.exchange("/api/v1/referrals", HttpMethod.POST,
                new HttpEntity<>(referral().toString(), headers), JsonNode.class);
        assertThat(text.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(text.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(text.getBody().get("errors").get(0).get("field").asText()).isEqualTo("Content-Type");

        ResponseEntity<JsonNode> empty = post("integration", "/api/v1/referrals", "");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void unknownJourneyIs404AndABadIdIs400() {
        ResponseEntity<JsonNode> unknown = get("integration", "/api/v1/referrals/" + java.util.UUID.randomUUID());
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        ResponseEntity<JsonNode> malformed = get("integration", "/api/v1/referrals/not-a-uuid");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().get("errors").get(0).get("field").asText()).isEqualTo("journeyId");
    }

    private int countJourneys() {
        return jdbc.queryForObject("select count(*) from journey", Integer.class);
    }
}
