package fi.polku.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.engine.EngineStatistics;
import fi.polku.security.Role;
import fi.polku.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/** The data of Cockpit's Journeys page: who may read it, how, and that its figures are the report's. */
class JourneyDashboardIT extends IntegrationTest {

    @Autowired
    TransactionTemplate transactionTemplate;

    @Autowired
    JourneyDashboard dashboard;

    private static final String DASHBOARD = "/api/v1/dashboard/journeys";

    private ResponseEntity<JsonNode> withSession(String cookies, HttpMethod method, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, cookies);
        return http.exchange(path, method, new HttpEntity<>(headers), JsonNode.class);
    }

    @Test
    void theResultsAreTheIndicatorReportsOwnFigures() {
        String period = "?from=2026-01-01&to=2028-12-31";
        JsonNode dashboard = get("manager", DASHBOARD + period).getBody();
        JsonNode report = get("manager", "/api/v1/reports/indicators" + period).getBody();
        assertThat(dashboard.get("results")).isEqualTo(report);

        JsonNode month = dashboard.get("thisMonth");
        JsonNode monthReport = get("manager", "/api/v1/reports/indicators?from=" + month.get("from").asText() + "&to="
                + month.get("to").asText()).getBody();
        assertThat(month.get("starts").asLong()).isEqualTo(total(monthReport, "participants"));
        assertThat(month.get("leavers").asLong()).isEqualTo(total(monthReport, "leavers"));
    }

    @Test
    void participantsPerPhaseCountTheActiveJourneysAndTheWaitingListIsShown() {
        freeAllPlaces();
        long before = get("lead", DASHBOARD).getBody().get("participantsPerPhase").get("INITIAL_ASSESSMENT").asLong();
        journeyInAssessment();
        JsonNode dashboard = get("lead", DASHBOARD).getBody();
        assertThat(dashboard.get("participantsPerPhase").get("INITIAL_ASSESSMENT").asLong()).isEqualTo(before + 1);
        assertThat(dashboard.get("participantsPerPhase").fieldNames()).toIterable().containsExactly("REFERRAL",
                "INITIAL_ASSESSMENT", "WAGE_SUBSIDY_PERIOD", "TRAINEE_PLACEMENT", "VOCATIONAL_PROFILE", "JOB_SEARCH",
                "IN_WORK_SUPPORT", "FOLLOW_UP");
        assertThat(dashboard.get("overdueTasksPerGroup").has("job-coaches")).isTrue();
        assertThat(dashboard.get("waitingList").get("length").asLong())
                .isEqualTo(jdbc.queryForObject("select count(*) from waiting_list_entry where left_at is null", Long.class));
        assertThat(dashboard.get("incidentsPerProcess").has("participant-journey")).isTrue();
        assertThat(dashboard.get("averageDaysPerPhase").has("REFERRAL")).isTrue();
    }

    @Test
    void overdueTasksPerGroupAreWhatTheEnginesTaskQueryCounts() {
        freeAllPlaces();
        String journeyId = journeyInAssessment();
        awaitActivity(journeyId, "Task_RunDigitalSkillsTest");
        // Some of its open tasks fall overdue: one left unclaimed, one claimed (claimed ones count too).
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(journeyId).list();
        assertThat(open).hasSizeGreaterThanOrEqualTo(2);
        for (Task task : open.subList(0, 2)) {
            task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(3))));
            taskService.saveTask(task);
        }
        taskService.claim(open.get(0).getId(), "admin");

        Map<String, Long> overdue = dashboard.overdueTasksPerGroup();

        assertThat(overdue.keySet()).containsExactlyElementsOf(Role.team().stream().map(Role::groupId).toList());
        assertThat(overdue.values().stream().mapToLong(Long::longValue).sum()).isPositive();
        overdue.forEach((group, count) -> assertThat(count).as(group).isEqualTo(taskService.createTaskQuery()
                .taskCandidateGroup(group).includeAssignedTasks().dueBefore(new Date()).count()));
    }

    /** The plan PostgreSQL makes for the query when an index can serve it at all. */
    private String planWithIndexes(String sql) {
        return transactionTemplate.execute(tx -> {
            jdbc.execute("set local enable_seqscan = off");
            return String.join("\n", jdbc.queryForList("explain " + sql, String.class));
        });
    }

    @Test
    void theDashboardsCountsAreReadFromTheirOwnIndexes() {
        // A partial index must match the query's conditions, or the dashboard reads the whole history (V7, V10).
        assertThat(planWithIndexes(EngineStatistics.CALL_ACTIVITY_DURATIONS.replace("?", "'participant-journey'"))).contains("polku_phase_durations_idx");
        assertThat(planWithIndexes(JourneyDashboard.ACTIVE_PER_PHASE)).contains("journey_active_phase_idx");
        // Filtered by journey type: the same partial index finds the active journeys.
        assertThat(planWithIndexes(JourneyDashboard.ACTIVE_OF_TYPE_PER_PHASE.replace("?", "'WORK_ACTIVITY'")))
                .contains("journey_active_phase_idx");
        assertThat(planWithIndexes(JourneyDashboard.JOURNEY_NOTIFICATIONS.replace("?", "'" + java.util.UUID.randomUUID() + "'")))
                .contains("outbox_message_journey_idx");
        // Cockpit's process-definition statistics count the running instances per definition this way (V9).
        assertThat(planWithIndexes("""
                select proc_def_id_, count(proc_inst_id_) from act_ru_execution
                where parent_id_ is null and tenant_id_ is null group by proc_def_id_"""))
                .contains("polku_process_instances_by_definition_idx");
    }

    @Test
    void oneJourneyShowsItsPhasesTasksAndNotificationsWithoutPersonalData() {
        freeAllPlaces();
        String journeyId = journeyInAssessment();
        awaitActivity(journeyId, "Task_RunDigitalSkillsTest");
        JsonNode journey = get("manager", DASHBOARD + "/" + journeyId).getBody();

        assertThat(journey.get("displayName").asText()).startsWith("Aino Virtanen-");
        assertThat(journey.get("phases")).extracting(phase -> phase.get("phase").asText())
                .containsExactly("REFERRAL", "INITIAL_ASSESSMENT");
        assertThat(journey.get("phases").get(0).get("endedAt").isNull()).isFalse();
        assertThat(journey.get("openTasks")).extracting(task -> task.get("name").asText())
                .contains("Run digital skills test", "Discuss pathway studies");
        assertThat(journey.get("openTasks").get(0).has("due")).isTrue();
        assertThat(journey.get("completedTasks")).anySatisfy(task -> {
            assertThat(task.get("name").asText()).isEqualTo("Hold suitability interview");
            assertThat(task.get("completedBy").asText()).isEqualTo("coach");
        });
        assertThat(journey.get("notifications")).extracting(n -> n.get("type").asText()).contains("REFERRAL_ACCEPTED");
        // Beyond the display name, nothing personal: no birth date, e-mail or phone of the participant or referrer.
        assertThat(journey.toString()).doesNotContain("1998-04-12", "aino.virtanen@example.org", "+358401112223",
                "maija.ohjaaja@example.org");

        assertThat(get("manager", DASHBOARD + "/" + java.util.UUID.randomUUID()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(journey.path("supplementApplications").isArray()).as("managers do not get them").isFalse();
    }

    @Test
    void oneJourneyShowsTheEmployersSupplementApplicationsAndTheirStateWithoutThePayOrTheAccount() {
        freeAllPlaces();
        String journeyId = journeyInAssessment();
        jdbc.update("update journey set placement_status = 'HIRED' where id = ?::uuid", journeyId);
        com.fasterxml.jackson.databind.node.ObjectNode application = supplementApplication();
        ((com.fasterxml.jackson.databind.node.ObjectNode) application.get("employee")).put("journeyId", journeyId);
        ((com.fasterxml.jackson.databind.node.ObjectNode) application.get("employment")).put("monthlyPayEur", 2876.45);
        String applicationId = post("integration", "/api/v1/supplement-applications", application).getBody()
                .get("applicationId").asText();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test"));
        jdbc.update("update supplement_application set status = 'ACCEPTED', decided_at = now(), decision_total_eur = 8629.35,"
                + " case_number = 'HEL 2027-000123' where id = ?::uuid", applicationId);

        JsonNode journey = get("lead", DASHBOARD + "/" + journeyId).getBody();
        assertThat(journey.get("supplementApplications")).hasSize(1);
        JsonNode shown = journey.get("supplementApplications").get(0);
        assertThat(shown.get("applicationId").asText()).isEqualTo(applicationId);
        assertThat(shown.get("employer").asText()).isEqualTo("Koodipaja Oy");
        assertThat(shown.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(shown.get("amountDecidedEur").decimalValue()).isEqualByComparingTo("8629.35");
        assertThat(shown.get("caseNumber").asText()).isEqualTo("HEL 2027-000123");
        assertThat(shown.get("receivedAt").isNull()).isFalse();
        assertThat(shown.get("decidedAt").isNull()).isFalse();
        assertThat(journey.toString()).doesNotContain("FI4950009420028730", "2876.45", "1998-04-12");
        // Managers follow the journey without the employer's aid (as in the case file), and the log says who read it.
        JsonNode managers = get("manager", DASHBOARD + "/" + journeyId).getBody();
        assertThat(managers.path("supplementApplications").isArray()).isFalse();
        assertThat(jdbc.queryForList("select viewed_by || ' ' || part from access_log where journey_id = ?::uuid",
                String.class, journeyId)).contains("lead dashboard,supplement", "manager dashboard");
    }

    @Test
    void onlyManagersTeamLeadsAndAdministratorsReadItWithBasicOrTheirCockpitSession() {
        for (String user : List.of("coordinator", "coach", "instructor", "counsellor", "employer", "integration")) {
            assertThat(get(user, DASHBOARD).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(get(null, DASHBOARD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("admin", DASHBOARD).getStatusCode()).isEqualTo(HttpStatus.OK);

        WebappSession manager = webappLogin("manager", "cockpit");
        assertThat(manager.status()).isEqualTo(HttpStatus.OK);
        assertThat(withSession(manager.cookies(), HttpMethod.GET, DASHBOARD).getStatusCode()).isEqualTo(HttpStatus.OK);
        // The session opens only the dashboard's reads: not writes, not the rest of the API.
        assertThat(withSession(manager.cookies(), HttpMethod.GET, "/api/v1/reports/indicators?from=2026-01-01&to=2026-12-31")
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(withSession(manager.cookies(), HttpMethod.POST, DASHBOARD).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        WebappSession coach = webappLogin("coach", "tasklist");
        assertThat(coach.status()).isEqualTo(HttpStatus.OK);
        assertThat(withSession(coach.cookies(), HttpMethod.GET, DASHBOARD).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(withSession("JSESSIONID=forged", HttpMethod.GET, DASHBOARD).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("manager", DASHBOARD + "?from=2026-13-01").getBody().get("errors").get(0).get("field").asText())
                .isEqualTo("from");
    }

    private static long total(JsonNode report, String indicator) {
        for (JsonNode figure : report.get("indicators")) {
            if (figure.get("id").asText().equals(indicator)) {
                return figure.get("total").asLong();
            }
        }
        throw new AssertionError("No figure " + indicator);
    }
}
