package fi.polku.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on an embedded PostgreSQL, called over HTTP on loopback. All integration
 * test classes share this one configuration, so the application starts once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

    protected static final WebhookReceiver WEBHOOK = WebhookReceiver.start();
    /** The identity provider whose tokens the application accepts (beside HTTP Basic). */
    protected static final OidcProvider OIDC = OidcProvider.start();

    @DynamicPropertySource
    static void webhook(DynamicPropertyRegistry registry) {
        registry.add("polku.test.webhook-url", WEBHOOK::url);
        registry.add("polku.security.oidc.issuer-uri", OIDC::issuer);
    }

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected ObjectMapper objectMapper;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected RuntimeService runtimeService;
    @Autowired
    protected TaskService taskService;
    @Autowired
    protected IdentityService identityService;
    @Autowired
    protected org.camunda.bpm.engine.ManagementService managementService;
    @Autowired
    protected org.camunda.bpm.engine.HistoryService historyService;

    /** A webapp login's answer and the cookies of the session it opened. */
    protected record WebappSession(org.springframework.http.HttpStatus status, String cookies) {
    }

    /** Logs in to a webapp as its login page does: CSRF token from a first request, then the form post. */
    protected WebappSession webappLogin(String user, String app) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/", String.class);
        java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();
        page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).forEach(cookie -> {
            String[] pair = cookie.split(";", 2)[0].split("=", 2);
            cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set(HttpHeaders.COOKIE, cookieHeader(cookies));
        if (cookies.containsKey("XSRF-TOKEN")) {
            headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        org.springframework.util.MultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>(
                Map.of("username", List.of(user), "password", List.of(user)));
        ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
        // The login may start a new session: its cookie replaces the first.
        login.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).forEach(cookie -> {
            String[] pair = cookie.split(";", 2)[0].split("=", 2);
            cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
        });
        return new WebappSession(org.springframework.http.HttpStatus.valueOf(login.getStatusCode().value()),
                cookieHeader(cookies));
    }

    /**
     * A request to the webapps' own APIs with the session, as the webapps send it: with the
     * session's CSRF token, which a read asks for with {@code X-XSRF-TOKEN: Fetch}.
     */
    protected ResponseEntity<JsonNode> webappRequest(WebappSession session, HttpMethod method, String path, String body) {
        return webappRequest(session, method, path, body, "en-GB,en;q=0.9");
    }

    /** A webapp request from a browser whose language is {@code acceptLanguage}. */
    protected ResponseEntity<JsonNode> webappRequest(WebappSession session, HttpMethod method, String path, String body,
            String acceptLanguage) {
        // The webapps create a session's token at its first read and answer it only then.
        String token = csrfTokens.computeIfAbsent(session.cookies(), cookies -> {
            HttpHeaders fetch = new HttpHeaders();
            fetch.set(HttpHeaders.COOKIE, cookies);
            fetch.set("X-XSRF-TOKEN", "Fetch");
            return http.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(fetch),
                    String.class).getHeaders().getFirst("X-XSRF-TOKEN");
        });
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, session.cookies());
        headers.set("X-XSRF-TOKEN", token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private final Map<String, String> csrfTokens = new java.util.concurrent.ConcurrentHashMap<>();

    private static String cookieHeader(java.util.Map<String, String> cookies) {
        return cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** A valid referral as in the contract, with a fresh source referral id and person. */
    protected ObjectNode referral() {
        try {
            ObjectNode referral = (ObjectNode) objectMapper.readTree(getClass().getResourceAsStream("/referral.json"));
            String unique = UUID.randomUUID().toString().substring(0, 8);
            ((ObjectNode) referral.get("source")).put("referralId", "HES-" + unique);
            ((ObjectNode) referral.get("participant")).put("lastName", "Virtanen-" + unique);
            return referral;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A social worker's referral to the work-activity journey: the referral contract's participant
     * (a fresh person), a Pakila work centre plan from last month to a year ahead, three days a week.
     */
    protected ObjectNode workActivityReferral() {
        ObjectNode referral = referral();
        referral.remove("source");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ObjectNode source = referral.putObject("source").put("organisation", "Helsinki adult social work, North")
                .put("referralId", "ASW-" + unique);
        source.putObject("referrer").put("name", "Satu Sorsa").put("email", "satu.sorsa@example.org")
                .put("phone", "+358401234999");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
        referral.putObject("workActivity").put("workCentre", "PAKILA_WORK_CENTRE")
                .put("planStartsOn", today.minusMonths(1).toString()).put("planEndsOn", today.plusMonths(11).toString())
                .put("daysPerWeek", 3);
        referral.put("reason", "Two years in rehabilitative work activity; ready to look for paid work.");
        return referral;
    }

    /** A partner company as employer coordinators register it, with a fresh valid business ID. */
    protected ObjectNode partnerCompany(String name, String... skills) {
        ObjectNode company = objectMapper.createObjectNode().put("name", name).put("businessId", freshBusinessId())
                .put("organisationType", "COMPANY").put("contactPerson", "Kalle Koodari")
                .put("email", "kalle@koodipaja.example").put("phone", "+358401110001")
                .put("recruitmentNeeds", "Junior developers for web projects");
        java.util.Arrays.stream(skills).forEach(company.putArray("skills")::add);
        return company;
    }

    /** Registers the company as the employer coordinator and returns its id. */
    protected String registerCompany(ObjectNode company) {
        ResponseEntity<JsonNode> response = post("employer", "/api/v1/partner-companies", company);
        if (response.getStatusCode() != org.springframework.http.HttpStatus.CREATED) {
            throw new AssertionError("Company refused: " + response.getBody());
        }
        return response.getBody().get("id").asText();
    }

    /** A random business ID with a valid check digit (weights 7, 9, 10, 5, 8, 4, 2; remainder 1 is never issued). */
    protected static String freshBusinessId() {
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        java.util.Random random = new java.util.Random();
        while (true) {
            String digits = String.format("%07d", random.nextInt(10_000_000));
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            if (sum % 11 != 1) {
                return digits + "-" + (sum % 11 == 0 ? 0 : 11 - sum % 11);
            }
        }
    }

    /**
     * A valid Helsinki supplement application as the employer e-service sends it, with a fresh
     * employer application id and business ID, no journey id, a six-month period from the start.
     */
    protected ObjectNode supplementApplication() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = LocalDate.now().minusMonths(1).withDayOfMonth(1);
        ObjectNode application = objectMapper.createObjectNode().put("employerApplicationId", "EES-" + unique)
                .put("language", "fi");
        application.putObject("employer").put("businessId", freshBusinessId()).put("name", "Koodipaja Oy")
                .put("organisationType", "COMPANY").put("contactPerson", "Kalle Koodari")
                .put("email", "kalle@koodipaja.example").put("phone", "+358401110001").put("iban", "FI4950009420028730");
        application.putObject("deMinimis").put("currentYearEur", 0).put("previousYearEur", 12000.5)
                .put("yearBeforeEur", 0);
        application.putObject("employee").put("firstName", "Aino").put("lastName", "Työntekijä-" + unique)
                .put("birthDate", "1998-04-12").put("homeMunicipality", "Helsinki");
        application.putObject("employment").put("startDate", start.toString()).put("hoursPerWeek", 37.5)
                .put("monthlyPayEur", 2800).put("collectiveAgreement", "ICT-alan työehtosopimus")
                .put("jobTitle", "Junior developer").put("paySubsidised", false);
        application.putObject("period").put("startDate", start.toString())
                .put("endDate", start.plusMonths(6).minusDays(1).toString());
        return application;
    }

    protected ObjectNode participant(ObjectNode referral) {
        return (ObjectNode) referral.get("participant");
    }

    protected ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
        return call(user, method, path, body, null);
    }

    /** An API call from a client whose language is {@code acceptLanguage} (null: none said). */
    protected ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body, String acceptLanguage) {
        HttpHeaders headers = new HttpHeaders();
        if (acceptLanguage != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (user != null) {
            authenticate(headers, user);
        }
        String json = body == null ? null : body instanceof String text ? text : body.toString();
        return http.exchange(path, method, new HttpEntity<>(json, headers), JsonNode.class);
    }

    /** How the API calls of the tests present the test user (whose password is their name): HTTP Basic. */
    protected void authenticate(HttpHeaders headers, String user) {
        headers.setBasicAuth(user, user);
    }

    /** The text as a JSON string literal (quotes and escapes), to embed in a hand-written body. */
    protected String quoted(String text) {
        try {
            return objectMapper.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return call(user, HttpMethod.POST, path, body);
    }

    protected ResponseEntity<JsonNode> get(String user, String path) {
        return call(user, HttpMethod.GET, path, null);
    }

    /** Creates a referral as the integration user and returns its journey id. */
    protected String createJourney(ObjectNode referral) {
        ResponseEntity<JsonNode> response = post("integration", "/api/v1/referrals", referral);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("Referral refused: " + response.getBody());
        }
        return response.getBody().get("journeyId").asText();
    }

    /** Claims and completes the task as the user, with the engine's authorization checks on. */
    protected void work(String user, String group, Task task, Map<String, Object> variables) {
        identityService.setAuthentication(user, List.of(group));
        try {
            taskService.claim(task.getId(), user);
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * Frees the test profile's one wage-subsidy place, so every test starts with it free. First the
     * asynchronous steps earlier tests left behind run (a test class that ends right after its
     * interviews leaves their "Reserve a place" jobs due): run after the freeing, one of them would
     * take the place and put this test's journey on the waiting list.
     */
    protected void freeAllPlaces() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> managementService.createJobQuery().messages().executable().active().count() == 0);
        jdbc.update("update place_reservation set released_at = now() where released_at is null");
        jdbc.update("update waiting_list_entry set left_at = now() where left_at is null");
    }

    /** A journey whose referral was accepted after a suitability interview: it stands at the assessment. */
    protected String journeyInAssessment() {
        return journeyInAssessment(referral());
    }

    protected String journeyInAssessment(ObjectNode referral) {
        String journeyId = createJourney(referral);
        work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldSuitabilityInterview"),
                Map.of("interviewOutcome", "SUITABLE", "interviewDate", "2026-11-20", "motivation", 4,
                        "preferredWorkTeam", "SOFTWARE"));
        awaitTask(journeyId, "Task_DiscussPathwayStudies");
        return journeyId;
    }

    /** The four professionals record the initial assessment. */
    protected void assess(String journeyId, int wellbeing, String supportNeedLevel) {
        work("instructor", "social-instructors", awaitTask(journeyId, "Task_ReviewServiceNeed"),
                Map.of("crearStudies", 3, "crearTimeUse", 4, "crearWellbeing", wellbeing, "crearCareerPlanning", 3,
                        "crearEmployment", 2, "supportNeedLevel", supportNeedLevel,
                        "supportNeeds", List.of("HOUSING", "FINANCES"), "serviceNeedNote", "Lives with a friend for now"));
        work("instructor", "social-instructors", awaitTask(journeyId, "Task_RecordWorkAbility"),
                Map.of("workAbilityScore", 6));
        work("coach", "job-coaches", awaitTask(journeyId, "Task_RunDigitalSkillsTest"), Map.of("digitalSkillsScore", 82));
        work("counsellor", "study-counsellors", awaitTask(journeyId, "Task_DiscussPathwayStudies"),
                Map.of("pathwayInterest", "PATHWAY_STUDIES", "priorCredits", 20));
    }

    /** A journey whose case conference agreed wage-subsidy work: it waits for the decision. */
    protected String journeyAtDecision() {
        return journeyAtDecision(referral());
    }

    protected String journeyAtDecision(ObjectNode referral) {
        String journeyId = journeyInAssessment(referral);
        assess(journeyId, 4, "NONE");
        work("lead", "team-leads", awaitTask(journeyId, "Task_HoldCaseConference"), Map.of("track", "WAGE_SUBSIDY_WORK",
                "goal1", "Work in games", "studyPlan", "Development and Operations", "guidanceAgreement", "Weekly"));
        awaitTask(journeyId, "Task_RecordWageSubsidyDecision");
        return journeyId;
    }

    /** Fires a phase's waiting timer now, as an administrator would through the engine API. */
    protected void fireTimer(String journeyId, String processKey, String activityId) {
        String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(journeyId).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
                .activityId(activityId).singleResult().getId());
    }

    /**
     * From a running wage-subsidy period to the trainee placement: the midpoint review held (the
     * participant ready for a placement), the hand-over timer fired; returns once the match task waits.
     */
    protected void midpointReviewAndHandOver(String journeyId, LocalDate periodStart) {
        fireTimer(journeyId, "wage-subsidy-period", "Timer_Midpoint");
        work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldMidpointReview"), Map.of("meetingDate",
                periodStart.plusMonths(4).toString(), "crearStudies", 4, "crearTimeUse", 4, "crearWellbeing", 4,
                "crearCareerPlanning", 4, "crearEmployment", 3, "workAbilityScore", 8, "commitment",
                "ACTIVELY_SEEKING_WORK", "traineeReadiness", "READY"));
        fireTimer(journeyId, "wage-subsidy-period", "Timer_TraineeHandOver");
        awaitTask(journeyId, "Task_MatchWithPartnerCompany");
    }

    /** The history cleanup job, a standalone job of no process: created when the engine has none yet. */
    protected org.camunda.bpm.engine.runtime.Job historyCleanupJob() {
        List<org.camunda.bpm.engine.runtime.Job> jobs = historyService.findHistoryCleanupJobs();
        if (jobs.isEmpty()) {
            historyService.cleanUpHistoryAsync(false);
            jobs = historyService.findHistoryCleanupJobs();
        }
        return jobs.get(0);
    }

    /** Waits (the job executor runs the asynchronous steps) for the journey's open task. */
    protected Task awaitTask(String journeyId, String taskDefinitionKey) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(
                () -> taskService.createTaskQuery().processInstanceBusinessKey(journeyId)
                        .taskDefinitionKey(taskDefinitionKey).singleResult(),
                task -> task != null);
    }

    /** Waits until one of the journey's executions stands at the activity (e.g. a receive task). */
    protected void awaitActivity(String journeyId, String activityId) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> runtimeService
                .createExecutionQuery().processInstanceBusinessKey(journeyId).activityId(activityId).count() > 0);
    }

    protected JsonNode status(String journeyId) {
        return get("integration", "/api/v1/referrals/" + journeyId).getBody();
    }

    protected void awaitStatus(String journeyId, String field, String expected) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> expected.equals(status(journeyId).path(field).asText(null)));
    }
}
