package fi.polku.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import fi.polku.support.IntegrationTest;
import fi.polku.support.OidcProvider;
import java.text.ParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Access tokens of the identity provider (a real OpenID Connect server on loopback) on the
 * integration API and engine REST: an integration's client-credentials token, a user the engine
 * has never seen, and every kind of bad token, each answered with a problem naming its reason
 * class, never 500, and never with the token in the answer or the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class BearerTokenIT extends IntegrationTest {

    private static final String OTHER_ISSUER = "somebody-else";

    @Test
    void anIntegrationSendsAReferralWithAClientCredentialsToken() {
        String token = OIDC.clientCredentials("intake-system", Map.of("roles", List.of("Polku.Integration")));

        ResponseEntity<JsonNode> created = withToken(token, HttpMethod.POST, "/api/v1/referrals", referral().toString());

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String journeyId = created.getBody().get("journeyId").asText();
        assertThat(withToken(token, HttpMethod.GET, "/api/v1/referrals/" + journeyId, null).getStatusCode().value())
                .isEqualTo(200);
        // The integration's group does not reach further: no team work, no engine REST reading.
        assertThat(withToken(token, HttpMethod.GET, "/api/v1/partner-companies", null).getStatusCode().value())
                .isEqualTo(403);
        assertThat(withToken(token, HttpMethod.GET, "/engine-rest/process-definition?maxResults=50", null).getBody()).isEmpty();
    }

    @Test
    void aStaffMemberUnknownToTheEngineWorksWithTheGroupsOfTheToken() {
        String journeyId = createJourney(needingReview());
        String taskId = awaitTask(journeyId, "Task_ReviewReferral").getId();
        String token = OIDC.token("new.colleague@city.example", Map.of("groups", List.of("referral-coordinators")));

        ResponseEntity<JsonNode> tasks = withToken(token, HttpMethod.GET,
                "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + journeyId, null);
        assertThat(tasks.getStatusCode().value()).isEqualTo(200);
        assertThat(tasks.getBody()).extracting(task -> task.get("id").asText()).containsExactly(taskId);
        ResponseEntity<JsonNode> claimed = withToken(token, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim",
                "{\"userId\": \"new.colleague@city.example\"}");
        assertThat(claimed.getStatusCode().value()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo("new.colleague@city.example");

        // Somebody of another team sees nothing of it.
        String coach = OIDC.token("another.colleague@city.example", Map.of("groups", List.of("job-coaches")));
        assertThat(withToken(coach, HttpMethod.GET, "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + journeyId, null)
                .getBody()).isEmpty();
    }

    @Test
    void httpBasicStillWorksBesideTokens() {
        assertThat(get("coordinator", "/api/v1/partner-companies").getStatusCode().value()).isEqualTo(200);
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("expired", 401, "expired-token"),
                Arguments.of("wrong audience", 401, "wrong-audience"),
                Arguments.of("another issuer's key", 401, "unknown-key"),
                Arguments.of("tampered payload", 401, "bad-signature"),
                Arguments.of("alg none", 401, "unsigned-token"),
                Arguments.of("not a JWT", 401, "malformed-token"),
                Arguments.of("no group claim", 403, "no-polku-group"),
                Arguments.of("only unmapped groups", 403, "no-polku-group"));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @MethodSource("badTokens")
    void aBadTokenIsRefusedWithItsReason(String kind, int status, String reason, CapturedOutput output) {
        String token = badToken(kind);
        for (String[] request : List.of(new String[] {"POST", "/api/v1/referrals"}, new String[] {"GET", "/engine-rest/task?maxResults=50"},
                new String[] {"GET", "/api/v1/partner-companies"}, new String[] {"GET", "/actuator/metrics"})) {
            ResponseEntity<JsonNode> response = withToken(token, HttpMethod.valueOf(request[0]), request[1],
                    request[0].equals("POST") ? referral().toString() : null);
            assertThat(response.getStatusCode().value()).as(request[1]).isEqualTo(status);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getBody().get("type").asText()).endsWith("/" + reason);
            assertThat(response.getBody().toString()).doesNotContain(token);
            if (status == 401) {
                assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
            }
        }
        assertThat(output.getAll()).contains("Bearer token refused: " + reason).doesNotContain(token);
    }

    private String badToken(String kind) {
        Map<String, Object> integration = Map.of("roles", List.of("Polku.Integration"));
        return switch (kind) {
            case "expired" -> OIDC.token(OidcProvider.ISSUER_ID, "intake-system", List.of(OidcProvider.AUDIENCE),
                    integration, -300);
            case "wrong audience" -> OIDC.token(OidcProvider.ISSUER_ID, "intake-system", List.of("another-application"),
                    integration, 3600);
            case "another issuer's key" -> OIDC.token(OTHER_ISSUER, "intake-system", List.of(OidcProvider.AUDIENCE),
                    integration, 3600);
            case "tampered payload" -> tampered(OIDC.token("intake-system", Map.of("roles", List.of("nothing")))); 
            case "alg none" -> unsigned(OIDC.token("intake-system", integration));
            case "not a JWT" -> "not-a-token";
            case "no group claim" -> OIDC.token("intake-system", Map.of());
            case "only unmapped groups" -> OIDC.token("intake-system", Map.of("groups", List.of("everyone", "Polku.Unknown")));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** The token with its payload changed to grant the integration role, its signature kept. */
    private static String tampered(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWTClaimsSet claims = new JWTClaimsSet.Builder(jwt.getJWTClaimsSet()).claim("roles", List.of("Polku.Integration")).build();
            String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.toString().getBytes());
            String[] parts = token.split("\\.");
            return parts[0] + "." + payload + "." + parts[2];
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token's claims, valid in every way, without a signature ({@code alg: none}). */
    private static String unsigned(String token) {
        try {
            return new PlainJWT(SignedJWT.parse(token).getJWTClaimsSet()).serialize();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private com.fasterxml.jackson.databind.node.ObjectNode needingReview() {
        var referral = referral();
        participant(referral).put("ictBackground", "NONE");
        return referral;
    }

    private ResponseEntity<JsonNode> withToken(String token, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
