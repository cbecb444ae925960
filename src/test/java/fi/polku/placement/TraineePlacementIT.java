package fi.polku.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The trainee placement on PostgreSQL, each step by the right user: the match with a company of the
 * register, the company's answer over the events API or in Tasklist, the re-match, the check-in,
 * the hiring decision and the Helsinki supplement, and a cancellation. Timers are fired as jobs.
 */
class TraineePlacementIT extends IntegrationTest {

    /** The period's timers lie in the future; the tests fire them. */
    private static final LocalDate START = LocalDate.now().plusDays(10);
    private static final LocalDate END = START.plusMonths(8).minusDays(1);
    private static final LocalDate PLACEMENT_START = END.minusMonths(2).plusDays(1);

    private String companyId;
    private String pausedCompanyId;

    @BeforeEach
    void registerAndStartWithAFreePlace() {
        freeAllPlaces();
        companyId = registerCompany(partnerCompany("Koodipaja Oy", "Java", "React"));
        pausedCompanyId = registerCompany(partnerCompany("Tauolla Oy", "Java"));
        post("employer", "/api/v1/partner-companies/" + pausedCompanyId + "/pause", null);
    }

    private ResponseEntity<JsonNode> event(String user, String journeyId, String json) {
        return post(user, "/api/v1/journeys/" + journeyId + "/events", json);
    }

    /** A participant found ready at the midpoint review: two months before the end the placement begins. */
    private String journeyAtMatch() {
        String journeyId = journeyAtDecision();
        assertThat(event("integration", journeyId, "{\"type\": \"WAGE_SUBSIDY_DECIDED\", \"data\": {\"decisionNumber\": "
                + "\"WS-P1\", \"granted\": true, \"funding\": \"PAY_SUBSIDY\", \"subsidyPercent\": 70, \"startDate\": \""
                + START + "\", \"endDate\": \"" + END + "\"}}").getStatusCode()).isEqualTo(HttpStatus.OK);
        work("lead", "team-leads", awaitTask(journeyId, "Task_SignContractAndOnboard"),
                Map.of("contractDate", START.toString(), "workTeam", "SOFTWARE", "mentor", "Mikko Mentor"));
        midpointReviewAndHandOver(journeyId, START);
        return journeyId;
    }

    private Map<String, Object> match(String company) {
        return Map.of("partnerCompany", company, "placementRole", "Junior developer", "supervisorName", "Kalle Koodari",
                "supervisorEmail", "kalle@koodipaja.example", "placementStart", PLACEMENT_START.toString(),
                "placementEnd", END.toString());
    }

    private JsonNode placement(String journeyId) {
        return status(journeyId).get("traineePlacement");
    }

    /** The placement is the period's last two months: a job found then ends both and leads to the follow-up. */
    @Test
    void aJobFoundDuringThePlacementIsRecordedAndEndsThePeriod() {
        String journeyId = journeyAtMatch();
        ResponseEntity<JsonNode> found = event("coach", journeyId, "{\"type\": \"EMPLOYMENT_FOUND\", \"data\": {"
                + "\"employer\": \"Pelitalo Oy\", \"startDate\": \"" + PLACEMENT_START.plusDays(3) + "\", "
                + "\"contractType\": \"PERMANENT\"}}");

        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        awaitTask(journeyId, "Task_HoldExitReview");
        JsonNode status = status(journeyId);
        assertThat(status.get("phase").asText()).isEqualTo("FOLLOW_UP");
        assertThat(status.at("/wageSubsidy/status").asText()).isEqualTo("EMPLOYMENT_FOUND");
        assertThat(status.at("/traineePlacement/status").asText()).isEqualTo("EMPLOYMENT_FOUND");
        String followUp = runtimeService.createProcessInstanceQuery().processDefinitionKey("follow-up")
                .processInstanceBusinessKey(journeyId).singleResult().getId();
        assertThat(runtimeService.getVariable(followUp, "leavingRoute")).isEqualTo("EMPLOYMENT_FOUND");
        assertThat(jdbc.queryForObject("select employer from period_exit where journey_id = ?::uuid", String.class,
                journeyId)).isEqualTo("Pelitalo Oy");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(journeyId)
                .taskDefinitionKey("Task_MatchWithPartnerCompany").count()).isZero();
    }

    @Test
    void fromTheMatchToAHireWithTheHelsinkiSupplement() {
        String journeyId = journeyAtMatch();
        JsonNode matching = status(journeyId);
        assertThat(matching.get("phase").asText()).isEqualTo("TRAINEE_PLACEMENT");
        assertThat(matching.get("wageSubsidy").get("status").asText()).isEqualTo("TRAINEE_PLACEMENT");
        assertThat(matching.get("traineePlacement").get("status").asText()).isEqualTo("MATCHING");

        // The form offers the register's active companies, not the paused one.
        Task matchTask = awaitTask(journeyId, "Task_MatchWithPartnerCompany");
        String options = String.valueOf(taskService.getVariableLocal(matchTask.getId(), "partnerCompanies"));
        assertThat(options).contains(companyId, "Koodipaja Oy (").doesNotContain(pausedCompanyId);

        // Nothing waits for a confirmation before a company is proposed.
        ResponseEntity<JsonNode> early = event("integration", journeyId,
                "{\"type\": \"PLACEMENT_CONFIRMED\", \"data\": {\"attempt\": 1}}");
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getBody().get("waitingFor").toString()).contains("PLACEMENT_CANCELLED", "JOURNEY_WITHDRAWN");

        // Another group cannot match; a paused company is refused with the field named.
        assertThatThrownBy(() -> work("coach", "job-coaches", matchTask, match(companyId)))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> work("employer", "employer-coordinators", matchTask, match(pausedCompanyId)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("partnerCompany");
        work("employer", "employer-coordinators", matchTask, match(companyId));

        // The company is told through the outbox, and the coordinator waits for its answer.
        awaitTask(journeyId, "Task_AgreePlacement");
        String proposal = jdbc.queryForObject("select payload::text from outbox_message where journey_id = ?::uuid "
                + "and type = 'PLACEMENT_PROPOSED'", String.class, journeyId);
        assertThat(proposal).contains("Koodipaja Oy", "Junior developer", PLACEMENT_START.toString(), "\"attempt\": 1");
        assertThat(placement(journeyId).get("status").asText()).isEqualTo("AWAITING_CONFIRMATION");

        ResponseEntity<JsonNode> confirmed = event("integration", journeyId,
                "{\"type\": \"PLACEMENT_CONFIRMED\", \"data\": {\"attempt\": 1, \"confirmedBy\": \"Kalle Koodari\"}}");
        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode placement = confirmed.getBody().get("traineePlacement");
        assertThat(placement.get("status").asText()).isEqualTo("IN_PLACEMENT");
        assertThat(placement.get("matchStatus").asText()).isEqualTo("CONFIRMED");
        assertThat(placement.get("company").get("id").asText()).isEqualTo(companyId);
        assertThat(placement.get("company").get("name").asText()).isEqualTo("Koodipaja Oy");
        assertThat(placement.get("supervisor").asText()).isEqualTo("Kalle Koodari");
        assertThat(placement.get("startDate").asText()).isEqualTo(PLACEMENT_START.toString());
        assertThat(placement.get("endDate").asText()).isEqualTo(END.toString());
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(journeyId)
                .taskDefinitionKey("Task_AgreePlacement").count()).isZero();

        fireTimer(journeyId, "trainee-placement", "Timer_OneMonthIn");
        work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldMidPlacementCheckIn"), Map.of("meetingDate",
                PLACEMENT_START.plusMonths(1).toString(), "attended", true, "progress", 5, "concern", false));
        assertThat(jdbc.queryForObject("select progress from period_meeting where journey_id = ?::uuid "
                + "and kind = 'MID_PLACEMENT_CHECK_IN'", Integer.class, journeyId)).isEqualTo(5);

        fireTimer(journeyId, "trainee-placement", "Timer_PlacementEnds");
        LocalDate employmentStart = END.plusDays(1);
        work("employer", "employer-coordinators", awaitTask(journeyId, "Task_RecordHiringDecision"), Map.of(
                "hiringOutcome", "HIRED", "contractType", "PERMANENT", "employmentStart", employmentStart.toString(),
                "hoursPerWeek", 37, "paySubsidised", false));

        // Eligible: the terms go to the employer through the outbox, and the coordinator tells them too.
        Task inform = awaitTask(journeyId, "Task_InformEmployerAboutSupplement");
        assertThat(String.valueOf(taskService.getVariableLocal(inform.getId(), "placement")))
                .contains("\"supplementPercent\":50", "\"supplementMaxMonthlyEur\":1500");
        assertThat(jdbc.queryForObject("select payload::text from outbox_message where journey_id = ?::uuid "
                + "and type = 'HELSINKI_SUPPLEMENT'", String.class, journeyId))
                .contains("\"supplementPercent\": 50", employmentStart.plusMonths(4).minusDays(1).toString());
        work("employer", "employer-coordinators", inform, Map.of("informedOn", END.plusDays(2).toString(),
                "informedChannel", "PHONE", "informedNote", "Will apply in the first month"));

        // The participant has left: the follow-up begins with the exit review.
        awaitTask(journeyId, "Task_HoldExitReview");
        JsonNode afterPlacement = status(journeyId);
        assertThat(afterPlacement.get("phase").asText()).isEqualTo("FOLLOW_UP");
        JsonNode hiring = afterPlacement.get("traineePlacement").get("hiring");
        assertThat(afterPlacement.get("traineePlacement").get("status").asText()).isEqualTo("HIRED");
        assertThat(hiring.get("hired").asBoolean()).isTrue();
        assertThat(hiring.get("contractType").asText()).isEqualTo("PERMANENT");
        assertThat(hiring.get("hoursPerWeek").asInt()).isEqualTo(37);
        JsonNode supplement = hiring.get("helsinkiSupplement");
        assertThat(supplement.get("eligible").asBoolean()).isTrue();
        assertThat(supplement.get("percent").asInt()).isEqualTo(50);
        assertThat(supplement.get("maxMonthlyEur").asInt()).isEqualTo(1500);
        assertThat(supplement.get("maxMonths").asInt()).isEqualTo(12);
        // The last day on which fewer than 4 whole months have passed since the start, as the table's rule reads.
        assertThat(supplement.get("applyBy").asText()).isEqualTo(employmentStart.plusMonths(4).minusDays(1).toString());
        assertThat(jdbc.queryForMap("select employer_informed_channel, employer_informed_note, decided_by from "
                + "hiring_decision where journey_id = ?::uuid", journeyId))
                .containsEntry("employer_informed_channel", "PHONE")
                .containsEntry("employer_informed_note", "Will apply in the first month")
                .containsEntry("decided_by", "employer");
        // Form values went to the domain tables, not into the engine's history.
        assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where proc_inst_id_ in (select id_ from "
                + "act_hi_procinst where business_key_ = ?) and name_ in ('supervisorName', 'hiringFeedback', "
                + "'partnerCompanies', 'placement', 'hoursPerWeek')", Long.class, journeyId)).isZero();
    }

    @Test
    void aSilentCompanyIsReplacedAndACancellationEndsThePlacement() {
        String journeyId = journeyAtMatch();
        work("employer", "employer-coordinators", awaitTask(journeyId, "Task_MatchWithPartnerCompany"), match(companyId));
        awaitTask(journeyId, "Task_AgreePlacement");

        // 14 days pass without an answer: the coordinator matches again.
        fireTimer(journeyId, "trainee-placement", "Event_NoAnswer");
        awaitTask(journeyId, "Task_MatchWithPartnerCompany");
        assertThat(jdbc.queryForObject("select status from trainee_placement where journey_id = ?::uuid and attempt = 1",
                String.class, journeyId)).isEqualTo("NO_ANSWER");
        assertThat(placement(journeyId).get("status").asText()).isEqualTo("MATCHING");

        work("employer", "employer-coordinators", awaitTask(journeyId, "Task_MatchWithPartnerCompany"), match(companyId));
        Task agreeAgain = awaitTask(journeyId, "Task_AgreePlacement");

        // The first company's answer arrives late: it confirms nothing, least of all the second proposal.
        ResponseEntity<JsonNode> late = event("integration", journeyId,
                "{\"type\": \"PLACEMENT_CONFIRMED\", \"data\": {\"attempt\": 1, \"confirmedBy\": \"Late Larsson\"}}");
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().get("detail").asText()).contains("answers match 1", "current match is 2", "PROPOSED");
        assertThat(jdbc.queryForList("select status from trainee_placement where journey_id = ?::uuid order by attempt",
                String.class, journeyId)).containsExactly("NO_ANSWER", "PROPOSED");
        assertThat(jdbc.queryForObject("select count(*) from journey_event where journey_id = ?::uuid "
                + "and type = 'PLACEMENT_CONFIRMED'", Integer.class, journeyId)).isZero();
        assertThat(awaitTask(journeyId, "Task_AgreePlacement").getId()).isEqualTo(agreeAgain.getId());

        work("employer", "employer-coordinators", agreeAgain,
                Map.of("companyAnswer", "DECLINED", "answerNote", "No supervisor free this spring"));
        awaitTask(journeyId, "Task_MatchWithPartnerCompany");
        assertThat(jdbc.queryForList("select status from trainee_placement where journey_id = ?::uuid order by attempt",
                String.class, journeyId)).containsExactly("NO_ANSWER", "DECLINED");

        ResponseEntity<JsonNode> noReason = event("integration", journeyId, "{\"type\": \"PLACEMENT_CANCELLED\", \"data\": {}}");
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().get("errors").get(0).get("field").asText()).isEqualTo("data.reason");

        ResponseEntity<JsonNode> cancelled = event("employer", journeyId,
                "{\"type\": \"PLACEMENT_CANCELLED\", \"data\": {\"reason\": \"PARTICIPANT_FOUND_OTHER_WORK\"}}");
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cancelled.getBody().get("phase").asText()).isEqualTo("FOLLOW_UP");
        assertThat(cancelled.getBody().get("traineePlacement").get("status").asText()).isEqualTo("PLACEMENT_CANCELLED");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("trainee-placement")
                .processInstanceBusinessKey(journeyId).count()).isZero();
        assertThat(awaitTask(journeyId, "Task_HoldExitReview")).isNotNull();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(journeyId)
                .taskDefinitionKey("Task_MatchWithPartnerCompany").count()).isZero();
    }
}
