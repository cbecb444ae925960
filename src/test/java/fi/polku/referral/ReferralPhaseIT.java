package fi.polku.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The referral phase end to end on PostgreSQL, each step done by a user of the right group. */
class ReferralPhaseIT extends IntegrationTest {

    @Autowired
    HistoryService historyService;

    @BeforeEach
    void startWithAFreePlace() {
        freeAllPlaces();
    }


    private void interview(String journeyId, String outcome) {
        Task task = awaitTask(journeyId, "Task_HoldSuitabilityInterview");
        work("coach", "job-coaches", task, "NO_SHOW".equals(outcome)
                ? Map.of("interviewOutcome", outcome, "interviewDate", "2026-11-20")
                : Map.of("interviewOutcome", outcome, "interviewDate", "2026-11-20", "motivation", 5,
                        "preferredWorkTeam", "GAMES", "interviewNote", "Strong portfolio"));
    }

    private List<String> notifications(String journeyId) {
        return jdbc.queryForList("select type from outbox_message where journey_id = ?::uuid order by created_at",
                String.class, journeyId);
    }

    @Test
    void aReferralNeedingReviewGoesThroughInformationRequestInterviewsAndAPlace() throws Exception {
        ObjectNode referral = referral();
        participant(referral).put("educationLevel", 2);
        String journeyId = createJourney(referral);

        Task review = awaitTask(journeyId, "Task_ReviewReferral");
        HttpHeaders coordinator = new HttpHeaders();
        coordinator.setBasicAuth("coordinator", "coordinator");
        coordinator.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> incomplete = http.exchange("/engine-rest/task/" + review.getId() + "/submit-form",
                HttpMethod.POST, new HttpEntity<>("{\"variables\": {\"reviewDecision\": {\"value\": \"REQUEST_INFO\"}}}",
                        coordinator), JsonNode.class);
        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // The coordinator sees what is reviewed: the referral, without contact details.
        JsonNode summary = objectMapper.readTree(http.exchange("/engine-rest/task/" + review.getId()
                + "/form-variables?deserializeValues=false", HttpMethod.GET, new HttpEntity<>(coordinator), JsonNode.class)
                .getBody().get("referral").get("value").asText());
        assertThat(summary.get("education_level").asInt()).isEqualTo(2);
        assertThat(summary.get("reason").asText()).startsWith("Completed an ICT vocational degree");
        assertThat(summary.toString()).doesNotContain("example.org", "+358", "Virtanen");
        assertThat(incomplete.getBody().get("message").asText()).contains("Field 'reviewNote' is required");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();

        work("coordinator", "referral-coordinators", review,
                Map.of("reviewDecision", "REQUEST_INFO", "reviewNote", "Please send the vocational certificate"));
        assertThat(status(journeyId).get("decision").asText()).isEqualTo("INFORMATION_REQUESTED");
        assertThat(jdbc.queryForObject("select payload->>'details' from outbox_message where journey_id = ?::uuid"
                + " and type = 'INFORMATION_REQUESTED'", String.class, journeyId))
                .isEqualTo("Please send the vocational certificate");

        ResponseEntity<JsonNode> provided = post("integration", "/api/v1/journeys/" + journeyId + "/events",
                "{\"type\": \"REFERRAL_INFO_PROVIDED\", \"data\": {\"information\": \"Certificate sent by e-mail\"}}");
        assertThat(provided.getStatusCode()).isEqualTo(HttpStatus.OK);

        work("coordinator", "referral-coordinators", awaitTask(journeyId, "Task_ReviewReferral"),
                Map.of("reviewDecision", "ACCEPT"));
        interview(journeyId, "NO_SHOW");
        interview(journeyId, "SUITABLE");

        awaitStatus(journeyId, "phase", "INITIAL_ASSESSMENT");
        JsonNode status = status(journeyId);
        assertThat(status.get("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(status.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(notifications(journeyId)).containsExactly("INFORMATION_REQUESTED", "REFERRAL_ACCEPTED");
        assertThat(jdbc.queryForList("select outcome from suitability_interview where journey_id = ?::uuid order by id",
                String.class, journeyId)).containsExactly("NO_SHOW", "SUITABLE");
        assertThat(jdbc.queryForList("select decision from referral_review where journey_id = ?::uuid order by id",
                String.class, journeyId)).containsExactly("REQUEST_INFO", "ACCEPT");
        assertThat(jdbc.queryForObject("select count(*) from place_reservation where journey_id = ?::uuid"
                + " and released_at is null", Integer.class, journeyId)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from journey_event where journey_id = ?::uuid", Integer.class,
                journeyId)).isOne();
        // Free text went to the domain tables only, never into the engine's history.
        assertThat(historyService.createHistoricVariableInstanceQuery().variableNameIn("reviewNote", "interviewNote",
                "referral").count()).isZero();
        assertThat(historyService.createHistoricDetailQuery().variableUpdates().list())
                .noneMatch(d -> List.of("reviewNote", "interviewNote").contains(
                        ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName()));
    }

    @Test
    void aFullProgrammeKeepsTheNextParticipantWaitingUntilSomeoneLeaves() {
        String first = createJourney(referral());
        interview(first, "SUITABLE");
        awaitStatus(first, "phase", "INITIAL_ASSESSMENT");

        String second = createJourney(referral());
        interview(second, "SUITABLE");
        awaitActivity(second, "Task_WaitForPlace");
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications(second).contains("WAITING_LIST"));

        // A hint that a place is free while none is: the journey checks, and waits again.
        assertThat(post("lead", "/api/v1/journeys/" + second + "/events", "{\"type\": \"PLACE_AVAILABLE\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        awaitActivity(second, "Task_WaitForPlace");

        ResponseEntity<JsonNode> withdrawn = post("integration", "/api/v1/journeys/" + first + "/events",
                "{\"type\": \"JOURNEY_WITHDRAWN\", \"data\": {\"reason\": \"MOVED_AWAY\"}}");
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withdrawn.getBody().get("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(first).count()).isZero();

        // The freed place went to the waiting journey without anyone asking.
        awaitStatus(second, "phase", "INITIAL_ASSESSMENT");
        assertThat(notifications(second)).containsExactly("WAITING_LIST", "REFERRAL_ACCEPTED");
        assertThat(notifications(first)).containsExactly("REFERRAL_ACCEPTED", "JOURNEY_WITHDRAWN");
        assertThat(jdbc.queryForObject("select count(*) from place_reservation where released_at is null", Integer.class))
                .isOne();
    }

    @Test
    void withdrawingAJourneyThatHoldsNoPlaceFreesNone() {
        String holder = createJourney(referral());
        interview(holder, "SUITABLE");
        awaitStatus(holder, "phase", "INITIAL_ASSESSMENT");
        String waiting = createJourney(referral());
        interview(waiting, "SUITABLE");
        awaitActivity(waiting, "Task_WaitForPlace");
        String atInterview = createJourney(referral());
        awaitTask(atInterview, "Task_HoldSuitabilityInterview");

        // Withdrawing a journey that holds no place frees nothing: the waiting journey keeps waiting.
        ResponseEntity<JsonNode> response = post("integration", "/api/v1/journeys/" + atInterview + "/events",
                "{\"type\": \"JOURNEY_WITHDRAWN\", \"data\": {\"reason\": \"PARTICIPANT_WITHDREW\", \"comment\": \"Found a course\"}}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(response.getBody().get("outcomeReason").asText()).isEqualTo("PARTICIPANT_WITHDREW");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(atInterview).count()).isZero();
        assertThat(notifications(atInterview)).containsExactly("JOURNEY_WITHDRAWN");
        assertThat(runtimeService.createExecutionQuery().processInstanceBusinessKey(waiting)
                .activityId("Task_WaitForPlace").count()).isOne();
    }

    @Test
    void eventsAreValidatedAndRefusedWhenNothingWaitsForThem() {
        String journeyId = createJourney(referral());
        awaitTask(journeyId, "Task_HoldSuitabilityInterview");

        ResponseEntity<JsonNode> unknown = post("integration", "/api/v1/journeys/" + journeyId + "/events",
                "{\"type\": \"SOMETHING\"}");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().get("errors").get(0).get("field").asText()).isEqualTo("type");

        ResponseEntity<JsonNode> badData = post("integration", "/api/v1/journeys/" + journeyId + "/events",
                "{\"type\": \"JOURNEY_WITHDRAWN\", \"data\": {\"reason\": \"BORED\"}}");
        assertThat(badData.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badData.getBody().get("errors").get(0).get("field").asText()).isEqualTo("data.reason");

        ResponseEntity<JsonNode> missing = post("integration", "/api/v1/journeys/" + journeyId + "/events",
                "{\"type\": \"JOURNEY_WITHDRAWN\", \"data\": {}}");
        assertThat(missing.getBody().get("errors").get(0).get("field").asText()).isEqualTo("data.reason");

        ResponseEntity<JsonNode> notWaiting = post("integration", "/api/v1/journeys/" + journeyId + "/events",
                "{\"type\": \"REFERRAL_INFO_PROVIDED\"}");
        assertThat(notWaiting.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notWaiting.getBody().get("waitingFor")).extracting(JsonNode::asText).containsExactly("JOURNEY_WITHDRAWN");
        assertThat(notWaiting.getBody().get("detail").asText()).contains("Hold suitability interview");

        ResponseEntity<JsonNode> unknownJourney = post("lead", "/api/v1/journeys/" + java.util.UUID.randomUUID()
                + "/events", "{\"type\": \"PLACE_AVAILABLE\"}");
        assertThat(unknownJourney.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("select count(*) from journey_event where journey_id = ?::uuid", Integer.class,
                journeyId)).isZero();
    }

    @Test
    void aCoordinatorStartsAJourneyWithTheTasklistStartForm() throws Exception {
        ObjectNode referral = referral();
        // As the form submits them: optional fields left empty arrive as "".
        participant(referral).put("phone", "").put("email", "");
        ResponseEntity<JsonNode> started = submitStartForm("coordinator", referral);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String journeyId = started.getBody().get("businessKey").asText();
        assertThat(jdbc.queryForObject("select registered_by from journey where id = ?::uuid", String.class, journeyId))
                .isEqualTo("coordinator");
        awaitTask(journeyId, "Task_HoldSuitabilityInterview");
        assertThat(runtimeService.getVariables(started.getBody().get("id").asText()))
                .containsOnlyKeys("journeyId", "displayName")
                .containsEntry("displayName", "Aino " + participant(referral).get("lastName").asText());
        // The submitted personal data left no trace in the engine's history.
        assertThat(historyService.createHistoricVariableInstanceQuery().variableName("intake").count()).isZero();
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(started.getBody().get("id").asText())
                .variableUpdates().list())
                .extracting(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName())
                .isNotEmpty().doesNotContain("intake");

        ResponseEntity<JsonNode> again = submitStartForm("coordinator", referral);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody().get("message").asText()).contains("already registered as journey " + journeyId);

        ObjectNode invalid = referral();
        participant(invalid).remove("lastName");
        ResponseEntity<JsonNode> refused = submitStartForm("coordinator", invalid);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText()).contains("participant.lastName");

        // Other groups cannot even see the journey's definition.
        assertThat(submitStartForm("coach", referral()).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<JsonNode> submitStartForm(String user, ObjectNode intake) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        ObjectNode body = objectMapper.createObjectNode();
        body.putObject("variables").putObject("intake").put("type", "Json").put("value", intake.toString());
        return http.exchange("/engine-rest/process-definition/key/participant-journey/submit-form", HttpMethod.POST,
                new HttpEntity<>(body.toString(), headers), JsonNode.class);
    }
}
