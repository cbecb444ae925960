package fi.polku.assessment;

import static fi.polku.support.DecisionTaskAssertions.decisionTaken;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fi.polku.support.ProcessTestEngine;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code initial-assessment.bpmn}; the form listeners and the decision tables are
 * real, the domain records are mocks (they give the tables their facts).
 */
@Deployment(resources = {"processes/initial-assessment.bpmn", "processes/course-level.dmn",
        "processes/support-plan.dmn"})
class InitialAssessmentProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestEngine.fullCoverage();

    private final UUID journeyId = UUID.randomUUID();
    private final AssessmentRecords records = mock(AssessmentRecords.class);
    private final IdentityService identity = mock(IdentityService.class);

    @BeforeEach
    void registerMocks(ProcessEngine engine) {
        BpmnAwareTests.init(engine);
        AssessmentTestBeans.register(records, identity);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("initial-assessment", journeyId.toString(),
                Map.of("journeyId", journeyId.toString(), "displayName", "Aino Virtanen"));
        assertThat(instance).isWaitingAt("Task_ReviewServiceNeed", "Task_RecordWorkAbility", "Task_RunDigitalSkillsTest",
                "Task_DiscussPathwayStudies");
        return instance;
    }

    private Task openTask(String key) {
        return taskQuery().taskDefinitionKey(key).singleResult();
    }

    /**
     * The four professionals record their parts (the skills test scores 55); the parallel join then
     * runs as a job. The records give the tables what the forms stored.
     */
    private void assessInParallel(int wellbeing, String supportNeedLevel) {
        when(records.digitalSkillsScore(journeyId)).thenReturn(55);
        when(records.supportPlanFacts(journeyId)).thenReturn(Map.of("crear_wellbeing", wellbeing,
                "support_need_level", supportNeedLevel));
        Assertions.assertThat(openTask("Task_ReviewServiceNeed").getDueDate()).isNotNull();
        complete(openTask("Task_ReviewServiceNeed"), withVariables("crearStudies", 3, "crearTimeUse", 4,
                "crearWellbeing", wellbeing, "crearCareerPlanning", 3, "crearEmployment", 2,
                "supportNeedLevel", supportNeedLevel, "supportNeeds", List.of("LEARNING"), "serviceNeedNote", "Dyslexia"));
        complete(openTask("Task_RecordWorkAbility"), withVariables("workAbilityScore", 7));
        complete(openTask("Task_RunDigitalSkillsTest"), withVariables("digitalSkillsScore", 55));
        // The course level is decided after the test is stored, in its own transaction.
        execute(managementService().createJobQuery().activityId("Task_DetermineCourseLevel").singleResult());
        complete(openTask("Task_DiscussPathwayStudies"), withVariables("pathwayInterest", "PATHWAY_STUDIES", "priorCredits", 15));
        // One job per arriving branch: the join is asynchronous.
        managementService().createJobQuery().activityId("Gateway_AssessmentsDone").list().forEach(BpmnAwareTests::execute);
    }

    private void conference(String track) {
        Task conference = openTask("Task_HoldCaseConference");
        assertThat(conference).hasCandidateGroup("team-leads");
        Assertions.assertThat(conference.getDueDate()).isNotNull();
        complete(conference, "WAGE_SUBSIDY_WORK".equals(track)
                ? withVariables("track", track, "goal1", "Learn web development", "goal2", "",
                        "studyPlan", "Basics of Digital Service, then pathway studies", "guidanceAgreement", "Weekly with the coach")
                : withVariables("track", track, "referralService", "WORK_ABILITY_ASSESSMENT", "goal1", "Find the right service"));
    }

    @Test
    void eachProfessionalWorksInTheirOwnGroup() {
        start();
        assertThat(openTask("Task_ReviewServiceNeed")).hasCandidateGroup("social-instructors");
        assertThat(openTask("Task_RecordWorkAbility")).hasCandidateGroup("social-instructors");
        assertThat(openTask("Task_RunDigitalSkillsTest")).hasCandidateGroup("job-coaches");
        assertThat(openTask("Task_DiscussPathwayStudies")).hasCandidateGroup("study-counsellors");
    }

    @Test
    void noCheckNeededGoesStraightToTheConferenceAndAgreesWageSubsidyWork() {
        ProcessInstance instance = start();
        assessInParallel(4, "SOME");
        assertThat(instance).isWaitingAt("Task_HoldCaseConference").hasNotPassed("Task_ArrangeWellbeingCheck")
                .variables().containsEntry("wellbeingCheckNeeded", false)
                .doesNotContainKeys("crearWellbeing", "supportNeeds", "serviceNeedNote", "digitalSkillsScore",
                        "workAbilityScore", "pathwayInterest", "priorCredits", DetermineCourseLevelListener.RESULT,
                        DecideSupportPlanListener.RESULT);
        verify(records).recordCourse(journeyId, "BASICS_OF_DIGITAL_SERVICE", "Basics of Digital Service");
        verify(records).recordSupportPlan(journeyId, false, "No check needed before the case conference");
        conference("WAGE_SUBSIDY_WORK");
        assertThat(instance).isEnded().hasPassed("EndEvent_AssessmentCompleted").variables()
                .containsEntry("track", "WAGE_SUBSIDY_WORK").doesNotContainKeys("goal1", "studyPlan", "guidanceAgreement");
        verify(records).recordServiceNeed(eq(journeyId), eq(new AssessmentRecords.ServiceNeed(3, 4, 4, 3, 2, "SOME",
                List.of("LEARNING"))), any());
        verify(records).addNote(eq(journeyId), eq("review-service-need"), eq("Dyslexia"), any());
        verify(records).recordConference(eq(journeyId), eq(new AssessmentRecords.Conference("WAGE_SUBSIDY_WORK", null,
                List.of("Learn web development"), "Basics of Digital Service, then pathway studies",
                "Weekly with the coach")), any());
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void aNeededCheckIsArrangedBeforeTheConferenceThatRefersElsewhere() {
        ProcessInstance instance = start();
        assessInParallel(2, "INTENSIVE");
        assertThat(instance).variables().containsEntry("wellbeingCheckNeeded", true);
        verify(records).recordSupportPlan(journeyId, true, "Well-being 2 or below in the service-need assessment");
        Task check = openTask("Task_ArrangeWellbeingCheck");
        assertThat(check).hasCandidateGroup("social-instructors");
        complete(check, withVariables("wellbeingCheckDate", "2026-12-01", "wellbeingCheckProvider", "HEALTH_CENTRE"));
        conference("REFER_ELSEWHERE");
        assertThat(instance).isEnded().variables().containsEntry("track", "REFER_ELSEWHERE")
                .containsEntry("referralService", "WORK_ABILITY_ASSESSMENT");
        verify(records).addWellbeingCheck(eq(journeyId), eq(java.time.LocalDate.of(2026, 12, 1)), eq("HEALTH_CENTRE"), any());
    }

    @Test
    void anIntensiveSupportNeedAsksForTheCheckAndBothDecisionsStandInTheHistoryWithoutTheirFacts() {
        ProcessInstance instance = start();
        assessInParallel(4, "INTENSIVE");
        assertThat(instance).isWaitingAt("Task_ArrangeWellbeingCheck");
        verify(records).recordSupportPlan(journeyId, true, "Intensive support need");

        Assertions.assertThat(decisionTaken(instance, "Task_DetermineCourseLevel", "course-level").getInputs())
                .extracting(input -> input.getClauseId() + "=" + input.getValue()).containsExactly("Input_Score=55");
        Assertions.assertThat(decisionTaken(instance, "Task_DecideSupportPlan", "support-plan").getInputs())
                .extracting(input -> input.getClauseId() + "=" + input.getValue())
                .containsExactlyInAnyOrder("Input_Wellbeing=4", "Input_SupportNeedLevel=INTENSIVE");
        // The forms' own values were checked and removed by their listeners; the facts the tables read were transient.
        Assertions.assertThat(runtimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId())
                        .variableNameIn("digitalSkillsScore", "crearWellbeing", "supportNeedLevel",
                                DetermineCourseLevelListener.RESULT, DecideSupportPlanListener.RESULT).count())
                .isZero();
    }

    @Test
    void anOverdueAssessmentAsksATeamLeadAndFinishingItRemovesThatTask() {
        ProcessInstance instance = start();
        execute(job("Event_AssessmentOverdue"));
        Task overdue = openTask("Task_ActOnOverdueAssessment");
        assertThat(overdue).hasCandidateGroup("team-leads");
        // The assessment tasks carry on with their groups while the team lead acts.
        assertThat(instance).isWaitingAt("Task_ReviewServiceNeed", "Task_ActOnOverdueAssessment");

        assessInParallel(4, "NONE");
        conference("WAGE_SUBSIDY_WORK");
        assertThat(instance).isEnded();
        Assertions.assertThat(taskQuery().count()).isZero();
    }

    @Test
    void aTeamLeadRecordsWhatWasDoneAboutTheDelay() {
        ProcessInstance instance = start();
        execute(job("Event_AssessmentOverdue"));
        complete(openTask("Task_ActOnOverdueAssessment"), withVariables("overdueAction", "REMINDED_TEAM"));
        assertThat(instance).hasPassed("EndEvent_OverdueHandled").isWaitingAt("Task_ReviewServiceNeed");
        verify(records).addEscalation(eq(journeyId), eq("REMINDED_TEAM"), any());
    }

    @Test
    void theTimerDoesNotFireWhenTheAssessmentIsDoneInTime() {
        ProcessInstance instance = start();
        Assertions.assertThat(job("Event_AssessmentOverdue").getDuedate())
                .isAfter(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(13))));
        assessInParallel(5, "NONE");
        conference("WAGE_SUBSIDY_WORK");
        assertThat(instance).isEnded().hasNotPassed("Task_ActOnOverdueAssessment");
    }

    @Test
    void aConferenceWithoutAGoalIsRefused() {
        start();
        assessInParallel(4, "NONE");
        String taskId = openTask("Task_HoldCaseConference").getId();
        Assertions.assertThatThrownBy(() -> taskService().complete(taskId, Map.of("track", "WAGE_SUBSIDY_WORK",
                        "studyPlan", "x", "guidanceAgreement", "y")))
                .hasMessageContaining("Field 'goal1' is required");
        Assertions.assertThatThrownBy(() -> taskService().complete(openTask("Task_HoldCaseConference").getId(),
                        Map.of("track", "REFER_ELSEWHERE", "goal1", "x")))
                .hasMessageContaining("Field 'referralService'");
    }

    @Test
    void supportNeedNoneCannotBeCombined() {
        start();
        String taskId = openTask("Task_ReviewServiceNeed").getId();
        Assertions.assertThatThrownBy(() -> taskService().complete(taskId, Map.of("crearStudies", 3, "crearTimeUse", 4,
                        "crearWellbeing", 3, "crearCareerPlanning", 3, "crearEmployment", 2, "supportNeedLevel", "SOME",
                        "supportNeeds", List.of("NONE", "HOUSING"))))
                .hasMessageContaining("cannot be 'None' together");
    }
}
