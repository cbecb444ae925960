package fi.polku.workactivity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.stream.Stream;
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

/**
 * {@code POST /api/v1/work-activity-referrals} and the Tasklist start form {@code work-activity-start}
 * over HTTP on PostgreSQL: the journey and its work activity stored and started, idempotency per
 * source referral, one active journey of either kind per person, each bad field named.
 */
class WorkActivityApiIT extends IntegrationTest {

    private static final String PATH = "/api/v1/work-activity-referrals";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    private String createWorkActivityJourney(ObjectNode referral) {
        ResponseEntity<JsonNode> response = post("socialworker", PATH, referral);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("journeyId").asText();
    }

    @Test
    void aSocialWorkersReferralStartsTheJourneyAndItsFirstTasks() {
        ObjectNode referral = workActivityReferral();
        ResponseEntity<JsonNode> response = post("socialworker", PATH, referral);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String journeyId = response.getBody().get("journeyId").asText();
        assertThat(response.getHeaders().getLocation()).hasToString("/api/v1/referrals/" + journeyId);
        assertThat(response.getBody().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(response.getBody().get("journeyType").asText()).isEqualTo("WORK_ACTIVITY");
        assertThat(response.getBody().has("linkedJourney")).as("no move, no link").isFalse();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("work-activity-journey")
                .processInstanceBusinessKey(journeyId).count()).isOne();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("participant-journey")
                .processInstanceBusinessKey(journeyId).count()).isZero();
        assertThat(jdbc.queryForMap("select journey_type, source_type, source_organisation, registered_by, referrer_email"
                + " from journey where id = ?::uuid", journeyId)).containsEntry("journey_type", "WORK_ACTIVITY")
                .containsEntry("source_type", "ADULT_SOCIAL_WORK")
                .containsEntry("source_organisation", "Helsinki adult social work, North")
                .containsEntry("registered_by", "socialworker").containsEntry("referrer_email", "satu.sorsa@example.org");
        assertThat(jdbc.queryForMap("select work_centre, plan_starts_on, plan_ends_on, days_per_week from work_activity"
                + " where journey_id = ?::uuid", journeyId)).containsEntry("work_centre", "PAKILA_WORK_CENTRE")
                .containsEntry("plan_starts_on", java.sql.Date.valueOf(TODAY.minusMonths(1)))
                .containsEntry("plan_ends_on", java.sql.Date.valueOf(TODAY.plusMonths(11)))
                .containsEntry("days_per_week", 3);

        awaitStatus(journeyId, "eligibility", "ELIGIBLE");
        assertThat(awaitTask(journeyId, "Task_BuildVocationalProfile")).isNotNull();
        assertThat(awaitTask(journeyId, "Task_AssessDigitalSkills")).isNotNull();
        // The Journeys page shows where the client stands: the profile is being built.
        assertThat(status(journeyId).get("phase").asText()).isEqualTo("VOCATIONAL_PROFILE");
        // Personal data stays in the domain tables: the journey's variables are ids, name and routing values.
        String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey("work-activity-journey")
                .processInstanceBusinessKey(journeyId).singleResult().getId();
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instanceId).list().stream()
                .filter(variable -> variable.getTaskId() == null).map(org.camunda.bpm.engine.runtime.VariableInstance::getName))
                .containsOnly("journeyId", "displayName", "eligibility", "eligibilityReason");
        // The tasks carry their read-only summary of the work activity (no personal data in it).
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instanceId)
                .variableName("workActivity").list()).hasSize(2).allSatisfy(summary -> assertThat(summary.getTaskId()).isNotNull());
    }

    @Test
    void anEligibleClientIsAnEsfParticipantAndTheReportFiltersByJourneyType() {
        String journeyId = createWorkActivityJourney(workActivityReferral());
        awaitTask(journeyId, "Task_BuildVocationalProfile");
        assertThat(jdbc.queryForMap("select journey_type, started_on, gender, employment_status from indicator_record"
                + " where journey_id = ?::uuid", journeyId)).containsEntry("journey_type", "WORK_ACTIVITY")
                .containsEntry("started_on", java.sql.Date.valueOf(TODAY)).containsEntry("gender", "FEMALE")
                .containsEntry("employment_status", "UNEMPLOYED");

        String report = "/api/v1/reports/indicators?from=" + TODAY + "&to=" + TODAY + "&detail=participants&journeyType=";
        JsonNode workActivity = get("manager", report + "WORK_ACTIVITY").getBody();
        assertThat(workActivity.get("journeyType").asText()).isEqualTo("WORK_ACTIVITY");
        assertThat(workActivity.get("journeyIds").toString()).contains(journeyId);
        assertThat(get("manager", report + "PARTICIPANT").getBody().get("journeyIds").toString()).doesNotContain(journeyId);
        assertThat(get("manager", report.replace("&journeyType=", "")).getBody().get("journeyIds").toString())
                .contains(journeyId);
        ResponseEntity<JsonNode> unknown = get("manager", report + "SUMMER_JOB");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().get("errors").get(0).get("field").asText()).isEqualTo("journeyType");
    }

    @Test
    void theSameReferralAgainReturnsTheSameJourney() {
        ObjectNode referral = workActivityReferral();
        String first = createWorkActivityJourney(referral);

        ResponseEntity<JsonNode> repeat = post("integration", PATH, referral);

        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repeat.getBody().get("journeyId").asText()).isEqualTo(first);
        assertThat(repeat.getHeaders().getLocation()).hasToString("/api/v1/referrals/" + first);
        assertThat(jdbc.queryForObject("select count(*) from journey where source_referral_id = ?", Integer.class,
                referral.get("source").get("referralId").asText())).isOne();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(first)
                .processDefinitionKey("work-activity-journey").count()).isOne();
    }

    @Test
    void aPersonHasAtMostOneActiveJourneyOfEitherKindAndTheRefusalNamesIt() {
        ObjectNode digitalents = referral();
        String digitalentsJourney = createJourney(digitalents);
        ObjectNode workActivity = workActivityReferral();
        workActivity.set("participant", digitalents.get("participant").deepCopy());
        participant(workActivity).put("firstName", "AINO");

        ResponseEntity<JsonNode> refused = post("socialworker", PATH, workActivity);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().get("detail").asText()).contains("already has an active journey", digitalentsJourney);

        // And the other way round: a work-activity client is not referred to Digitalents beside it.
        ObjectNode client = workActivityReferral();
        String workActivityJourney = createWorkActivityJourney(client);
        ObjectNode toDigitalents = referral();
        toDigitalents.set("participant", client.get("participant").deepCopy());
        ResponseEntity<JsonNode> alsoRefused = post("integration", "/api/v1/referrals", toDigitalents);
        assertThat(alsoRefused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(alsoRefused.getBody().get("detail").asText()).contains(workActivityJourney);
    }

    @Test
    void aClientWhosePlanIsTooShortIsDeclinedWithTheReason() {
        ObjectNode referral = workActivityReferral();
        ((ObjectNode) referral.get("workActivity")).put("planStartsOn", TODAY.toString())
                .put("planEndsOn", TODAY.plusMonths(2).toString());
        String journeyId = createWorkActivityJourney(referral);

        awaitStatus(journeyId, "outcome", "REFERRAL_DECLINED");
        assertThat(jdbc.queryForObject("select eligibility_reason from journey where id = ?::uuid", String.class, journeyId))
                .isEqualTo("Activation plan shorter than 3 months");
    }

    static Stream<Arguments> invalidReferrals() {
        return Stream.of(
                invalid("no work centre", r -> ((ObjectNode) r.get("workActivity")).remove("workCentre"), "workActivity.workCentre", "NotNull"),
                invalid("unknown work centre", r -> ((ObjectNode) r.get("workActivity")).put("workCentre", "MOON_BASE"), "workActivity.workCentre", "enum"),
                invalid("six days a week", r -> ((ObjectNode) r.get("workActivity")).put("daysPerWeek", 6), "workActivity.daysPerWeek", "Max"),
                invalid("no day a week", r -> ((ObjectNode) r.get("workActivity")).put("daysPerWeek", 0), "workActivity.daysPerWeek", "Min"),
                invalid("plan ends before it starts", r -> ((ObjectNode) r.get("workActivity")).put("planEndsOn", TODAY.minusMonths(2).toString()), "workActivity.planEndsOn", "after"),
                invalid("no work activity", r -> r.remove("workActivity"), "workActivity", "NotNull"),
                invalid("a source type (always adult social work)", r -> ((ObjectNode) r.get("source")).put("type", "OHJAAMO"), "source.type", "unknown-field"),
                invalid("no referrer", r -> ((ObjectNode) r.get("source")).remove("referrer"), "source.referrer", "NotNull"),
                invalid("missing participant field", r -> ((ObjectNode) r.get("participant")).remove("birthDate"), "participant.birthDate", "NotNull"),
                invalid("consent not given", r -> ((ObjectNode) r.get("consent")).put("processing", false), "consent.processing", "AssertTrue"));
    }

    private static Arguments invalid(String name, Consumer<ObjectNode> breakIt, String field, String rule) {
        return Arguments.of(name, breakIt, field, rule);
    }

    @ParameterizedTest(name = "{0} -> 400 naming {2} ({3})")
    @MethodSource("invalidReferrals")
    void anInvalidReferralIsRefusedNamingTheFieldAndRuleAndStoresNothing(String name, Consumer<ObjectNode> breakIt,
                                                                         String field, String rule) {
        ObjectNode referral = workActivityReferral();
        breakIt.accept(referral);
        int journeysBefore = jdbc.queryForObject("select count(*) from journey", Integer.class);

        ResponseEntity<JsonNode> response = post("socialworker", PATH, referral);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors")).anySatisfy(error -> {
            assertThat(error.get("field").asText()).isEqualTo(field);
            assertThat(error.get("rule").asText()).isEqualTo(rule);
            assertThat(error.get("message").asText()).isNotBlank();
        });
        assertThat(response.getBody().toString()).doesNotContain("Exception", "at fi.polku");
        assertThat(jdbc.queryForObject("select count(*) from journey", Integer.class)).isEqualTo(journeysBefore);
    }

    @Test
    void socialWorkEndsTheActivityOverTheEventsApiAndTheExitReviewFollows() {
        String journeyId = createWorkActivityJourney(workActivityReferral());
        awaitTask(journeyId, "Task_BuildVocationalProfile");
        String events = "/api/v1/journeys/" + journeyId + "/events";
        String ended = "{\"type\": \"WORK_ACTIVITY_ENDED\", \"data\": {\"endedOn\": \"" + TODAY
                + "\", \"reason\": \"OTHER_SERVICE\"}}";

        // The event's owners are social work and the integrations, not the team leads.
        assertThat(post("lead", events, ended).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> tomorrow = post("socialworker", events, "{\"type\": \"WORK_ACTIVITY_ENDED\", "
                + "\"data\": {\"endedOn\": \"" + TODAY.plusDays(1) + "\", \"reason\": \"OTHER_SERVICE\"}}");
        assertThat(tomorrow.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tomorrow.getBody().get("errors").get(0).get("field").asText()).isEqualTo("data.endedOn");

        assertThat(post("socialworker", events, ended).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(awaitTask(journeyId, "Task_HoldExitReview")).isNotNull();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(journeyId)
                .taskDefinitionKey("Task_BuildVocationalProfile").count()).isZero();
        assertThat(status(journeyId).get("phase").asText()).isEqualTo("FOLLOW_UP");
        // Once ended, the activity cannot be ended again: 409 says what the journey waits for.
        ResponseEntity<JsonNode> again = post("socialworker", events, ended);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("waitingFor").toString()).contains("JOURNEY_WITHDRAWN")
                .doesNotContain("WORK_ACTIVITY_ENDED");
    }

    @Test
    void aClientMovedToDigitalentsHasALinkedParticipantJourneyAndThisOneEnds() {
        ObjectNode referral = workActivityReferral();
        String journeyId = createWorkActivityJourney(referral);
        awaitTask(journeyId, "Task_BuildVocationalProfile");
        String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey("work-activity-journey")
                .processInstanceBusinessKey(journeyId).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
                .activityId("Timer_ActivationPlanEnds").singleResult().getId());
        work("socialworker", "social-workers", awaitTask(journeyId, "Task_ReviewActivationPlan"), java.util.Map.of(
                "planDecision", "MOVE_TO_DIGITALENTS", "reviewNote", "Wants ICT work; strong digital skills"));

        awaitStatus(journeyId, "outcome", "MOVED_TO_DIGITALENTS");
        String digitalents = jdbc.queryForObject("select linked_journey_id::text from journey where id = ?::uuid",
                String.class, journeyId);
        assertThat(digitalents).isNotNull();
        assertThat(jdbc.queryForMap("select journey_type, source_type, source_referral_id, reason, linked_journey_id::text as linked,"
                        + " participant_id = (select participant_id from journey where id = ?::uuid) as same_person"
                        + " from journey where id = ?::uuid", journeyId, digitalents))
                .containsEntry("journey_type", "PARTICIPANT").containsEntry("source_type", "ADULT_SOCIAL_WORK")
                .containsEntry("source_referral_id", referral.get("source").get("referralId").asText() + "-DIGITALENTS")
                .containsEntry("reason", "Wants ICT work; strong digital skills").containsEntry("linked", journeyId)
                .containsEntry("same_person", true);
        // The status API names each journey's kind and the other journey, both ways.
        JsonNode moved = get("socialworker", "/api/v1/referrals/" + journeyId).getBody();
        assertThat(moved.get("journeyType").asText()).isEqualTo("WORK_ACTIVITY");
        assertThat(moved.get("linkedJourney").get("journeyId").asText()).isEqualTo(digitalents);
        assertThat(moved.get("linkedJourney").get("journeyType").asText()).isEqualTo("PARTICIPANT");
        assertThat(moved.get("linkedJourney").get("relation").asText()).isEqualTo("MOVED_TO_DIGITALENTS");
        JsonNode movedTo = get("integration", "/api/v1/referrals/" + digitalents).getBody();
        assertThat(movedTo.get("journeyType").asText()).isEqualTo("PARTICIPANT");
        assertThat(movedTo.get("linkedJourney").get("journeyId").asText()).isEqualTo(journeyId);
        assertThat(movedTo.get("linkedJourney").get("journeyType").asText()).isEqualTo("WORK_ACTIVITY");
        assertThat(movedTo.get("linkedJourney").get("relation").asText()).isEqualTo("MOVED_FROM_WORK_ACTIVITY");
        // The Digitalents journey runs its referral phase like any referral.
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("participant-journey")
                .processInstanceBusinessKey(digitalents).count()).isOne();
        awaitStatus(digitalents, "eligibility", "ELIGIBLE");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("work-activity-journey")
                .processInstanceBusinessKey(journeyId).count()).isZero();
        // The person's one active journey is now the Digitalents one.
        ObjectNode again = workActivityReferral();
        again.set("participant", referral.get("participant").deepCopy());
        ResponseEntity<JsonNode> refused = post("socialworker", PATH, again);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asText()).contains(digitalents);
    }

    @Test
    void aWorkActivityJourneyIsWithdrawnLikeAnyJourney() {
        String journeyId = createWorkActivityJourney(workActivityReferral());
        awaitTask(journeyId, "Task_AssessDigitalSkills");
        ResponseEntity<JsonNode> withdrawn = post("integration", "/api/v1/journeys/" + journeyId + "/events",
                "{\"type\": \"JOURNEY_WITHDRAWN\", \"data\": {\"reason\": \"MOVED_AWAY\"}}");
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
        awaitStatus(journeyId, "outcome", "WITHDRAWN");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(journeyId).count()).isZero();
    }

    @Test
    void onlySocialWorkersAndIntegrationsRefer() {
        ResponseEntity<JsonNode> coach = post("coach", PATH, workActivityReferral());
        assertThat(coach.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(null, PATH, workActivityReferral()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post("integration", PATH, workActivityReferral()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aSocialWorkerStartsTheJourneyFromTasklistsStartForm() {
        ObjectNode referral = workActivityReferral();
        ResponseEntity<JsonNode> started = submitStartForm("socialworker", referral);

        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
        String journeyId = started.getBody().get("businessKey").asText();
        assertThat(jdbc.queryForMap("select journey_type, registered_by from journey where id = ?::uuid", journeyId))
                .containsEntry("journey_type", "WORK_ACTIVITY").containsEntry("registered_by", "socialworker");
        assertThat(awaitTask(journeyId, "Task_BuildVocationalProfile")).isNotNull();
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(started.getBody().get("id").asText())
                .list()).extracting("name").doesNotContain("intake");

        ResponseEntity<JsonNode> again = submitStartForm("socialworker", referral);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody().get("message").asText()).contains("already registered as journey " + journeyId);

        ObjectNode invalid = workActivityReferral();
        ((ObjectNode) invalid.get("workActivity")).put("daysPerWeek", 7);
        ResponseEntity<JsonNode> refused = submitStartForm("socialworker", invalid);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText()).contains("workActivity.daysPerWeek");

        // Only social workers start this journey from Tasklist.
        assertThat(submitStartForm("coordinator", workActivityReferral()).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<JsonNode> submitStartForm(String user, ObjectNode intake) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        ObjectNode body = objectMapper.createObjectNode();
        body.putObject("variables").putObject("intake").put("type", "Json").put("value", intake.toString());
        return http.exchange("/engine-rest/process-definition/key/work-activity-journey/submit-form", HttpMethod.POST,
                new HttpEntity<>(body.toString(), headers), JsonNode.class);
    }
}
