package fi.polku.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.apache.catalina.Context;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Camunda's security instructions, applied: cookies, CSRF, session timeout, query limits, no Java
 * serialization, no scripts from anyone but administrators, security headers. The production
 * profile's part (secure cookies, HSTS, no API description) is {@link ProductionProfileIT}.
 */
class SecurityHardeningIT extends IntegrationTest {

    @Autowired
    private ServletWebServerApplicationContext webServerContext;
    @Autowired
    private RepositoryService repositoryService;

    @Test
    void sessionAndCsrfCookiesAreHttpOnlyAndSameSiteStrict() {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/", String.class);
        String session = setCookie(page, "JSESSIONID");
        assertThat(session).contains("HttpOnly");
        assertThat(sameSite(session)).isEqualTo("Strict");
        String csrf = setCookie(page, "XSRF-TOKEN");
        assertThat(sameSite(csrf)).isEqualTo("Strict");
        // The test profile runs plain http: no Secure (ProductionProfileIT sees it on).
        assertThat(session).doesNotContainIgnoringCase("secure");
        assertThat(csrf).doesNotContainIgnoringCase("secure");

        // A session the webapps' API opens (not an app page) gets the same cookie.
        ResponseEntity<String> api = http.getForEntity("/camunda/api/engine/engine/default/task/count", String.class);
        String apiSession = setCookie(api, "JSESSIONID");
        assertThat(apiSession).contains("HttpOnly");
        assertThat(sameSite(apiSession)).isEqualTo("Strict");
    }

    @Test
    void aWebappWriteWithoutTheCsrfTokenIsRefused() {
        Task review = awaitTask(createJourney(needingReview()), "Task_ReviewReferral");
        WebappSession session = webappLogin("coordinator", "tasklist");
        String claim = "/camunda/api/engine/engine/default/task/" + review.getId() + "/claim";

        assertThat(webappPost(session, claim, true).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        taskService.setAssignee(review.getId(), null);

        ResponseEntity<String> forged = webappPost(session, claim, false);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forged.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void aWebappSessionEndsAfterThirtyMinutesIdle() throws IOException {
        String sessionId = cookies(webappLogin("coordinator", "tasklist")).get("JSESSIONID");
        Context context = (Context) ((TomcatWebServer) webServerContext.getWebServer()).getTomcat().getHost()
                .findChildren()[0];
        assertThat(context.getSessionTimeout()).isEqualTo(30);
        assertThat(context.getManager().findSession(sessionId).getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void engineQueriesAnswerAtMost2000Results() {
        assertThat(call("admin", HttpMethod.GET, "/engine-rest/task?maxResults=2000", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertRefused(call("admin", HttpMethod.GET, "/engine-rest/task?maxResults=2001", null),
                "Max results limit of 2000 exceeded");
        assertRefused(call("admin", HttpMethod.POST, "/engine-rest/task?maxResults=2001", "{}"),
                "Max results limit of 2000 exceeded");
        // A list without paging could be any length: refused for every user.
        assertRefused(call("admin", HttpMethod.GET, "/engine-rest/history/variable-instance", null),
                "An unbound number of results is forbidden");
        assertRefused(call("coordinator", HttpMethod.GET, "/engine-rest/task", null),
                "An unbound number of results is forbidden");
    }

    private static void assertRefused(ResponseEntity<JsonNode> response, String message) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("message").asText()).contains(message);
    }

    @Test
    void javaSerializedVariablesAreRefusedEvenForAdministrators() throws IOException {
        Task review = awaitTask(createJourney(needingReview()), "Task_ReviewReferral");
        String instance = "/engine-rest/process-instance/" + review.getProcessInstanceId();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject("smuggled");
        }
        String serialized = "{\"type\": \"Object\", \"value\": \"" + Base64.getEncoder().encodeToString(bytes.toByteArray())
                + "\", \"valueInfo\": {\"objectTypeName\": \"java.lang.String\", "
                + "\"serializationDataFormat\": \"application/x-java-serialized-object\"}}";

        for (ResponseEntity<JsonNode> attempt : List.of(
                call("admin", HttpMethod.POST, instance + "/variables", "{\"modifications\": {\"smuggled\": " + serialized + "}}"),
                call("admin", HttpMethod.PUT, instance + "/variables/smuggled", serialized),
                call("admin", HttpMethod.POST, "/engine-rest/task/" + review.getId() + "/variables",
                        "{\"modifications\": {\"smuggled\": " + serialized + "}}"))) {
            // Refused before the engine (which would answer its own refusal with a server error), naming the variable.
            assertThat(attempt.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(attempt.getBody().get("message").asText())
                    .isEqualTo("Field 'smuggled' must be serialized as application/json");
        }
        assertThat(runtimeService.getVariables(review.getProcessInstanceId())).doesNotContainKey("smuggled");
        assertThat(taskService.getVariablesLocal(review.getId())).doesNotContainKey("smuggled");
    }

    @Test
    void onlyAdministratorsDeployModelsAndNoScriptLanguageButExpressionsIsInstalled() {
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="polku-test">
                  <process id="script-probe" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="Start" />
                    <sequenceFlow id="Flow1" sourceRef="Start" targetRef="Script" />
                    <scriptTask id="Script" scriptFormat="javascript"><script>1 + 1</script></scriptTask>
                    <sequenceFlow id="Flow2" sourceRef="Script" targetRef="End" />
                    <endEvent id="End" />
                  </process>
                </definitions>
                """;
        for (Role role : Role.values()) {
            if (role != Role.ADMINS) {
                String user = userOf(role);
                ResponseEntity<JsonNode> refused = deploy(user, model);
                assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(refused.getBody().get("message").asText()).contains("Only an administrator may POST deployment/create");
            }
        }
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("script-probe").count()).isZero();

        // Not even an administrator's script runs: Java 17 brings no JavaScript, and Polku adds no script engine.
        ResponseEntity<JsonNode> deployed = deploy("admin", model);
        assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
        try {
            ResponseEntity<JsonNode> started = call("admin", HttpMethod.POST,
                    "/engine-rest/process-definition/key/script-probe/start", "{}");
            assertThat(started.getStatusCode().is2xxSuccessful()).isFalse();
            assertThat(started.getBody().get("message").asText()).contains("javascript");
        } finally {
            repositoryService.deleteDeployment(deployed.getBody().get("id").asText(), true);
        }
        // The expression languages the models use (FEEL in the decisions, JUEL in the flows), nothing else.
        assertThat(new ScriptEngineManager().getEngineFactories()).extracting(ScriptEngineFactory::getLanguageName)
                .containsExactlyInAnyOrder("feel", "feel-unary-tests", "JSP 2.1 EL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void webappPagesSendCamundasSecurityHeaders(String app) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        HttpHeaders headers = page.getHeaders();
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-XSS-Protection")).isEqualTo("1; mode=block");
        assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'self'", "script-src 'nonce-",
                "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'");
        // Plain http in the tests: HSTS is the production profile's.
        assertThat(headers.containsKey("Strict-Transport-Security")).isFalse();
    }

    @Test
    void apiAnswersAreNeverStoredNorSniffed() {
        String journeyId = createJourney(needingReview());
        Task review = awaitTask(journeyId, "Task_ReviewReferral");
        WebappSession session = webappLogin("coordinator", "tasklist");
        HttpHeaders sessionHeaders = new HttpHeaders();
        sessionHeaders.set(HttpHeaders.COOKIE, session.cookies());

        Map<String, ResponseEntity<?>> answers = Map.of(
                "integration API", get("integration", "/api/v1/referrals/" + journeyId),
                "integration API, unauthenticated", get(null, "/api/v1/referrals/" + journeyId),
                // Engine REST marks its reads "no-cache" (stored, revalidated): not enough for personal data.
                "engine REST", call("coordinator", HttpMethod.GET, "/engine-rest/task/" + review.getId() + "/variables", null),
                "webapp API", http.exchange("/camunda/api/engine/engine/default/task/" + review.getId() + "/form-variables",
                        HttpMethod.GET, new HttpEntity<>(sessionHeaders), String.class));
        answers.forEach((name, answer) -> {
            assertThat(answer.getStatusCode().value()).as(name).isIn(200, 401);
            assertThat(answer.getHeaders().get(HttpHeaders.CACHE_CONTROL)).as(name).containsExactly("no-store");
            assertThat(answer.getHeaders().get("X-Content-Type-Options")).as(name).containsExactly("nosniff");
        });
    }

    // ---------------------------------------------------------------- helpers

    private ObjectNode needingReview() {
        ObjectNode referral = referral();
        participant(referral).put("ictBackground", "NONE");
        return referral;
    }

    private static String userOf(Role role) {
        return switch (role) {
            case REFERRAL_COORDINATORS -> "coordinator";
            case JOB_COACHES -> "coach";
            case SOCIAL_INSTRUCTORS -> "instructor";
            case STUDY_COUNSELLORS -> "counsellor";
            case EMPLOYER_COORDINATORS -> "employer";
            case TEAM_LEADS -> "lead";
            case SOCIAL_WORKERS -> "socialworker";
            case WORK_ACTIVITY_INSTRUCTORS -> "wainstructor";
            case SUPPLEMENT_HANDLERS -> "handler";
            case MANAGERS -> "manager";
            case INTEGRATIONS -> "integration";
            case ADMINS -> "admin";
        };
    }

    static String setCookie(ResponseEntity<?> response, String name) {
        return response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
                .filter(cookie -> cookie.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("No cookie " + name + " in " + response.getHeaders()));
    }

    /** The SameSite attribute, which must be there once. */
    static String sameSite(String setCookie) {
        List<String> values = java.util.Arrays.stream(setCookie.split(";")).map(String::trim)
                .filter(attribute -> attribute.regionMatches(true, 0, "SameSite=", 0, 9))
                .map(attribute -> attribute.substring(9)).toList();
        assertThat(values).as(setCookie).hasSize(1);
        return values.get(0);
    }

    private static Map<String, String> cookies(WebappSession session) {
        return java.util.Arrays.stream(session.cookies().split(";\\s*")).map(c -> c.split("=", 2))
                .collect(Collectors.toMap(c -> c[0], c -> c.length > 1 ? c[1] : ""));
    }

    private ResponseEntity<String> webappPost(WebappSession session, String path, boolean withToken) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, session.cookies());
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (withToken) {
            // As the webapps do: a read asks for the session's token ("Fetch") and gets it in the same header.
            HttpHeaders fetch = new HttpHeaders();
            fetch.set(HttpHeaders.COOKIE, session.cookies());
            fetch.set("X-XSRF-TOKEN", "Fetch");
            String token = http.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(fetch),
                    String.class).getHeaders().getFirst("X-XSRF-TOKEN");
            assertThat(token).isNotBlank();
            headers.set("X-XSRF-TOKEN", token);
        }
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>("{\"userId\": \"coordinator\"}", headers), String.class);
    }


    private ResponseEntity<JsonNode> deploy(String user, String bpmn) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "script-probe");
        parts.add("data", new ByteArrayResource(bpmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "script-probe.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(parts, headers),
                JsonNode.class);
    }
}
