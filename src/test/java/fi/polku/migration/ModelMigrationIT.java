package fi.polku.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A journey that entered the referral on its first version (the eligibility check still a task
 * delegate) moves to version 2 when an administrator asks, as an engine batch, and continues there:
 * the same task with its form, the same variables, and the rest of the journey on the new model.
 */
class ModelMigrationIT extends IntegrationTest {

    @Autowired
    RepositoryService repositoryService;

    @BeforeEach
    void deployTheFirstVersionOfTheReferral() {
        freeAllPlaces();
        repositoryService.createDeployment().name("referral before decision tasks")
                .addClasspathResource("legacy/referral-before-decision-tasks.bpmn").deploy();
    }

    @AfterEach
    void deployTheCurrentVersion() {
        // Whatever happened, later tests start journeys on the current model.
        repositoryService.createDeployment().name("referral").addClasspathResource("processes/referral.bpmn").deploy();
        repositoryService.createDeployment().name("participant-journey")
                .addClasspathResource("processes/participant-journey.bpmn").deploy();
        repositoryService.createDeployment().name("hold-suitability-interview")
                .addClasspathResource("forms/hold-suitability-interview.form").deploy();
    }

    /**
     * A form change (README, "A form"): the interview form gains an optional field. A task opened
     * before the change binds its form as "latest", so it shows the new version at once and can
     * still be submitted. The server's check of a submission reads the forms the release ships
     * ({@code FormFields}), so the new field itself is accepted once a release ships the form, and
     * refused before (fail closed), e.g. on a node still on the old code during a rolling upgrade.
     */
    @Test
    void anOpenTaskShowsTheNewVersionOfItsFormAndCanStillBeSubmitted() throws Exception {
        String journeyId = createJourney(referral());
        Task interview = awaitTask(journeyId, "Task_HoldSuitabilityInterview");
        taskService.claim(interview.getId(), "coach");

        com.fasterxml.jackson.databind.node.ObjectNode form;
        try (java.io.InputStream in = getClass().getResourceAsStream("/forms/hold-suitability-interview.form")) {
            form = (com.fasterxml.jackson.databind.node.ObjectNode) objectMapper.readTree(in);
        }
        ((com.fasterxml.jackson.databind.node.ArrayNode) form.get("components")).addObject().put("type", "checkbox")
                .put("key", "interpreterNeeded").put("label", "Interpreter needed").put("id", "Field_Interpreter");
        repositoryService.createDeployment().name("hold-suitability-interview with an interpreter field")
                .addString("forms/hold-suitability-interview.form", form.toString()).deploy();
        assertThat(get("coach", "/engine-rest/task/" + interview.getId() + "/deployed-form").getBody().toString())
                .as("the open task's form is the new version").contains("interpreterNeeded");

        String submitForm = "/engine-rest/task/" + interview.getId() + "/submit-form";
        String fields = """
                "interviewOutcome": {"value": "SUITABLE"}, "interviewDate": {"value": "2026-11-20"},
                "motivation": {"value": 4}, "preferredWorkTeam": {"value": "SOFTWARE"}""";
        ResponseEntity<JsonNode> unshipped = post("coach", submitForm,
                objectMapper.readTree("{\"variables\": {" + fields + ", \"interpreterNeeded\": {\"value\": true}}}"));
        assertThat(unshipped.getStatusCode()).as("a field no release ships yet").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unshipped.getBody().toString()).contains("interpreterNeeded");
        assertThat(post("coach", submitForm, objectMapper.readTree("{\"variables\": {" + fields + "}}")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        awaitTask(journeyId, "Task_DiscussPathwayStudies");
    }

    /**
     * A change of the diagram only (version 2 of the participant journey): a journey in its initial
     * assessment moves with its phase's call activity, the called phase untouched, and goes on.
     */
    @Test
    void aJourneyInItsAssessmentMovesToTheNewDiagramAndGoesOn() {
        repositoryService.createDeployment().name("participant-journey before layout")
                .addClasspathResource("legacy/participant-journey-before-layout.bpmn").deploy();
        String journeyId = journeyInAssessment();
        ProcessInstance journey = journeyInstance(journeyId);
        assertThat(definition(journey).getVersionTag()).isEqualTo("1");
        Task pathway = awaitTask(journeyId, "Task_DiscussPathwayStudies");

        deployTheCurrentVersion();
        migrateAsAdministrator("participant-journey", "2");

        assertThat(definition(journeyInstance(journeyId)).getVersionTag()).isEqualTo("2");
        assertThat(awaitTask(journeyId, "Task_DiscussPathwayStudies").getId()).as("the phase's task untouched")
                .isEqualTo(pathway.getId());
        assess(journeyId, 4, "NONE");
        awaitTask(journeyId, "Task_HoldCaseConference");
    }

    /** Starts the declared migration as an administrator does and waits until its batches have run. */
    private void migrateAsAdministrator(String processDefinitionKey, String toVersionTag) {
        ResponseEntity<JsonNode> started = post("admin",
                ModelMigrationController.PATH + "/" + processDefinitionKey + "/" + toVersionTag, null);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        List<String> batches = started.getBody().path("versions").findValuesAsText("batchId");
        assertThat(batches).isNotEmpty();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> batches.stream().allMatch(id -> managementService.createBatchQuery().batchId(id).count() == 0));
    }

    private ProcessInstance journeyInstance(String journeyId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("participant-journey")
                .processInstanceBusinessKey(journeyId).singleResult();
    }

    @Test
    void aJourneyWaitingForItsInterviewMovesToTheNewVersionWhenAnAdministratorAsksAndGoesOn() {
        String journeyId = createJourney(referral());
        Task interview = awaitTask(journeyId, "Task_HoldSuitabilityInterview");
        ProcessInstance referral = referralInstance(journeyId);
        assertThat(definition(referral).getVersionTag()).as("started on the first, untagged version").isNull();

        deployTheCurrentVersion();
        ProcessDefinition current = repositoryService.createProcessDefinitionQuery().processDefinitionKey("referral")
                .latestVersion().singleResult();
        assertThat(current.getVersionTag()).isEqualTo("2");
        assertThat(referralInstance(journeyId).getProcessDefinitionId())
                .as("nothing moves by itself").isEqualTo(referral.getProcessDefinitionId());

        JsonNode preview = report(get("admin", ModelMigrationController.PATH).getBody(), "referral");
        assertThat(values(preview, "migrating")).contains(referral.getId());

        assertThat(post("coach", ModelMigrationController.PATH + "/referral/2", null).getStatusCode())
                .as("only administrators migrate").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("admin", ModelMigrationController.PATH + "/referral/9", null).getStatusCode())
                .as("an undeclared migration").isEqualTo(HttpStatus.NOT_FOUND);
        migrateAsAdministrator("referral", "2");

        ProcessInstance migrated = referralInstance(journeyId);
        assertThat(migrated.getProcessDefinitionId()).isEqualTo(current.getId());
        Task same = awaitTask(journeyId, "Task_HoldSuitabilityInterview");
        assertThat(same.getId()).as("the same open task").isEqualTo(interview.getId());
        assertThat(runtimeService.getVariable(migrated.getId(), "eligibility")).isEqualTo("ELIGIBLE");

        work("coach", "job-coaches", same, Map.of("interviewOutcome", "SUITABLE", "interviewDate", "2026-11-20",
                "motivation", 4, "preferredWorkTeam", "SOFTWARE"));
        awaitTask(journeyId, "Task_DiscussPathwayStudies");
    }

    private ProcessInstance referralInstance(String journeyId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("referral")
                .processInstanceBusinessKey(journeyId).singleResult();
    }

    private ProcessDefinition definition(ProcessInstance instance) {
        return repositoryService.getProcessDefinition(instance.getProcessDefinitionId());
    }

    private static JsonNode report(JsonNode reports, String processDefinitionKey) {
        for (JsonNode report : reports) {
            if (processDefinitionKey.equals(report.path("processDefinitionKey").asText())) {
                return report;
            }
        }
        throw new AssertionError("No migration of " + processDefinitionKey + " in " + reports);
    }

    /** The entries of the named lists of every source version of the report. */
    private static List<String> values(JsonNode report, String list) {
        List<String> values = new ArrayList<>();
        report.path("versions").forEach(version -> version.path(list).forEach(value -> values.add(value.asText())));
        return values;
    }
}
