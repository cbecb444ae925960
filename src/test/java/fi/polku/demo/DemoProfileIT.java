package fi.polku.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.journey.JourneyCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo profile on a fresh database: the first look at the Journeys page shows the whole
 * journey. A second application (the demo profile's users, places and seeding), so, like
 * {@code ProductionProfileIT}, it runs in a JVM of its own (failsafe execution "demo-profile"), with
 * its own engine name and database; the seeding also moves the engine's clock, which is JVM-wide.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "polku.db.embedded.data-directory=target/test-postgres-demo",
        "camunda.bpm.process-engine-name=demo",
        "polku.test.webhook-url=http://127.0.0.1:9",
        "logging.level.fi.polku.demo=debug"})
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class DemoProfileIT {

    private static final List<String> TEAM = List.of("referral-coordinators", "job-coaches", "social-instructors",
            "study-counsellors", "employer-coordinators", "team-leads", "social-workers", "work-activity-instructors");

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TaskService taskService;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private ManagementService managementService;
    @Autowired
    private DemoJourneys demoJourneys;
    @Autowired
    private DemoWorkActivityJourneys demoWorkActivityJourneys;

    private JsonNode dashboard() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("manager", "manager");
        ResponseEntity<JsonNode> response = http.exchange("/api/v1/dashboard/journeys", HttpMethod.GET,
                new HttpEntity<>(headers), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static Map<String, Long> figures(JsonNode object) {
        Map<String, Long> figures = new HashMap<>();
        object.fields().forEachRemaining(field -> figures.put(field.getKey(), field.getValue().asLong()));
        return figures;
    }

    @Test
    void theJourneysPageShowsTheWholeJourneyAtFirstStart() {
        JsonNode dashboard = dashboard();

        assertThat(figures(dashboard.get("participantsPerPhase"))).as("active participants in every phase")
                .containsOnlyKeys("REFERRAL", "INITIAL_ASSESSMENT", "WAGE_SUBSIDY_PERIOD", "TRAINEE_PLACEMENT",
                        "VOCATIONAL_PROFILE", "JOB_SEARCH", "IN_WORK_SUPPORT", "FOLLOW_UP")
                .allSatisfy((phase, count) -> assertThat(count).as(phase).isPositive());
        JsonNode averages = dashboard.get("averageDaysPerPhase");
        assertThat(averages.size()).isEqualTo(5);
        averages.fields().forEachRemaining(phase -> assertThat(phase.getValue().asDouble())
                .as("average days of " + phase.getKey()).isPositive());
        // a believable journey: the period takes months, the placement weeks
        assertThat(averages.get("WAGE_SUBSIDY_PERIOD").asDouble()).isGreaterThan(100);
        assertThat(averages.get("TRAINEE_PLACEMENT").asDouble()).isGreaterThan(30);

        JsonNode waitingList = dashboard.get("waitingList");
        assertThat(waitingList.get("length").asLong()).isPositive();
        assertThat(waitingList.get("oldestWaitDays").asLong()).as("waiting since the interview weeks ago").isGreaterThan(20);

        assertThat(figures(dashboard.get("overdueTasksPerGroup")).values().stream().mapToLong(Long::longValue).sum())
                .as("overdue tasks").isPositive();
        assertThat(dashboard.get("thisMonth").get("starts").asLong()).as("this month's starters").isPositive();
        assertThat(dashboard.get("thisMonth").get("leavers").asLong()).as("this month's leavers").isPositive();
        assertThat(figures(dashboard.get("incidentsPerProcess"))).as("incidents").allSatisfy((process, count) ->
                assertThat(count).as(process).isZero());
    }

    @Test
    void everyTeamHasOpenWorkAndTheStoriesEndedAsTold() {
        for (String group : TEAM) {
            assertThat(taskService.createTaskQuery().taskCandidateGroup(group).count()).as("open tasks of " + group)
                    .isPositive();
        }
        assertThat(jdbc.queryForObject("select count(*) from journey", Long.class))
                .isEqualTo(DemoJourneys.stories(LocalDate.now(JourneyCalendar.HELSINKI)).size()
                        + DemoWorkActivityJourneys.stories(LocalDate.now(JourneyCalendar.HELSINKI)).size());
        Map<String, Long> outcomes = new HashMap<>();
        jdbc.query("select coalesce(outcome, status), count(*) from journey group by 1",
                rs -> { outcomes.put(rs.getString(1), rs.getLong(2)); });
        assertThat(outcomes).containsEntry("COMPLETED", 2L).containsEntry("REFERRAL_DECLINED", 2L)
                .containsEntry("REFERRED_ELSEWHERE", 1L).containsEntry("SUBSIDY_NOT_GRANTED", 1L);
        // the running periods wait on their timers (the next check-in, the midpoint, the hand-over)
        assertThat(managementService.createJobQuery().processDefinitionKey("wage-subsidy-period").timers().count())
                .isGreaterThanOrEqualTo(3);
        assertThat(runtimeService.createEventSubscriptionQuery().eventName("ReferralInfoProvided").count())
                .as("a referral waits for the referrer's answer").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from indicator_record where left_on is not null", Long.class))
                .as("the two completed journeys and the two in follow-up that have had their exit review").isEqualTo(4);
        // nothing the seeding left behind was due when the job executor started, and nothing failed
        assertThat(managementService.createJobQuery().withException().count()).isZero();
        assertThat(managementService.createJobQuery().processDefinitionKey("participant-journey").executable().count()
                + managementService.createJobQuery().processDefinitionKey("wage-subsidy-period").executable().count())
                .isZero();
    }

    @Test
    void theWorkActivityJourneysStandInTheirPhasesWithTheirIpsFigures() {
        Map<String, String> phases = new HashMap<>();
        jdbc.query("select source_referral_id, phase from journey where journey_type = 'WORK_ACTIVITY'",
                rs -> { phases.put(rs.getString(1), rs.getString(2)); });
        assertThat(phases).containsEntry("WA-DEMO-1", "VOCATIONAL_PROFILE").containsEntry("WA-DEMO-2", "JOB_SEARCH")
                .containsEntry("WA-DEMO-3", "JOB_SEARCH").containsEntry("WA-DEMO-4", "IN_WORK_SUPPORT");
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_HoldInWorkCheckIn").count())
                .as("the first in-work check-in is due").isOne();

        LocalDate today = LocalDate.now(JourneyCalendar.HELSINKI);
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("manager", "manager");
        JsonNode ips = http.exchange("/api/v1/reports/ips-figures?from=" + today.minusDays(60) + "&to=" + today,
                HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class).getBody();
        Map<String, JsonNode> figures = new HashMap<>();
        ips.get("figures").forEach(figure -> figures.put(figure.get("id").asText(), figure));
        // WA-DEMO-3 and -4: first meeting ten days after the profile, first contact three days before it.
        assertThat(figures.get("days-to-first-employer-contact").get("value").asInt()).isEqualTo(7);
        assertThat(figures.get("employer-contact-within-30-days").get("value").asDouble()).isEqualTo(100.0);
        assertThat(figures.get("employer-contact-within-30-days").get("outOf").asInt()).isEqualTo(2);
        assertThat(figures.get("jobs-started").get("value").asInt()).isOne();
        assertThat(figures.get("hours-per-week").get("value").asInt()).isEqualTo(20);
    }

    @Test
    void seedingAgainCreatesNothing() throws Exception {
        long journeys = jdbc.queryForObject("select count(*) from journey", Long.class);
        long instances = runtimeService.createProcessInstanceQuery().count();
        long tasks = taskService.createTaskQuery().count();

        demoJourneys.run(null);
        demoWorkActivityJourneys.run(null);

        assertThat(jdbc.queryForObject("select count(*) from journey", Long.class)).isEqualTo(journeys);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(taskService.createTaskQuery().count()).isEqualTo(tasks);
    }
}
