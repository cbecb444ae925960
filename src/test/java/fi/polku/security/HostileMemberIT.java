package fi.polku.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.support.IntegrationTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A team member with a valid login and the documented engine REST API, trying what the issue
 * "a team member can only do their own work" found possible. Each attack is refused with a 4xx
 * (never 500), and the journey, its variables, its history, its outbox and the other journey
 * are as they were.
 */
class HostileMemberIT extends IntegrationTest {

    @Autowired
    private LoginThrottle loginThrottle;
    @LocalServerPort
    private int port;

    /** The coach's journey, at the suitability interview. */
    private String coachJourney;
    private Task interview;
    /** Another journey, waiting for the referral coordinators' review. */
    private String otherJourney;

    @BeforeEach
    void twoJourneys() {
        freeAllPlaces();
        coachJourney = createJourney(referral());
        interview = awaitTask(coachJourney, "Task_HoldSuitabilityInterview");
        ObjectNode needsReview = referral();
        participant(needsReview).put("ictBackground", "NONE");
        otherJourney = createJourney(needsReview);
        awaitTask(otherJourney, "Task_ReviewReferral");
    }

    @AfterEach
    void liftLoginLocks() {
        loginThrottle.lift(null, null);
    }

    // ------------------------------------------------------------ the task's variables

    @Test
    void aCoachCannotPointTheirTaskAtAnotherJourneyAndDecideForIt() {
        Snapshot before = snapshot(otherJourney);
        Map<String, Object> ownVariables = runtimeService.getVariables(interview.getProcessInstanceId());
        String task = "/engine-rest/task/" + interview.getId();

        assertRefused(call("coach", HttpMethod.DELETE, task + "/localVariables/journeyId", null));
        assertRefused(call("coach", HttpMethod.PUT, task + "/variables/journeyId",
                "{\"value\": \"" + otherJourney + "\", \"type\": \"String\"}"));
        assertRefused(call("coach", HttpMethod.PUT, task + "/localVariables/journeyId",
                "{\"value\": \"" + otherJourney + "\", \"type\": \"String\"}"));
        assertRefused(call("coach", HttpMethod.POST, task + "/variables",
                "{\"modifications\": {\"journeyId\": {\"value\": \"" + otherJourney + "\"}}}"));
        assertRefused(call("coach", HttpMethod.POST, task + "/localVariables",
                "{\"modifications\": {}, \"deletions\": [\"journeyId\"]}"));
        assertThat(runtimeService.getVariables(interview.getProcessInstanceId())).isEqualTo(ownVariables);
        assertThat(taskService.getVariableLocal(interview.getId(), "journeyId")).isEqualTo(coachJourney);

        // The interview itself, as the form submits it: it decides for the coach's own journey only.
        assertThat(call("coach", HttpMethod.POST, task + "/claim", "{\"userId\": \"coach\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(call("coach", HttpMethod.POST, task + "/submit-form", notSuitable()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        awaitStatus(coachJourney, "decision", "DECLINED");
        assertThat(snapshot(otherJourney)).isEqualTo(before);
    }

    @Test
    void aSocialWorkerChangesNoRoutingValueOfTheWorkActivityJourneyOutsideTheForm() {
        ResponseEntity<JsonNode> referred = post("socialworker", "/api/v1/work-activity-referrals", workActivityReferral());
        assertThat(referred.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String journeyId = referred.getBody().get("journeyId").asText();
        String instanceId = awaitTask(journeyId, "Task_BuildVocationalProfile").getProcessInstanceId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
                .activityId("Timer_ActivationPlanEnds").singleResult().getId());
        Task review = awaitTask(journeyId, "Task_ReviewActivationPlan");
        Snapshot before = snapshot(journeyId);
        Snapshot other = snapshot(otherJourney);
        String task = "/engine-rest/task/" + review.getId();

        for (String routing : List.of("planDecision", "workActivityOutcome", "employerContacted", "eligibility")) {
            assertRefused(call("socialworker", HttpMethod.PUT, task + "/variables/" + routing,
                    "{\"value\": \"END\", \"type\": \"String\"}"));
        }
        assertRefused(call("socialworker", HttpMethod.PUT, task + "/localVariables/journeyId",
                "{\"value\": \"" + otherJourney + "\", \"type\": \"String\"}"));
        // The work centre's instructor may not work the social worker's review.
        assertRefused(call("wainstructor", HttpMethod.POST, task + "/claim", "{\"userId\": \"wainstructor\"}"));
        assertRefused(call("wainstructor", HttpMethod.POST, task + "/complete",
                "{\"variables\": {\"planDecision\": {\"value\": \"END\"}, \"reviewNote\": {\"value\": \"x\"}}}"));
        // A submission carrying a value its form does not have is refused as a whole; the task stays open.
        assertThat(call("socialworker", HttpMethod.POST, task + "/claim", "{\"userId\": \"socialworker\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        taskService.setAssignee(review.getId(), null);
        ResponseEntity<JsonNode> smuggled = call("socialworker", HttpMethod.POST, task + "/submit-form",
                "{\"variables\": {\"planDecision\": {\"value\": \"END\"}, \"reviewNote\": {\"value\": \"x\"}, "
                        + "\"workActivityOutcome\": {\"value\": \"SUPPORT_ENDED_IN_WORK\"}}}");
        assertThat(smuggled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
        assertThat(snapshot(journeyId)).isEqualTo(before);
        assertThat(snapshot(otherJourney)).isEqualTo(other);
    }

    /**
     * The work-activity journey's tasks and endpoint: each role may only do its own part. The
     * instructor on the job coach's profile, the coach on the instructor's assessment, the social worker
     * (who referred the client) and mallory (a valid login of the integrations) on both, through every
     * engine REST write a Tasklist user can reach: each refused, the journey as it was.
     */
    @Test
    void noOneWorksTheWorkActivityTasksOfAnotherRoleOrWritesTheJourneyThroughEngineRest() {
        ResponseEntity<JsonNode> referred = post("socialworker", "/api/v1/work-activity-referrals", workActivityReferral());
        assertThat(referred.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String journeyId = referred.getBody().get("journeyId").asText();
        Task profile = awaitTask(journeyId, "Task_BuildVocationalProfile");
        Task skills = awaitTask(journeyId, "Task_AssessDigitalSkills");
        String instanceId = profile.getProcessInstanceId();
        Snapshot before = snapshot(journeyId);
        Snapshot other = snapshot(otherJourney);
        String profileForm = "{\"variables\": {\"workHistory\": {\"value\": \"x\"}, \"preferredSectors\": {\"value\": \"x\"}, "
                + "\"preferredTasks\": {\"value\": \"x\"}, \"preferredHours\": {\"value\": 20, \"type\": \"Integer\"}, "
                + "\"strengths\": {\"value\": \"x\"}, \"disclosure\": {\"value\": \"x\"}, "
                + "\"benefitsCounsellingNeeded\": {\"value\": false, \"type\": \"Boolean\"}}}";
        String skillsForm = "{\"variables\": {\"information\": {\"value\": 3, \"type\": \"Integer\"}, "
                + "\"communication\": {\"value\": 3, \"type\": \"Integer\"}, \"contentCreation\": {\"value\": 3, \"type\": \"Integer\"}, "
                + "\"safety\": {\"value\": 3, \"type\": \"Integer\"}, \"problemSolving\": {\"value\": 3, \"type\": \"Integer\"}}}";

        Map<String, List<String>> strangers = Map.of(
                "/engine-rest/task/" + profile.getId() + "|" + profileForm, List.of("wainstructor", "socialworker", "mallory"),
                "/engine-rest/task/" + skills.getId() + "|" + skillsForm, List.of("coach", "socialworker", "mallory"));
        strangers.forEach((taskAndForm, users) -> {
            String task = taskAndForm.substring(0, taskAndForm.indexOf('|'));
            String form = taskAndForm.substring(taskAndForm.indexOf('|') + 1);
            for (String user : users) {
                assertRefused(call(user, HttpMethod.POST, task + "/claim", "{\"userId\": \"" + user + "\"}"));
                assertRefused(call(user, HttpMethod.POST, task + "/assignee", "{\"userId\": \"" + user + "\"}"));
                assertRefused(call(user, HttpMethod.POST, task + "/complete", form));
                assertRefused(call(user, HttpMethod.POST, task + "/submit-form", form));
                assertRefused(call(user, HttpMethod.PUT, task + "/variables/employerContacted",
                        "{\"value\": true, \"type\": \"Boolean\"}"));
                assertRefused(call(user, HttpMethod.POST, task + "/variables",
                        "{\"modifications\": {\"jobSearchOutcome\": {\"value\": \"JOB_STARTED\"}}}"));
                assertRefused(call(user, HttpMethod.POST, task + "/identity-links",
                        "{\"groupId\": \"" + (user.equals("coach") ? "job-coaches" : "social-workers") + "\", \"type\": \"candidate\"}"));
            }
        });
        for (String user : List.of("coach", "wainstructor", "socialworker", "mallory")) {
            String instance = "/engine-rest/process-instance/" + instanceId;
            assertRefused(call(user, HttpMethod.PUT, instance + "/variables/workActivityOutcome",
                    "{\"value\": \"LEFT\", \"type\": \"String\"}"));
            assertRefused(call(user, HttpMethod.POST, instance + "/modification", "{\"instructions\": [{\"type\": "
                    + "\"startBeforeActivity\", \"activityId\": \"Task_ReviewActivationPlan\"}]}"));
            assertRefused(call(user, HttpMethod.DELETE, instance, null));
            assertRefused(call(user, HttpMethod.PUT, instance + "/suspended", "{\"suspended\": true}"));
            assertRefused(call(user, HttpMethod.POST, "/engine-rest/message", "{\"messageName\": \"WorkActivityEnded\", "
                    + "\"businessKey\": \"" + journeyId + "\"}"));
            assertRefused(call(user, HttpMethod.POST, "/engine-rest/message", "{\"messageName\": \"JourneyWithdrawn\", "
                    + "\"businessKey\": \"" + journeyId + "\"}"));
        }
        // Only social workers start this journey from Tasklist's start form.
        long journeys = jdbc.queryForObject("select count(*) from journey", Long.class);
        for (String user : List.of("coach", "wainstructor", "mallory")) {
            ResponseEntity<JsonNode> start = call(user, HttpMethod.POST,
                    "/engine-rest/process-definition/key/work-activity-journey/submit-form", "{\"variables\": {}}");
            assertThat(start.getStatusCode().value()).as(user).isIn(400, 403, 404);
        }
        assertThat(jdbc.queryForObject("select count(*) from journey", Long.class)).isEqualTo(journeys);
        // The intake and the end of the activity belong to social work (and the integrations): not to the coach or instructor.
        for (String user : List.of("coach", "wainstructor")) {
            assertThat(post(user, "/api/v1/work-activity-referrals", workActivityReferral()).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(post(user, "/api/v1/journeys/" + journeyId + "/events", "{\"type\": \"WORK_ACTIVITY_ENDED\", "
                    + "\"data\": {\"endedOn\": \"" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"))
                    + "\", \"reason\": \"OTHER_SERVICE\"}}").getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }

        for (Task task : List.of(profile, skills)) {
            Task now = taskService.createTaskQuery().taskId(task.getId()).singleResult();
            assertThat(now).as(task.getTaskDefinitionKey() + " still open").isNotNull();
            assertThat(now.getAssignee()).isNull();
            assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                    .containsExactly(task.getTaskDefinitionKey().equals("Task_AssessDigitalSkills")
                            ? "work-activity-instructors" : "job-coaches");
        }
        assertThat(snapshot(journeyId)).isEqualTo(before);
        assertThat(snapshot(otherJourney)).isEqualTo(other);
    }

    @Test
    void theJourneyComesFromTheBusinessKeyEvenWhenItsVariableWasRewritten() {
        Snapshot before = snapshot(otherJourney);
        // Whatever wrote it (an administrator, a future bug): the label no longer names the journey.
        runtimeService.setVariable(interview.getProcessInstanceId(), "journeyId", otherJourney);
        taskService.removeVariableLocal(interview.getId(), "journeyId");

        work("coach", "job-coaches", interview, Map.of("interviewOutcome", "NOT_SUITABLE",
                "interviewDate", "2026-11-20", "motivation", 2, "preferredWorkTeam", "SOFTWARE"));

        awaitStatus(coachJourney, "decision", "DECLINED");
        assertThat(snapshot(otherJourney)).isEqualTo(before);
    }

    @Test
    void routingValuesAndValuesNoFormSendsCannotBeWritten() {
        String task = "/engine-rest/task/" + interview.getId();
        Map<String, Object> ownVariables = runtimeService.getVariables(interview.getProcessInstanceId());
        for (String routing : List.of("eligibility", "noShowCount", "placementAttempt")) {
            assertRefused(call("coach", HttpMethod.PUT, task + "/variables/" + routing,
                    "{\"value\": 0, \"type\": \"Integer\"}"));
        }
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertRefused(call("coach", HttpMethod.PUT, task + "/variables/deep",
                "{\"type\": \"Json\", \"value\": " + quoted(deep) + "}"));
        assertRefused(call("coach", HttpMethod.PUT, task + "/variables/big",
                "{\"type\": \"String\", \"value\": \"" + "x".repeat(3_000_000) + "\"}"));
        assertRefused(call("coach", HttpMethod.PUT, task + "/variables/jdk", "{\"type\": \"Object\", \"value\": \"{}\","
                + " \"valueInfo\": {\"objectTypeName\": \"java.lang.ProcessBuilder\", \"serializationDataFormat\": "
                + "\"application/json\"}}"));
        // Java serialization: a 500 before, refused as any other write now.
        assertRefused(call("coach", HttpMethod.PUT, task + "/variables/serialized", "{\"type\": \"Object\", "
                + "\"value\": \"rO0ABXQABWhlbGxv\", \"valueInfo\": {\"objectTypeName\": \"java.lang.String\", "
                + "\"serializationDataFormat\": \"application/x-java-serialized-object\"}}"));
        assertRefused(call("coach", HttpMethod.PUT, "/engine-rest/process-instance/" + interview.getProcessInstanceId()
                + "/variables/eligibility", "{\"value\": \"ELIGIBLE\"}"));
        assertThat(runtimeService.getVariables(interview.getProcessInstanceId())).isEqualTo(ownVariables);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(interview.getProcessInstanceId())
                .variableNameIn("deep", "big", "jdk", "serialized").count()).isZero();
        // The task's form still loads.
        assertThat(call("coach", HttpMethod.GET, task + "/form-variables", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /**
     * The same submission through other spellings of the task's path (a path parameter, plain or
     * encoded, a percent-encoded character, a doubled slash, a dot segment): the container and engine REST
     * read them as the task's own path, so the form's check must read them alike, or refuse them.
     * An extra variable the form does not have (the routing value eligibility) never gets in.
     */
    @Test
    void aSubmissionThroughAnotherSpellingOfThePathIsCheckedAgainstTheFormAlike() throws IOException {
        assertThat(call("coach", HttpMethod.POST, "/engine-rest/task/" + interview.getId() + "/claim",
                "{\"userId\": \"coach\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String id = interview.getId();
        String submission = notSuitable().replace("{\"variables\": {",
                "{\"variables\": {\"eligibility\": {\"value\": \"NOT_ELIGIBLE\"}, ");
        for (String path : List.of(
                "/engine-rest/task/" + id + ";x=1/submit-form",
                "/engine-rest/task/" + id + "%3Bx=1/submit-form",
                "/engine-rest/task/" + id + "/submit-form;x=1",
                "/engine-rest/task/%" + Integer.toHexString(id.charAt(0)) + id.substring(1) + "/submit-form",
                "/engine-rest/task/" + id + "/%73ubmit-form",
                "/engine-rest//task/" + id + "/submit-form",
                "/engine-rest/task/" + id + "/./submit-form",
                "/engine-rest/task/" + id + "/complete;x=1")) {
            int status = raw(InetAddress.getLoopbackAddress(), "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Basic " + Base64.getEncoder().encodeToString("coach:coach".getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + submission.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + submission);
            assertThat(status).as(path).isBetween(400, 499);
            assertThat(runtimeService.getVariable(interview.getProcessInstanceId(), "eligibility")).as(path)
                    .isEqualTo("ELIGIBLE");
            assertThat(taskService.createTaskQuery().taskId(id).count()).as(path + ": the task is still open").isOne();
        }
    }

    @Test
    void tasklistsOwnEngineApiRefusesTheSameWrites() {
        WebappSession session = webappLogin("coach", "tasklist");
        String task = "/camunda/api/engine/engine/default/task/" + interview.getId();
        assertRefused(webappRequest(session, HttpMethod.PUT, task + "/variables/journeyId",
                "{\"value\": \"" + otherJourney + "\", \"type\": \"String\"}"));
        assertRefused(webappRequest(session, HttpMethod.POST, task + "/identity-links",
                "{\"groupId\": \"managers\", \"type\": \"candidate\"}"));
        assertRefused(webappRequest(session, HttpMethod.POST, task + "/claim", "{\"userId\": \"manager\"}"));
        // Its own work goes through.
        assertThat(webappRequest(session, HttpMethod.POST, task + "/claim", "{\"userId\": \"coach\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(webappRequest(session, HttpMethod.POST, task + "/unclaim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(interview.getId()).singleResult().getAssignee()).isNull();
    }

    // ------------------------------------------------------------ handing the task on

    @Test
    void aCoachCannotHandTheirTaskToAnotherGroupOrToAManager() {
        String task = "/engine-rest/task/" + interview.getId();
        assertRefused(call("coach", HttpMethod.POST, task + "/identity-links",
                "{\"groupId\": \"managers\", \"type\": \"candidate\"}"));
        assertRefused(call("coach", HttpMethod.POST, task + "/assignee", "{\"userId\": \"manager\"}"));
        assertRefused(call("coach", HttpMethod.POST, task + "/claim", "{\"userId\": \"manager\"}"));
        assertRefused(call("coach", HttpMethod.POST, task + "/delegate", "{\"userId\": \"manager\"}"));
        assertRefused(call("coach", HttpMethod.PUT, task, "{\"name\": \"Renamed\", \"due\": null}"));
        assertRefused(call("coach", HttpMethod.POST, task + "/bpmnError", "{\"errorCode\": \"anything\"}"));
        assertThat(taskService.getIdentityLinksForTask(interview.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("job-coaches");
        Task now = taskService.createTaskQuery().taskId(interview.getId()).singleResult();
        assertThat(now.getAssignee()).isNull();
        assertThat(now.getDueDate()).isEqualTo(interview.getDueDate());

        assertRefused(call("manager", HttpMethod.POST, task + "/complete", notSuitable()));
        assertThat(taskService.createTaskQuery().taskId(interview.getId()).count()).isOne();
    }

    @Test
    void onlyTheAssigneeGivesATaskBack() {
        String task = "/engine-rest/task/" + interview.getId();
        assertThat(call("coach", HttpMethod.POST, task + "/claim", "{\"userId\": \"coach\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertRefused(call("coach2", HttpMethod.POST, task + "/unclaim", null));
        assertThat(taskService.createTaskQuery().taskId(interview.getId()).singleResult().getAssignee()).isEqualTo("coach");
        assertThat(call("coach", HttpMethod.POST, task + "/unclaim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(interview.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void commentsAreSwitchedOffForTheTeamAndManagers() {
        String task = "/engine-rest/task/" + interview.getId();
        for (String user : List.of("coach", "lead", "manager")) {
            assertRefused(call(user, HttpMethod.POST, task + "/comment/create", "{\"message\": \"Has a health issue\"}"));
        }
        assertThat(taskService.getTaskComments(interview.getId())).isEmpty();
    }

    // ------------------------------------------------------------ events

    @Test
    void onlyAnEventsOwnersMaySendIt() {
        String decisionJourney = journeyAtDecision();
        Snapshot before = snapshot(decisionJourney);
        ResponseEntity<JsonNode> counsellor = post("counsellor", "/api/v1/journeys/" + decisionJourney + "/events",
                "{\"type\": \"WAGE_SUBSIDY_DECIDED\", \"data\": {\"decisionNumber\": \"X-1\", \"granted\": true, "
                        + "\"funding\": \"PAY_SUBSIDY\", \"subsidyPercent\": 100, \"startDate\": \"2027-01-04\", "
                        + "\"endDate\": \"2027-09-03\"}}");
        assertThat(counsellor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(counsellor.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(counsellor.getBody().get("detail").asText()).contains("integrations, team-leads");
        assertThat(awaitTask(decisionJourney, "Task_RecordWageSubsidyDecision")).isNotNull();
        assertThat(snapshot(decisionJourney)).isEqualTo(before);

        Snapshot waiting = snapshot(otherJourney);
        assertThat(post("coach", "/api/v1/journeys/" + otherJourney + "/events", "{\"type\": \"PLACE_AVAILABLE\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("coordinator", "/api/v1/journeys/" + otherJourney + "/events", "{\"type\": \"JOURNEY_WITHDRAWN\", "
                + "\"data\": {\"reason\": \"MOVED_AWAY\"}}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(snapshot(otherJourney)).isEqualTo(waiting);
    }

    // ------------------------------------------------------------ the supplement application

    /**
     * A supplement application at "Check application": a coach, mallory (integrations: the API's
     * supplement writes are hers, the engine's are not) and a supplement handler, each with a valid
     * login, try to work, hand over, rewrite, steer, move, delete or signal it through engine REST,
     * and to start one without the form. Each is refused, and the application, its instance's
     * variables and its task are as they were.
     */
    @Test
    void nobodyWorksOrSteersASupplementApplicationOutsideItsTasksForms() {
        String applicationId = post("integration", "/api/v1/supplement-applications", supplementApplication()).getBody()
                .get("applicationId").asText();
        Task check = awaitTask(applicationId, "Task_CheckApplication");
        String instance = check.getProcessInstanceId();
        String task = "/engine-rest/task/" + check.getId();
        Map<String, Object> application = supplementRow(applicationId);
        Map<String, Object> variables = runtimeService.getVariables(instance);

        for (String user : List.of("coach", "mallory", "lead", "manager")) {
            assertRefused(call(user, HttpMethod.POST, task + "/claim", "{\"userId\": \"" + user + "\"}"));
            assertRefused(call(user, HttpMethod.POST, task + "/assignee", "{\"userId\": \"" + user + "\"}"));
            assertRefused(call(user, HttpMethod.POST, task + "/complete", "{\"variables\": {\"checkOutcome\": {\"value\": \"COMPLETE\"}}}"));
            assertRefused(call(user, HttpMethod.POST, task + "/submit-form", "{\"variables\": {\"checkOutcome\": {\"value\": \"COMPLETE\"}}}"));
            assertRefused(call(user, HttpMethod.GET, task + "/form-variables", null));
            assertRefused(call(user, HttpMethod.POST, task + "/identity-links", "{\"groupId\": \"job-coaches\", \"type\": \"candidate\"}"));
            assertRefused(call(user, HttpMethod.POST, "/engine-rest/process-definition/key/supplement-application/submit-form",
                    "{\"variables\": {\"intake\": {\"type\": \"Json\", \"value\": "
                            + quoted(supplementApplication().toString()) + "}}}"));
        }
        for (String user : List.of("coach", "mallory", "handler", "handler2", "lead", "manager")) {
            assertRefused(call(user, HttpMethod.PUT, task + "/variables/eligible", "{\"value\": true, \"type\": \"Boolean\"}"));
            assertRefused(call(user, HttpMethod.POST, task + "/variables", "{\"modifications\": {\"applicationId\": "
                    + "{\"value\": \"" + java.util.UUID.randomUUID() + "\"}}}"));
            assertRefused(call(user, HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/variables/granted",
                    "{\"value\": true, \"type\": \"Boolean\"}"));
            assertRefused(call(user, HttpMethod.POST, "/engine-rest/process-instance/" + instance + "/modification",
                    "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_RecordDecision\"}]}"));
            assertRefused(call(user, HttpMethod.DELETE, "/engine-rest/process-instance/" + instance, null));
            assertRefused(call(user, HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/suspended",
                    "{\"suspended\": true}"));
            for (String message : List.of("SupplementApplicationCancelled", "SupplementInfoProvided", "SupplementPayRealised",
                    "SupplementEmploymentEnded")) {
                ResponseEntity<JsonNode> correlated = call(user, HttpMethod.POST, "/engine-rest/message",
                        "{\"messageName\": \"" + message + "\", \"businessKey\": \"" + applicationId + "\"}");
                assertThat(correlated.getStatusCode().value()).as(user + " " + message + " " + correlated.getBody())
                        .isIn(400, 403, 404);
            }
        }
        // A handler may start one only through the form (the API's own variables are no way in).
        assertThat(call("handler", HttpMethod.POST, "/engine-rest/process-definition/key/supplement-application/start",
                "{\"variables\": {\"applicationId\": {\"value\": \"" + applicationId + "\"}}}").getStatusCode().value())
                .isEqualTo(400);

        assertThat(supplementRow(applicationId)).isEqualTo(application);
        assertThat(runtimeService.getVariables(instance)).isEqualTo(variables);
        Task after = taskService.createTaskQuery().taskId(check.getId()).singleResult();
        assertThat(after).isNotNull();
        assertThat(after.getAssignee()).isNull();
        assertThat(taskService.getIdentityLinksForTask(check.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("supplement-handlers");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).active().count()).isOne();
    }

    private Map<String, Object> supplementRow(String applicationId) {
        return new TreeMap<>(jdbc.queryForMap("select status, checked_by, decision, prepared_by, approved_by, decided_at,"
                + " case_number, cancelled_at from supplement_application where id = ?::uuid", applicationId));
    }

    // ------------------------------------------------------------ jobs nobody owns

    @Test
    void theHistoryCleanupJobIsTheAdministratorsAlone() {
        Job cleanup = historyCleanupJob();
        for (String user : List.of("integration", "manager", "coach", "lead")) {
            String job = "/engine-rest/job/" + cleanup.getId();
            assertRefused(call(user, HttpMethod.PUT, job + "/retries", "{\"retries\": 0}"));
            assertRefused(call(user, HttpMethod.PUT, job + "/suspended", "{\"suspended\": true}"));
            assertRefused(call(user, HttpMethod.PUT, job + "/priority", "{\"priority\": 99}"));
            assertRefused(call(user, HttpMethod.PUT, job + "/duedate", "{\"duedate\": \"2099-01-01T00:00:00.000+0000\"}"));
            assertRefused(call(user, HttpMethod.POST, job + "/execute", null));
            assertRefused(call(user, HttpMethod.DELETE, job, null));
            assertRefused(call(user, HttpMethod.POST, "/engine-rest/history/cleanup", null));
            assertRefused(call(user, HttpMethod.PUT, "/engine-rest/job-definition/" + cleanup.getJobDefinitionId()
                    + "/suspended", "{\"suspended\": true}"));
        }
        Job after = managementService.createJobQuery().jobId(cleanup.getId()).singleResult();
        assertThat(after).isNotNull();
        assertThat(after.getRetries()).isEqualTo(cleanup.getRetries());
        assertThat(after.isSuspended()).isFalse();
        assertThat(after.getPriority()).isEqualTo(cleanup.getPriority());
        assertThat(after.getDuedate()).isEqualTo(cleanup.getDuedate());
    }

    // ------------------------------------------------------------ what managers read

    @Test
    void managersReadNoFreeTextOfAReferral() {
        ObjectNode referral = referral();
        String reason = "Burn-out diagnosis in 2025, on medication " + java.util.UUID.randomUUID();
        referral.put("reason", reason);
        participant(referral).put("ictBackground", "NONE");
        String journey = createJourney(referral);
        Task review = awaitTask(journey, "Task_ReviewReferral");
        // The coordinator sees the reason in the task's summary...
        assertThat(call("coordinator", HttpMethod.GET, "/engine-rest/task/" + review.getId()
                + "/form-variables?deserializeValues=false", null).getBody().toString()).contains(reason);
        // ...managers nowhere.
        String instance = review.getProcessInstanceId();
        for (String path : List.of("/engine-rest/task/" + review.getId() + "/variables?deserializeValues=false",
                "/engine-rest/task/" + review.getId() + "/form-variables?deserializeValues=false",
                "/engine-rest/process-instance/" + instance + "/variables?deserializeValues=false",
                "/engine-rest/variable-instance?maxResults=50&deserializeValues=false&processInstanceIdIn=" + instance,
                "/engine-rest/variable-instance?maxResults=50&deserializeValues=false&taskIdIn=" + review.getId(),
                "/engine-rest/history/variable-instance?maxResults=50&deserializeValues=false&processInstanceId=" + instance,
                "/engine-rest/history/detail?maxResults=50&deserializeValues=false&processInstanceId=" + instance,
                "/engine-rest/history/decision-instance?maxResults=50&includeInputs=true&processInstanceId=" + instance,
                "/engine-rest/history/task?maxResults=50&processInstanceId=" + instance,
                "/api/v1/dashboard/journeys/" + journey, "/api/v1/referrals/" + journey)) {
            ResponseEntity<JsonNode> response = call("manager", HttpMethod.GET, path, null);
            assertThat(response.getStatusCode().value()).as(path).isIn(200, 403);
            assertThat(String.valueOf(response.getBody())).as(path).doesNotContain(reason).doesNotContain("Burn-out");
        }
        // Cockpit's own view of the instance's variables, as Cockpit asks for them.
        WebappSession cockpit = webappLogin("manager", "cockpit");
        ResponseEntity<JsonNode> variables = webappRequest(cockpit, HttpMethod.POST,
                "/camunda/api/engine/engine/default/variable-instance?deserializeValues=false&maxResults=50",
                "{\"processInstanceIdIn\": [\"" + instance + "\"]}");
        assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(variables.getBody()).isEmpty();

        // A coordinator's reason for declining is free text too: the referrer and the team read it, managers do not.
        String declineReason = "Needs treatment for depression first " + java.util.UUID.randomUUID();
        work("coordinator", "referral-coordinators", review, Map.of("reviewDecision", "DECLINE", "declineReason", declineReason));
        awaitStatus(journey, "decision", "DECLINED");
        assertThat(get("integration", "/api/v1/referrals/" + journey).getBody().get("decisionReason").asText())
                .isEqualTo(declineReason);
        JsonNode managersView = get("manager", "/api/v1/referrals/" + journey).getBody();
        assertThat(managersView.get("decision").asText()).isEqualTo("DECLINED");
        assertThat(managersView.toString()).doesNotContain(declineReason);
    }

    // ------------------------------------------------------------ answers, never 500

    @Test
    void malformedRequestsAreAnsweredWith4xx() {
        ResponseEntity<JsonNode> negative = call("coach", HttpMethod.GET, "/engine-rest/task?firstResult=-5&maxResults=10", null);
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(negative.getBody().get("message").asText()).contains("firstResult");
        assertThat(call("admin", HttpMethod.GET, "/engine-rest/task?firstResult=0&maxResults=-1", null)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(call("admin", HttpMethod.GET, "/engine-rest/task?firstResult=abc", null)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        // An administrator may write variables, but not Java-serialized ones (a 500 from the engine before).
        ResponseEntity<JsonNode> serialized = call("admin", HttpMethod.PUT, "/engine-rest/task/" + interview.getId()
                + "/variables/serialized", "{\"type\": \"Object\", \"value\": \"rO0ABXQABWhlbGxv\", \"valueInfo\": "
                + "{\"objectTypeName\": \"java.lang.String\", \"serializationDataFormat\": "
                + "\"application/x-java-serialized-object\"}}");
        assertThat(serialized.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(serialized.getBody().get("message").asText()).contains("serialized");
        assertThat(runtimeService.getVariable(interview.getProcessInstanceId(), "serialized")).isNull();

        long journeys = jdbc.queryForObject("select count(*) from journey", Long.class);
        for (String user : List.of("coordinator", "admin")) {
            ResponseEntity<JsonNode> start = call(user, HttpMethod.POST,
                    "/engine-rest/process-definition/key/participant-journey/start", "{}");
            assertThat(start.getStatusCode()).as(user).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(start.getBody().get("message").asText()).contains("submit-form");
        }
        ResponseEntity<JsonNode> withoutForm = call("coordinator", HttpMethod.POST,
                "/engine-rest/process-definition/key/participant-journey/submit-form", "{\"variables\": {}}");
        assertThat(withoutForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.queryForObject("select count(*) from journey", Long.class)).isEqualTo(journeys);
    }

    // ------------------------------------------------------------ failed logins

    @Test
    void wrongPasswordsFromOneAddressNeitherLockTheUserElsewhereNorForever() throws IOException {
        InetAddress attacker = InetAddress.getByName("127.0.0.2");
        for (int i = 0; i < 12; i++) {
            int status = rawGet(attacker, "/api/v1/referrals/" + coachJourney, "integration", "guess" + i);
            assertThat(status).as("attempt " + (i + 1)).isEqualTo(i < 5 ? 401 : 429);
        }
        // The right password from the attacker's address waits too...
        assertThat(rawGet(attacker, "/api/v1/referrals/" + coachJourney, "integration", "integration")).isEqualTo(429);
        // ...but the integration, from its own address, is not locked out: on the API, engine REST, the webapps.
        assertThat(get("integration", "/api/v1/referrals/" + coachJourney).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(identityService.checkPassword("integration", "integration")).isTrue();
        assertThat(loginThrottle.locked()).extracting(LoginThrottle.Lock::userId, LoginThrottle.Lock::address)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("integration", "127.0.0.2"));

        // Ten wrong webapp logins of the administrator from the attacker's address: admin still signs in here.
        for (int i = 0; i < 10; i++) {
            assertThat(rawLogin(attacker, "admin", "guess" + i)).as("login " + (i + 1)).isEqualTo(i < 5 ? 401 : 429);
        }
        assertThat(webappLogin("admin", "admin").status()).isEqualTo(HttpStatus.OK);
        assertThat(identityService.checkPassword("admin", "admin")).isTrue();

        // An administrator sees the locks and lifts them.
        JsonNode locks = get("admin", "/api/v1/login-locks").getBody();
        assertThat(locks.findValuesAsText("userId")).contains("integration", "admin");
        assertThat(get("coach", "/api/v1/login-locks").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call("admin", HttpMethod.DELETE, "/api/v1/login-locks?userId=integration", null)
                .getBody().get("lifted").asInt()).isOne();
        assertThat(rawGet(attacker, "/api/v1/referrals/" + coachJourney, "integration", "integration")).isEqualTo(200);
        assertThat(get("admin", "/actuator/metrics/polku.logins.locks").getBody().at("/measurements/0/value").asDouble())
                .isGreaterThanOrEqualTo(2);
    }

    /** A GET with HTTP Basic from a chosen loopback address (the test's own client always uses 127.0.0.1). */
    private int rawGet(InetAddress from, String path, String user, String password) throws IOException {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return raw(from, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + credentials
                + "\r\nConnection: close\r\n\r\n");
    }

    /** A webapp login as the login page sends it (session and CSRF token from a first request), from a chosen address. */
    private int rawLogin(InetAddress from, String user, String password) throws IOException {
        String page = rawResponse(from, "GET /camunda/app/cockpit/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        Map<String, String> cookies = new TreeMap<>();
        page.lines().filter(line -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11)).forEach(line -> {
            String[] pair = line.substring(11).trim().split(";", 2)[0].split("=", 2);
            cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
        });
        String cookieHeader = String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList());
        String form = "username=" + user + "&password=" + password;
        String answer = rawResponse(from, "POST /camunda/api/admin/auth/user/default/login/cockpit HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nCookie: " + cookieHeader + "\r\nX-XSRF-TOKEN: " + cookies.get("XSRF-TOKEN")
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                + "\r\nConnection: close\r\n\r\n" + form);
        return Integer.parseInt(answer.substring(9, 12));
    }

    private int raw(InetAddress from, String request) throws IOException {
        return Integer.parseInt(rawResponse(from, request).substring(9, 12));
    }

    /** The status line and headers of the answer to a raw HTTP/1.1 request sent from the address. */
    private String rawResponse(InetAddress from, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = answer.indexOf("\r\n\r\n");
            return end < 0 ? answer : answer.substring(0, end);
        }
    }

    // ------------------------------------------------------------ helpers

    private static String notSuitable() {
        return "{\"variables\": {\"interviewOutcome\": {\"value\": \"NOT_SUITABLE\"}, \"interviewDate\": "
                + "{\"value\": \"2026-11-20\"}, \"motivation\": {\"value\": 2, \"type\": \"Integer\"}, "
                + "\"preferredWorkTeam\": {\"value\": \"SOFTWARE\"}}}";
    }

    /** A refusal: 403 or 404 (a task the caller may not see), as problem details or engine REST's error, never 500. */
    private static void assertRefused(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isIn(403, 404);
        assertThat(response.getBody().get("message").asText()).isNotBlank();
    }

    /** What an attack must not change: the journey's domain row, its process variables, events, outbox and history. */
    private record Snapshot(Map<String, Object> journey, Map<String, Object> variables, List<Map<String, Object>> events,
                            List<Map<String, Object>> outbox, long historicVariables, long openTasks) {
    }

    private Snapshot snapshot(String journeyId) {
        Map<String, Object> journey = new TreeMap<>(jdbc.queryForMap(
                "select status, phase, eligibility, decision, decision_reason, outcome, period_status, placement_status "
                        + "from journey where id = ?::uuid", journeyId));
        Map<String, Object> variables = new TreeMap<>();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(journeyId).list()
                .forEach(instance -> variables.putAll(runtimeService.getVariables(instance.getId())));
        return new Snapshot(journey, variables,
                jdbc.queryForList("select type, data::text from journey_event where journey_id = ?::uuid order by id", journeyId),
                jdbc.queryForList("select type, payload::text from outbox_message where journey_id = ?::uuid order by created_at",
                        journeyId),
                historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(
                        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(journeyId).list().stream()
                                .map(p -> p.getId()).toArray(String[]::new)).count(),
                taskService.createTaskQuery().processInstanceBusinessKey(journeyId).count());
    }


}
