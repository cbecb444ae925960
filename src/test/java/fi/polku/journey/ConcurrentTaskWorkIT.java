package fi.polku.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Two job coaches open the same suitability interview at the same moment, as Tasklist lets them:
 * one claims or completes it, the other is told clearly (409) that a colleague was first. Requests
 * go through engine REST as Tasklist sends them; the race is repeated because which engine path
 * loses (optimistic lock or task already gone) depends on timing.
 */
class ConcurrentTaskWorkIT extends IntegrationTest {

    private static final int RACES = 6;
    private static final String INTERVIEW = """
            {"variables": {"interviewOutcome": {"value": "SUITABLE"}, "interviewDate": {"value": "2026-11-20"},
             "motivation": {"value": 4, "type": "Integer"}, "preferredWorkTeam": {"value": "SOFTWARE"}}}""";

    @BeforeEach
    void freePlaces() {
        freeAllPlaces();
    }

    @Test
    void twoColleaguesCompletingTheSameTaskGetOneSuccessAndOneConflict() throws Exception {
        for (int race = 0; race < RACES; race++) {
            String journeyId = createJourney(referral());
            Task interview = awaitTask(journeyId, "Task_HoldSuitabilityInterview");
            List<ResponseEntity<JsonNode>> answers = atOnce(
                    () -> engineRest("coach", "/task/" + interview.getId() + "/submit-form", INTERVIEW),
                    () -> engineRest("coach2", "/task/" + interview.getId() + "/submit-form", INTERVIEW));

            assertThat(answers).extracting(ResponseEntity::getStatusCode)
                    .containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
            JsonNode conflict = answers.stream().filter(a -> a.getStatusCode() == HttpStatus.CONFLICT).findFirst()
                    .orElseThrow().getBody();
            assertThat(conflict.get("message").asText())
                    .contains("\"Hold suitability interview\" was already completed").contains("not stored");
            // the interview is recorded once, by the winner
            assertThat(jdbc.queryForObject("select count(*) from suitability_interview where journey_id = ?::uuid",
                    Long.class, journeyId)).isEqualTo(1);
        }
    }

    @Test
    void completingATaskSomeoneCompletedEarlierIsAConflictNotAServerError() {
        Task interview = awaitTask(createJourney(referral()), "Task_HoldSuitabilityInterview");
        assertThat(engineRest("coach", "/task/" + interview.getId() + "/submit-form", INTERVIEW).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<JsonNode> late = engineRest("coach2", "/task/" + interview.getId() + "/submit-form", INTERVIEW);

        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().get("type").asText()).isEqualTo("TaskAlreadyCompletedException");
    }

    @Test
    void twoColleaguesClaimingTheSameTaskGetOneSuccessAndOneConflict() throws Exception {
        for (int race = 0; race < RACES; race++) {
            Task interview = awaitTask(createJourney(referral()), "Task_HoldSuitabilityInterview");
            List<ResponseEntity<JsonNode>> answers = atOnce(
                    () -> engineRest("coach", "/task/" + interview.getId() + "/claim", "{\"userId\": \"coach\"}"),
                    () -> engineRest("coach2", "/task/" + interview.getId() + "/claim", "{\"userId\": \"coach2\"}"));

            assertThat(answers).extracting(ResponseEntity::getStatusCode)
                    .containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
            String winner = answers.get(0).getStatusCode() == HttpStatus.NO_CONTENT ? "coach" : "coach2";
            assertThat(taskService.createTaskQuery().taskId(interview.getId()).singleResult().getAssignee())
                    .isEqualTo(winner);
        }
    }

    @Test
    void aTaskThatFailsForAnotherReasonKeepsItsOwnAnswer() {
        ResponseEntity<JsonNode> unknown = engineRest("coach", "/task/no-such-task/submit-form", INTERVIEW);

        assertThat(unknown.getStatusCode().value()).isNotEqualTo(HttpStatus.CONFLICT.value());
        assertThat(unknown.getBody().get("type").asText()).isNotEqualTo("TaskAlreadyCompletedException");
    }

    @SafeVarargs
    private static List<ResponseEntity<JsonNode>> atOnce(java.util.function.Supplier<ResponseEntity<JsonNode>>... calls)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        List<CompletableFuture<ResponseEntity<JsonNode>>> running = new ArrayList<>();
        for (var call : calls) {
            running.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return call.get();
            }));
        }
        List<ResponseEntity<JsonNode>> answers = new ArrayList<>();
        for (var answer : running) {
            answers.add(answer.get());
        }
        return answers;
    }

    private ResponseEntity<JsonNode> engineRest(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(user, user);
        return http.exchange("/engine-rest" + path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
