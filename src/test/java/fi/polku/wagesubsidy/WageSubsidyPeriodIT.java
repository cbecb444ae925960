package fi.polku.wagesubsidy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.journey.JourneyCalendar;
import fi.polku.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The wage-subsidy period on PostgreSQL, driven through the events API and the task API. */
class WageSubsidyPeriodIT extends IntegrationTest {

    private static final LocalDate START = LocalDate.now().plusDays(10);
    private static final LocalDate END = START.plusMonths(8).minusDays(1);

    @BeforeEach
    void startWithAFreePlace() {
        freeAllPlaces();
    }

    private ResponseEntity<JsonNode> event(String user, String journeyId, String json) {
        return post(user, "/api/v1/journeys/" + journeyId + "/events", json);
    }

    private static String decided(String number, boolean granted, LocalDate start, LocalDate end) {
        return "{\"type\": \"WAGE_SUBSIDY_DECIDED\", \"data\": {\"decisionNumber\": \"" + number + "\", \"granted\": "
                + granted + (granted ? ", \"funding\": \"CITY_FUNDING\", \"subsidyPercent\": 100, \"startDate\": \""
                + start + "\", \"endDate\": \"" + end + "\"" : "") + "}}";
    }

    /** The journey's period instance: timers belong to it. */
    private String periodInstance(String journeyId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("wage-subsidy-period")
                .processInstanceBusinessKey(journeyId).singleResult().getId();
    }

    private Job timer(String journeyId, String activityId) {
        return managementService.createJobQuery().processInstanceId(periodInstance(journeyId)).activityId(activityId)
                .singleResult();
    }

    /** A job found before the contract: the participant never started, so nobody follows them up or counts them. */
    @Test
    void aJobFoundBeforeTheContractEndsTheJourneyWithoutAFollowUp() {
        String journeyId = journeyAtDecision();
        assertThat(event("integration", journeyId, decided("WS-EARLY", true, START, END)).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        awaitTask(journeyId, "Task_SignContractAndOnboard");

        ResponseEntity<JsonNode> job = event("integration", journeyId, "{\"type\": \"EMPLOYMENT_FOUND\", \"data\": "
                + "{\"employer\": \"Koodipaja Oy\", \"startDate\": \"" + START + "\", \"contractType\": \"PERMANENT\"}}");

        assertThat(job.getStatusCode()).isEqualTo(HttpStatus.OK);
        awaitStatus(journeyId, "outcome", "LEFT_BEFORE_START");
        assertThat(status(journeyId).get("wageSubsidy").get("status").asText()).isEqualTo("EMPLOYMENT_FOUND");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(journeyId).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from indicator_record where journey_id = ?::uuid", Integer.class,
                journeyId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from place_reservation where journey_id = ?::uuid "
                + "and released_at is null", Integer.class, journeyId)).isZero();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select type from outbox_message where journey_id = ?::uuid", String.class, journeyId)
                .contains("LEFT_BEFORE_START"));
    }

    @Test
    void theEmploymentServicesDecideOverTheApiAndAJobEndsThePeriodEarly() {
        String journeyId = journeyAtDecision();
        assertThat(status(journeyId).get("phase").asText()).isEqualTo("WAGE_SUBSIDY_PERIOD");

        ResponseEntity<JsonNode> decided = event("integration", journeyId, decided("WS-2027-001", true, START, END));
        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.OK);
        // The event completed the step: no decision task is left behind.
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(journeyId)
                .taskDefinitionKey("Task_RecordWageSubsidyDecision").count()).isZero();
        JsonNode period = decided.getBody().get("wageSubsidy");
        assertThat(period.get("decisionNumber").asText()).isEqualTo("WS-2027-001");
        assertThat(period.get("startDate").asText()).isEqualTo(START.toString());
        assertThat(period.get("endDate").asText()).isEqualTo(END.toString());
        assertThat(period.get("funding").asText()).isEqualTo("CITY_FUNDING");
        assertThat(period.get("status").asText()).isEqualTo("ONBOARDING");

        work("lead", "team-leads", awaitTask(journeyId, "Task_SignContractAndOnboard"),
                Map.of("contractDate", START.minusDays(3).toString(), "workTeam", "GAMES", "mentor", "Mira Mentor"));
        assertThat(status(journeyId).get("wageSubsidy").get("status").asText()).isEqualTo("RUNNING");
        assertThat(timer(journeyId, "Timer_NextCheckIn").getDuedate()).isEqualTo(JourneyCalendar.morningOf(START.plusMonths(1)));

        // The first check-in comes due; the coach raises a concern; a social instructor holds a session.
        managementService.executeJob(timer(journeyId, "Timer_NextCheckIn").getId());
        work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldMonthlyCheckIn"), Map.of("meetingDate",
                START.plusMonths(1).toString(), "attended", true, "progress", 3, "applicationsSent", 1, "creditsEarned", 5,
                "concern", true, "meetingNote", "Tired, sleeping badly"));
        work("instructor", "social-instructors", awaitTask(journeyId, "Task_HoldSocialGuidanceSession"),
                Map.of("meetingDate", START.plusMonths(1).plusDays(2).toString()));
        assertThat(jdbc.queryForList("select kind from period_meeting where journey_id = ?::uuid order by id", String.class,
                journeyId)).containsExactly("MONTHLY_CHECK_IN", "SOCIAL_GUIDANCE");

        ResponseEntity<JsonNode> incomplete = event("integration", journeyId,
                "{\"type\": \"EMPLOYMENT_FOUND\", \"data\": {\"startDate\": \"2027-03-01\", \"contractType\": \"PERMANENT\"}}");
        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(incomplete.getBody().get("errors").get(0).get("field").asText()).isEqualTo("data.employer");

        ResponseEntity<JsonNode> job = event("integration", journeyId, "{\"type\": \"EMPLOYMENT_FOUND\", \"data\": "
                + "{\"employer\": \"Pelistudio Oy\", \"startDate\": \"2027-03-01\", \"contractType\": \"PERMANENT\"}}");
        assertThat(job.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(job.getBody().get("phase").asText()).isEqualTo("FOLLOW_UP");
        assertThat(job.getBody().get("wageSubsidy").get("status").asText()).isEqualTo("EMPLOYMENT_FOUND");
        // The period's tasks and instance are gone; the journey goes on to the follow-up.
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("wage-subsidy-period")
                .processInstanceBusinessKey(journeyId).count()).isZero();
        assertThat(awaitTask(journeyId, "Task_HoldExitReview")).isNotNull();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(journeyId).list())
                .extracting(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey).containsExactly("Task_HoldExitReview");
        assertThat(jdbc.queryForMap("select employer, contract_type from period_exit where journey_id = ?::uuid", journeyId))
                .containsEntry("employer", "Pelistudio Oy").containsEntry("contract_type", "PERMANENT");
    }

    @Test
    void aTeamLeadRecordsADecisionNotGrantedInTasklist() {
        String journeyId = journeyAtDecision();
        work("lead", "team-leads", awaitTask(journeyId, "Task_RecordWageSubsidyDecision"),
                Map.of("decisionNumber", "WS-2027-002", "subsidyDecision", "NOT_GRANTED"));
        awaitStatus(journeyId, "outcome", "SUBSIDY_NOT_GRANTED");
        assertThat(jdbc.queryForList("select type from outbox_message where journey_id = ?::uuid order by created_at",
                String.class, journeyId)).contains("SUBSIDY_NOT_GRANTED");
        assertThat(status(journeyId).get("wageSubsidy").get("granted").asBoolean()).isFalse();
    }

    @Test
    void anInvalidDecisionIsRefusedAndAChangedOneRetimesThePeriod() {
        String journeyId = journeyAtDecision();
        ResponseEntity<JsonNode> backwards = event("integration", journeyId, decided("WS-3", true, START, START.minusDays(1)));
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody().get("errors").get(0).get("field").asText()).isEqualTo("data.endDate");
        ResponseEntity<JsonNode> tooLong = event("integration", journeyId, decided("WS-3", true, START, START.plusMonths(25)));
        assertThat(tooLong.getBody().get("errors").get(0).get("rule").asText()).isEqualTo("max-duration");
        ResponseEntity<JsonNode> percent = event("integration", journeyId, decided("WS-3", true, START, END)
                .replace("\"subsidyPercent\": 100", "\"subsidyPercent\": 120"));
        assertThat(percent.getBody().get("errors").get(0).get("field").asText()).isEqualTo("data.subsidyPercent");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(journeyId)
                .taskDefinitionKey("Task_RecordWageSubsidyDecision").count()).isOne();

        assertThat(event("integration", journeyId, decided("WS-3", true, START, END)).getStatusCode()).isEqualTo(HttpStatus.OK);
        work("lead", "team-leads", awaitTask(journeyId, "Task_SignContractAndOnboard"),
                Map.of("contractDate", START.toString(), "workTeam", "SOFTWARE", "mentor", "Mikko Mentor"));
        // The hand-over and the end wait for the midpoint review's answer; its open task ends at the end date.
        assertThat(timer(journeyId, "Timer_PeriodEnd")).isNull();
        assertThat(timer(journeyId, "Timer_TraineeHandOver")).isNull();
        java.util.Date midpoint = timer(journeyId, "Timer_Midpoint").getDuedate();

        // The team lead extends the period by two months: the remaining timers follow.
        LocalDate newEnd = END.plusMonths(2);
        ResponseEntity<JsonNode> changed = event("lead", journeyId, decided("WS-3B", true, START, newEnd));
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody().get("wageSubsidy").get("endDate").asText()).isEqualTo(newEnd.toString());
        assertThat(timer(journeyId, "Timer_Midpoint").getDuedate()).isAfter(midpoint)
                .isAfter(JourneyCalendar.morningOf(START.plusMonths(4)));
        assertThat(timer(journeyId, "Timer_NextCheckIn").getDuedate()).isEqualTo(JourneyCalendar.morningOf(START.plusMonths(1)));

        ResponseEntity<JsonNode> ungranted = event("integration", journeyId, decided("WS-3C", false, null, null));
        assertThat(ungranted.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(ungranted.getBody().get("detail").asText()).contains("PERIOD_INTERRUPTED");
    }
}
