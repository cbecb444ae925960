package fi.polku.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Who may do what: the integration API, engine REST, Tasklist filters, tasks and the webapps. */
class AuthorizationIT extends IntegrationTest {

    private static final List<String> USERS = List.of("coordinator", "coach", "instructor", "counsellor", "employer",
            "lead", "manager", "integration", "admin");

    private String journeyId;
    private Task reviewTask;

    /** A journey whose referral needs review: one open task for referral coordinators. */
    @BeforeEach
    void journeyAtReview() {
        var referral = referral();
        participant(referral).put("ictBackground", "NONE");
        journeyId = createJourney(referral);
        reviewTask = awaitTask(journeyId, "Task_ReviewReferral");
    }

    static Stream<Arguments> apiMatrix() {
        List<Arguments> rows = new ArrayList<>();
        for (String user : USERS) {
            boolean mayRefer = List.of("integration", "coordinator", "admin").contains(user);
            rows.add(Arguments.of(user, "POST /api/v1/referrals", mayRefer));
            rows.add(Arguments.of(user, "GET /api/v1/referrals/{id}", true));
            rows.add(Arguments.of(user, "POST /api/v1/journeys/{id}/events", !user.equals("manager")));
            rows.add(Arguments.of(user, "POST /api/v1/partner-companies", List.of("employer", "admin").contains(user)));
            rows.add(Arguments.of(user, "POST /api/v1/partner-companies/{id}/pause", List.of("employer", "admin").contains(user)));
            rows.add(Arguments.of(user, "GET /api/v1/partner-companies", !user.equals("integration")));
            rows.add(Arguments.of(user, "GET /api/v1/partner-companies/{id}", !user.equals("integration")));
            rows.add(Arguments.of(user, "GET /api/v1/reports/indicators", List.of("manager", "lead", "admin").contains(user)));
            rows.add(Arguments.of(user, "DELETE /api/v1/participants/{id}", List.of("lead", "admin").contains(user)));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1} allowed={2}")
    @MethodSource("apiMatrix")
    void integrationApiChecksTheCallersGroup(String user, String endpoint, boolean allowed) {
        ResponseEntity<JsonNode> response = switch (endpoint) {
            case "POST /api/v1/referrals" -> post(user, "/api/v1/referrals", referral());
            case "GET /api/v1/referrals/{id}" -> get(user, "/api/v1/referrals/" + journeyId);
            case "POST /api/v1/partner-companies" -> post(user, "/api/v1/partner-companies", partnerCompany("Matrix Oy"));
            case "POST /api/v1/partner-companies/{id}/pause" ->
                    post(user, "/api/v1/partner-companies/" + registerCompany(partnerCompany("Matrix Oy")) + "/pause", null);
            case "GET /api/v1/partner-companies" -> get(user, "/api/v1/partner-companies?status=ACTIVE");
            case "GET /api/v1/reports/indicators" -> get(user, "/api/v1/reports/indicators?from=2026-01-01&to=2026-12-31");
            // An unknown participant: allowed callers get past the group check to a 404.
            case "DELETE /api/v1/participants/{id}" ->
                    call(user, HttpMethod.DELETE, "/api/v1/participants/" + java.util.UUID.randomUUID(), null);
            case "GET /api/v1/partner-companies/{id}" ->
                    get(user, "/api/v1/partner-companies/" + registerCompany(partnerCompany("Matrix Oy")));
            default -> post(user, "/api/v1/journeys/" + journeyId + "/events", "{\"type\": \"PLACE_AVAILABLE\"}");
        };
        if (allowed) {
            // Allowed callers get past the group check; an event the journey does not wait for is a 409.
            assertThat(response.getStatusCode()).isIn(HttpStatus.CREATED, HttpStatus.OK, HttpStatus.CONFLICT,
                    HttpStatus.NOT_FOUND);
        } else {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getBody().get("detail").asText()).contains("needs membership");
        }
    }

    @Test
    void authorizationChecksHaveStatisticsOnThePermissionBits() {
        // V6: without them PostgreSQL plans the group filters' authorization join as a quadratic loop.
        assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = "
                + "'polku_authorization_permission_bits'", Long.class)).isOne();
    }

    @Test
    void connectionsPlanTheAuthorizationJoinsPerTask() {
        // The pool's connections: custom plans (V6's statistics apply) and index probes priced as on an SSD,
        // so the group filters' join stays linear in the open tasks (DataSourceConfiguration).
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
        assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
    }

    @Test
    void nothingAnswersWithoutAuthentication() {
        assertThat(post(null, "/api/v1/referrals", referral()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> status = get(null, "/api/v1/referrals/" + journeyId);
        assertThat(status.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(status.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(post(null, "/api/v1/journeys/" + journeyId + "/events", "{}").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(null, "/api/v1/partner-companies").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(null, "/api/v1/reports/indicators?from=2026-01-01&to=2026-12-31").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(call(null, HttpMethod.DELETE, "/api/v1/participants/" + java.util.UUID.randomUUID(), null)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post(null, "/api/v1/partner-companies", partnerCompany("Anonymous Oy")).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        HttpHeaders wrongPassword = new HttpHeaders();
        wrongPassword.setBasicAuth("mallory", "not-the-password");
        assertThat(http.exchange("/api/v1/referrals/" + journeyId, HttpMethod.GET, new HttpEntity<>(wrongPassword),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTaskIsVisibleAndWorkableOnlyForItsGroup() {
        String tasks = "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + journeyId;
        assertThat(engineRest("coordinator", HttpMethod.GET, tasks, null).getBody()).hasSize(1);
        for (String other : List.of("coach", "instructor", "counsellor", "employer", "lead", "integration")) {
            assertThat(engineRest(other, HttpMethod.GET, tasks, null).getBody()).as(other).isEmpty();
            ResponseEntity<JsonNode> complete = engineRest(other, HttpMethod.POST,
                    "/engine-rest/task/" + reviewTask.getId() + "/complete",
                    "{\"variables\": {\"reviewDecision\": {\"value\": \"ACCEPT\"}}}");
            assertThat(complete.getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
        }
        // Managers read the journey's tasks in Cockpit but cannot work them.
        assertThat(engineRest("manager", HttpMethod.GET, tasks, null).getBody()).hasSize(1);
        assertThat(engineRest("manager", HttpMethod.POST, "/engine-rest/task/" + reviewTask.getId() + "/claim",
                "{\"userId\": \"manager\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(engineRest("coordinator", HttpMethod.POST, "/engine-rest/task/" + reviewTask.getId() + "/claim",
                "{\"userId\": \"coordinator\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engineRest("coordinator", HttpMethod.POST, "/engine-rest/task/" + reviewTask.getId() + "/complete",
                "{\"variables\": {\"reviewDecision\": {\"value\": \"ACCEPT\"}}}").getStatusCode())
                .isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
        assertThat(awaitTask(journeyId, "Task_HoldSuitabilityInterview")).isNotNull();
    }

    @Test
    void everyTeamMemberSeesTheirOwnFiltersOnly() {
        assertThat(filterNames("coordinator")).containsExactlyInAnyOrder("My tasks", "Referral coordinators: open", "Overdue");
        assertThat(filterNames("coach")).containsExactlyInAnyOrder("My tasks", "Job coaches: open", "Overdue");
        assertThat(filterNames("lead")).containsExactlyInAnyOrder("My tasks", "Team leads: open", "Overdue");
        assertThat(filterNames("manager")).isEmpty();
        assertThat(filterNames("integration")).isEmpty();

        String openFilter = filterId("coordinator", "Referral coordinators: open");
        JsonNode count = engineRest("coordinator", HttpMethod.GET, "/engine-rest/filter/" + openFilter + "/count", null).getBody();
        assertThat(count.get("count").asInt()).isPositive();
        assertThat(engineRest("coach", HttpMethod.GET, "/engine-rest/filter/" + openFilter + "/count", null)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void managersReadAllJourneysButChangeNothing() {
        JsonNode instances = engineRest("manager", HttpMethod.GET,
                "/engine-rest/process-instance?maxResults=50&businessKey=" + journeyId, null).getBody();
        assertThat(instances).isNotEmpty();
        String instanceId = instances.get(0).get("id").asText();
        assertThat(engineRest("manager", HttpMethod.DELETE, "/engine-rest/process-instance/" + instanceId, null)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engineRest("manager", HttpMethod.POST, "/engine-rest/process-definition/key/participant-journey/start",
                "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engineRest("integration", HttpMethod.GET,
                "/engine-rest/process-instance?maxResults=50&businessKey=" + journeyId, null).getBody()).isEmpty();
    }

    @Test
    void webappsLetInOnlyTheRightGroups() {
        assertThat(webappLogin("coordinator", "tasklist").status()).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("manager", "cockpit").status()).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("lead", "cockpit").status()).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("admin", "admin").status()).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("manager", "tasklist").status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappLogin("coach", "cockpit").status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappLogin("integration", "tasklist").status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappLogin("integration", "cockpit").status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappLogin("integration", "admin").status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappLogin("integration", "welcome").status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappLogin("coach", "welcome").status()).isEqualTo(HttpStatus.OK);
    }

    private List<String> filterNames(String user) {
        List<String> names = new ArrayList<>();
        engineRest(user, HttpMethod.GET, "/engine-rest/filter?resourceType=Task&maxResults=50", null).getBody()
                .forEach(filter -> names.add(filter.get("name").asText()));
        return names;
    }

    private String filterId(String user, String name) {
        for (JsonNode filter : engineRest(user, HttpMethod.GET, "/engine-rest/filter?resourceType=Task&maxResults=50", null).getBody()) {
            if (filter.get("name").asText().equals(name)) {
                return filter.get("id").asText();
            }
        }
        throw new AssertionError("No filter " + name + " for " + user);
    }

    private ResponseEntity<JsonNode> engineRest(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
