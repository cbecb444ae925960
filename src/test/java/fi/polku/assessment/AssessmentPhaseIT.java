package fi.polku.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The initial assessment on PostgreSQL, each task worked by a demo user of its group. */
class AssessmentPhaseIT extends IntegrationTest {

    @Autowired
    HistoryService historyService;

    @BeforeEach
    void startWithAFreePlace() {
        freeAllPlaces();
    }




    @Test
    void theTeamAssessesAndAgreesWageSubsidyWorkOnOneScreen() throws Exception {
        String journeyId = journeyInAssessment();
        assertThat(status(journeyId).get("phase").asText()).isEqualTo("INITIAL_ASSESSMENT");

        // Each task belongs to its group: a job coach cannot complete the social instructor's task.
        Task crear = awaitTask(journeyId, "Task_ReviewServiceNeed");
        identityService.setAuthentication("coach", List.of("job-coaches"));
        try {
            assertThatThrownBy(() -> taskService.complete(crear.getId(), Map.of("crearStudies", 3)))
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            identityService.clearAuthentication();
        }

        assess(journeyId, 4, "SOME");
        Task conference = awaitTask(journeyId, "Task_HoldCaseConference");
        assertThat(taskService.createTaskQuery().taskId(conference.getId()).taskCandidateGroup("team-leads").count()).isOne();
        JsonNode summary = summaryOnForm(conference);
        assertThat(summary.get("course").asText()).isEqualTo("DEVELOPMENT_AND_OPERATIONS");
        assertThat(summary.get("workAbilityScore").asInt()).isEqualTo(6);
        assertThat(summary.get("pathwayInterest").asText()).isEqualTo("PATHWAY_STUDIES"); // a word in Tasklist (WebappTexts)
        assertThat(summary.toString()).doesNotContain("HOUSING", "FINANCES");

        work("lead", "team-leads", conference, Map.of("track", "WAGE_SUBSIDY_WORK", "goal1", "Work as a web developer",
                "goal2", "Finish pathway studies", "studyPlan", "Development and Operations; pathway studies from January",
                "guidanceAgreement", "Coach weekly, social instructor monthly"));

        awaitStatus(journeyId, "phase", "WAGE_SUBSIDY_PERIOD");
        Map<String, Object> row = jdbc.queryForMap("select * from assessment where journey_id = ?::uuid", journeyId);
        assertThat(row).containsEntry("course_code", "DEVELOPMENT_AND_OPERATIONS").containsEntry("track", "WAGE_SUBSIDY_WORK")
                .containsEntry("wellbeing_check_needed", false).containsEntry("conference_by", "lead")
                .containsEntry("service_need_by", "instructor");
        assertThat(row.get("completed_at")).isNotNull();
        assertThat(jdbc.queryForList("select area from support_need where journey_id = ?::uuid order by area",
                String.class, journeyId)).containsExactly("FINANCES", "HOUSING");
        assertThat(jdbc.queryForList("select goal from assessment_goal where journey_id = ?::uuid order by position",
                String.class, journeyId)).containsExactly("Work as a web developer", "Finish pathway studies");
        // Support needs and notes are nowhere in the engine, not even in its history.
        assertThat(historyService.createHistoricVariableInstanceQuery().variableNameIn("supportNeeds", "serviceNeedNote",
                "crearWellbeing", "assessment", "goal1", "studyPlan").count()).isZero();
    }

    @Test
    void lowWellBeingArrangesACheckAndTheConferenceRefersElsewhere() throws Exception {
        String journeyId = journeyInAssessment();
        assess(journeyId, 2, "INTENSIVE");
        work("instructor", "social-instructors", awaitTask(journeyId, "Task_ArrangeWellbeingCheck"),
                Map.of("wellbeingCheckDate", "2026-12-03", "wellbeingCheckProvider", "OCCUPATIONAL_HEALTH"));
        Task conference = awaitTask(journeyId, "Task_HoldCaseConference");
        JsonNode summary = summaryOnForm(conference);
        assertThat(summary.get("wellbeingCheck").asText()).isEqualTo("ARRANGED");
        assertThat(summary.get("checkArrangedOn").asText()).isEqualTo("2026-12-03");
        assertThat(summary.get("checkProvider").asText()).isEqualTo("OCCUPATIONAL_HEALTH");

        work("lead", "team-leads", conference, Map.of("track", "REFER_ELSEWHERE",
                "referralService", "REHABILITATIVE_WORK_ACTIVITY", "goal1", "Strengthen daily routines"));

        awaitStatus(journeyId, "outcome", "REFERRED_ELSEWHERE");
        assertThat(jdbc.queryForObject("select payload->>'reason' from outbox_message where journey_id = ?::uuid"
                + " and type = 'REFERRED_ELSEWHERE'", String.class, journeyId)).isEqualTo("REHABILITATIVE_WORK_ACTIVITY");
        assertThat(jdbc.queryForObject("select support_plan_reason from assessment where journey_id = ?::uuid",
                String.class, journeyId)).isEqualTo("Well-being 2 or below in the service-need assessment");
    }

    @Test
    void aCoachSeesTheTestButNotTheSocialInstructorsTasks() {
        String journeyId = journeyInAssessment();
        String tasks = "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + journeyId;
        assertThat(names(engineGet("coach", tasks))).containsExactly("Run digital skills test");
        assertThat(names(engineGet("instructor", tasks))).containsExactlyInAnyOrder(
                "Review service-need assessment (CREAR)", "Record work-ability baseline (Kykyviisari)");
        assertThat(names(engineGet("counsellor", tasks))).containsExactly("Discuss pathway studies");
        // Team leads read every open task (Cockpit's Human Tasks) and work only their group's.
        assertThat(names(engineGet("lead", tasks))).containsExactlyInAnyOrder("Run digital skills test",
                "Review service-need assessment (CREAR)", "Record work-ability baseline (Kykyviisari)",
                "Discuss pathway studies");
    }

    /** The assessment summary as Tasklist loads it for the conference form (a serialized Json variable). */
    private JsonNode summaryOnForm(Task conference) throws Exception {
        JsonNode variable = engineGet("lead", "/engine-rest/task/" + conference.getId()
                + "/form-variables?deserializeValues=false").get("assessment");
        assertThat(variable.get("type").asText()).isEqualTo("Json");
        return objectMapper.readTree(variable.get("value").asText());
    }

    private JsonNode engineGet(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        ResponseEntity<JsonNode> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
        return response.getBody();
    }

    private static List<String> names(JsonNode tasks) {
        List<String> names = new java.util.ArrayList<>();
        tasks.forEach(task -> names.add(task.get("name").asText()));
        return names;
    }
}
