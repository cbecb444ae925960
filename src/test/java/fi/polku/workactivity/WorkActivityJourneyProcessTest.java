package fi.polku.workactivity;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyEndHandler;
import fi.polku.journey.JourneyLifecycle;
import fi.polku.journey.JourneyOutcome;
import fi.polku.journey.JourneyPhase;
import fi.polku.journey.JourneyRepository;
import fi.polku.participant.IctBackground;
import fi.polku.participant.ParticipantRepository;
import fi.polku.tasklist.TaskSummary;
import fi.polku.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code work-activity-journey.bpmn}, with the real decision tables and listeners on
 * mocked records: the decline, the vocational profile with and without benefits counselling, the
 * digital skills and their learning path, the job-search rhythm (continue, pause and resume, studies,
 * leaving), the IPS 30-day rule either way, follow-along support after a job start (a job that ends
 * returns to the search; support ends by agreement from the six-month check-in), the activation-plan
 * review (an extension moves the timer, an end leaves), the follow-up and a withdrawal. The
 * follow-up is a stand-in here; it has its own process test.
 */
@Deployment(resources = {"processes/work-activity-journey.bpmn", "processes/work-activity-eligibility.dmn",
        "processes/virtual-workshop-path.dmn"})
class WorkActivityJourneyProcessTest {

    private static final String KEY = "work-activity-journey";
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final LocalDate PLAN_ENDS = LocalDate.of(2027, 12, 31);

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestEngine.fullCoverage("follow-up");

    private final UUID journeyId = UUID.randomUUID();
    private final JourneyRepository journeys = mock(JourneyRepository.class);
    private final ParticipantRepository participants = mock(ParticipantRepository.class);
    private final WorkActivityRecords records = mock(WorkActivityRecords.class);
    private final IdentityService identity = mock(IdentityService.class);
    private final List<String> notifications = new ArrayList<>();
    private final List<String> withdrawals = new ArrayList<>();
    private final List<String> indicatorStarts = new ArrayList<>();
    private final List<String> moves = new ArrayList<>();
    private final AtomicReference<LocalDate> planEnds = new AtomicReference<>(PLAN_ENDS);
    private final WorkActivityRecords.Job job = new WorkActivityRecords.Job(7, "Kahvila Oy", TODAY, 20, "OPEN_MARKET");

    @BeforeEach
    void setUp(ProcessEngine engine) {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(JourneyCalendar.morningOf(TODAY));
        repositoryService().createDeployment().addModelInstance("follow-up-stand-in.bpmn",
                Bpmn.createExecutableProcess("follow-up").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("StandIn_FollowUp").endEvent().done()).deploy();
        resident("Helsinki", LocalDate.of(1980, 5, 1));
        when(records.plan(journeyId)).thenAnswer(call -> new WorkActivityRecords.Plan("PAKILA_WORK_CENTRE",
                LocalDate.of(2027, 2, 1), planEnds.get(), 3));
        doAnswer(call -> {
            planEnds.set(call.getArgument(3));
            return null;
        }).when(records).saveReview(eq(journeyId), eq("EXTEND"), any(), any(), anyString(), isNull());
        when(records.digitalSkills(journeyId)).thenReturn(new WorkActivityRecords.DigitalSkills(2, 2, 2, 2, 1));
        when(records.jobSearch(journeyId)).thenReturn(new WorkActivityRecords.JobSearch(TODAY, 0, 0, null));
        when(records.currentJob(journeyId)).thenReturn(Optional.of(job));
        when(records.resumeOn(journeyId)).thenReturn(TODAY.plusDays(21));

        // Journeys started over the API arrive with their id; the Tasklist start listener then does nothing.
        Mocks.register("registerTasklistWorkActivityReferral", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> { });
        Mocks.register("journeyLifecycle", new JourneyLifecycle(journeys, List.of(mock(JourneyEndHandler.class))));
        Mocks.register("checkWorkActivityEligibility", new CheckWorkActivityEligibilityListener(participants, journeys, records));
        Mocks.register("pickVirtualWorkshopPath", new PickVirtualWorkshopPathListener(records));
        TaskSummary summaries = new TaskSummary(new ObjectMapper());
        Mocks.register("showWorkActivitySummary", new ShowWorkActivitySummaryListener(records, summaries));
        Mocks.register("showJobSearchSummary", new ShowJobSearchSummaryListener(records, summaries));
        Mocks.register("recordDigitalSkills", new RecordDigitalSkillsListener(records, identity));
        Mocks.register("recordVocationalProfile", new RecordVocationalProfileListener(records, identity));
        Mocks.register("recordBenefitsCounselling", new RecordBenefitsCounsellingListener(records, identity));
        Mocks.register("recordJobSearchMeeting", new RecordJobSearchMeetingListener(records, identity));
        Mocks.register("recordInWorkCheckIn", new RecordInWorkCheckInListener(records, identity));
        Mocks.register("recordSlowJobSearchAction", new RecordSlowJobSearchActionListener(records, identity));
        Mocks.register("recordActivationPlanReview", new RecordActivationPlanReviewListener(records, identity));
        Mocks.register("workActivitySchedule", new WorkActivitySchedule(records));
        Mocks.register("indicatorRecords", new IndicatorStarts(indicatorStarts));
        Mocks.register("notifyReferrer", (JavaDelegate) execution ->
                notifications.add(execution.getVariableLocal("notification") + ":" + execution.getVariableLocal("reason")));
        Mocks.register("moveToDigitalents", (JavaDelegate) execution -> moves.add(execution.getProcessBusinessKey()));
        Mocks.register("recordWithdrawal", (JavaDelegate) execution -> withdrawals.add((String) execution.getVariable("withdrawalReason")));
    }

    /** The follow-up phase's indicator records as the model calls them: the starts counted. */
    public static class IndicatorStarts {
        private final List<String> started;

        IndicatorStarts(List<String> started) {
            this.started = started;
        }

        public void recordWorkActivityStart(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            started.add(execution.getProcessBusinessKey());
        }
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private void resident(String municipality, LocalDate birthDate) {
        when(participants.eligibilityFacts(journeyId)).thenReturn(new ParticipantRepository.EligibilityFacts(birthDate,
                municipality, 2, IctBackground.NONE, 30));
    }

    private ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(KEY, journeyId.toString(),
                Map.of("journeyId", journeyId.toString(), "displayName", "Aino Virtanen"));
        assertThat(instance).isWaitingAt("Task_CheckWorkActivityEligibility");
        execute(job());
        return instance;
    }

    private static java.util.Date daysFromNow(int days) {
        return java.util.Date.from(ClockUtil.getCurrentTime().toInstant().plus(java.time.Duration.ofDays(days)));
    }

    private Task task(String key) {
        return taskQuery().taskDefinitionKey(key).singleResult();
    }

    /** Eligible, skills assessed (path picked), profile built; the job search waits for its first meeting. */
    private ProcessInstance profiled(boolean benefitsCounselling) {
        ProcessInstance instance = start();
        verify(journeys).recordEligibility(journeyId, "ELIGIBLE", "Helsinki resident of 18 or over with a valid activation plan");
        // The client starts as an ESF+ participant as the work activity with job coaching begins.
        Assertions.assertThat(indicatorStarts).containsExactly(journeyId.toString());
        assertThat(instance).isWaitingAt("Task_AssessDigitalSkills", "Task_BuildVocationalProfile", "Timer_ActivationPlanEnds");
        Assertions.assertThat(job("Timer_ActivationPlanEnds").getDuedate()).isEqualTo(JourneyCalendar.morningOf(PLAN_ENDS));

        Task skills = task("Task_AssessDigitalSkills");
        assertThat(skills).hasCandidateGroup("work-activity-instructors");
        Assertions.assertThat(String.valueOf(taskService().getVariableLocal(skills.getId(), "workActivity")))
                .contains("\"workCentre\":\"PAKILA_WORK_CENTRE\"").contains("\"planEndsOn\":\"2027-12-31\"");
        complete(skills, Map.of("information", 2, "communication", 2, "contentCreation", 2, "safety", 2, "problemSolving", 1));
        verify(records).saveDigitalSkills(journeyId, new WorkActivityRecords.DigitalSkills(2, 2, 2, 2, 1), null, null);
        assertThat(instance).isWaitingAt("Task_PickVirtualWorkshopPath");
        execute(job("Task_PickVirtualWorkshopPath"));
        verify(records).recordLearningPath(journeyId, "WORKING_LIFE_DIGITAL_SKILLS");
        assertThat(instance).hasPassed("EndEvent_LearningPathChosen");

        Task profile = task("Task_BuildVocationalProfile");
        assertThat(profile).hasCandidateGroup("job-coaches");
        Map<String, Object> form = new HashMap<>(Map.of("workHistory", "Warehouse work 2010-2018", "preferredSectors",
                "logistics, cafés", "preferredTasks", "customer service", "preferredHours", 20, "strengths",
                "punctual, friendly", "disclosure", "Nothing about health"));
        form.put("benefitsCounsellingNeeded", benefitsCounselling);
        complete(profile, form);
        verify(records).saveProfile(eq(journeyId), eq(new WorkActivityRecords.Profile("Warehouse work 2010-2018", null,
                "logistics, cafés", "customer service", 20, "punctual, friendly", "Nothing about health",
                benefitsCounselling, TODAY)), isNull());
        assertThat(instance).isWaitingAt("Task_HoldJobSearchMeeting", "Timer_ThirtyDaysAfterProfile")
                .variables().containsEntry("employerContacted", false).doesNotContainKey("workHistory");
        // Where the client stands, for the Journeys page: profiled, now in job search.
        verify(journeys).enterPhase(journeyId, JourneyPhase.VOCATIONAL_PROFILE);
        verify(journeys, atLeastOnce()).enterPhase(journeyId, JourneyPhase.JOB_SEARCH);
        Assertions.assertThat(job("Timer_ThirtyDaysAfterProfile").getDuedate()).isEqualTo(daysFromNow(30));
        return instance;
    }

    private void meeting(String outcome, int contacts, Map<String, Object> more) {
        Task meeting = task("Task_HoldJobSearchMeeting");
        assertThat(meeting).hasCandidateGroup("job-coaches");
        Map<String, Object> form = new HashMap<>(Map.of("meetingOn", TODAY.toString(), "employerContacts", contacts,
                "interviews", 0, "offers", 0, "jobSearchOutcome", outcome));
        if (contacts > 0) {
            form.put("firstContactOn", TODAY.toString());
        }
        form.putAll(more);
        complete(meeting, form);
    }

    private void startJob() {
        meeting("JOB_STARTED", 1, Map.of("employer", "Kahvila Oy", "jobStartedOn", TODAY.toString(), "hoursPerWeek", 20,
                "employmentType", "OPEN_MARKET"));
        verify(records).startJob(journeyId, "Kahvila Oy", TODAY, 20, "OPEN_MARKET");
        verify(journeys, atLeastOnce()).enterPhase(journeyId, JourneyPhase.IN_WORK_SUPPORT);
    }

    private void checkIn(int monthsAfterStart, Map<String, Object> form) {
        Assertions.assertThat(job("Timer_InWorkCheckInDue").getDuedate())
                .isEqualTo(JourneyCalendar.morningOf(TODAY.plusMonths(monthsAfterStart)));
        execute(job("Timer_InWorkCheckInDue"));
        Task checkIn = task("Task_HoldInWorkCheckIn");
        assertThat(checkIn).hasCandidateGroup("job-coaches");
        Map<String, Object> values = new HashMap<>(Map.of("checkInOn", TODAY.toString()));
        values.putAll(form);
        complete(checkIn, values);
    }

    private static final Map<String, Object> STILL_EMPLOYED = Map.of("employmentStatus", "EMPLOYED", "hoursPerWeek", 25,
            "supportNeeded", "YES");

    private void followedUp(ProcessInstance instance, String leavingRoute) {
        assertThat(instance).isWaitingAt("CallActivity_FollowUp");
        assertThat(calledProcessInstance(instance)).hasBusinessKey(journeyId.toString())
                .variables().containsEntry("leavingRoute", leavingRoute).containsEntry("journeyId", journeyId.toString());
        verify(journeys).enterPhase(journeyId, JourneyPhase.FOLLOW_UP);
        complete(task("StandIn_FollowUp"));
        assertThat(instance).isEnded().hasPassed("EndEvent_WorkActivityJourneyCompleted");
        verify(journeys).end(journeyId, JourneyOutcome.COMPLETED);
    }

    @Test
    void aClientWhoIsNotEligibleIsDeclinedAndTheSocialWorkerTold() {
        resident("Espoo", LocalDate.of(1980, 5, 1));
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt("Task_NotifySocialWorkerOfDecline");
        execute(job());
        assertThat(instance).isEnded().hasPassed("EndEvent_WorkActivityDeclined").hasNotPassed("SubProcess_WorkActivity");
        Assertions.assertThat(indicatorStarts).isEmpty();
        Assertions.assertThat(notifications).containsExactly("REFERRAL_DECLINED:Not a Helsinki resident");
        verify(journeys).recordEligibility(journeyId, "NOT_ELIGIBLE", "Not a Helsinki resident");
        verify(journeys).end(journeyId, JourneyOutcome.REFERRAL_DECLINED);
    }

    @Test
    void aJobFoundAfterAPauseIsFollowedAlongUntilClientAndCoachAgreeSupportEnds() {
        ProcessInstance instance = profiled(true);
        Task counselling = task("Task_HoldBenefitsCounselling");
        assertThat(counselling).hasCandidateGroup("social-workers");
        complete(counselling, Map.of("counselledOn", TODAY.toString(), "counsellingNote", "Earnings part adjusted"));
        verify(records).saveBenefitsCounselling(journeyId, TODAY, "Earnings part adjusted", null);
        assertThat(instance).hasPassed("EndEvent_BenefitsCounselled");

        meeting("CONTINUE", 0, Map.of());
        assertThat(instance).isWaitingAt("Timer_NextJobSearchMeeting").variables().containsEntry("employerContacted", false);
        Assertions.assertThat(job("Timer_NextJobSearchMeeting").getDuedate()).isEqualTo(daysFromNow(14));
        execute(job("Timer_NextJobSearchMeeting"));
        meeting("PAUSED", 2, Map.of("resumeOn", TODAY.plusDays(21).toString()));
        verify(records).saveMeeting(journeyId, new WorkActivityRecords.Meeting(TODAY, 2, TODAY, 0, 0, "PAUSED",
                TODAY.plusDays(21), null), null);
        assertThat(instance).isWaitingAt("Timer_ResumeJobSearch").variables().containsEntry("employerContacted", true);
        Assertions.assertThat(job("Timer_ResumeJobSearch").getDuedate()).isEqualTo(JourneyCalendar.morningOf(TODAY.plusDays(21)));

        // The first employer contact came within 30 days of the profile: nothing for the team lead.
        execute(job("Timer_ThirtyDaysAfterProfile"));
        assertThat(instance).hasPassed("EndEvent_ContactInTime").hasNotPassed("Task_ActOnSlowJobSearch");

        execute(job("Timer_ResumeJobSearch"));
        startJob();
        checkIn(1, STILL_EMPLOYED);
        checkIn(3, STILL_EMPLOYED);
        checkIn(6, Map.of("employmentStatus", "EMPLOYED", "hoursPerWeek", 30, "supportNeeded", "NO", "supportEnds", true));
        verify(records).saveCheckIn(journeyId, job, new WorkActivityRecords.CheckIn(3, TODAY, true, 30, false, true, null), null);

        // Support ended by agreement: the work activity is over, the plan's review with it.
        assertThat(instance).hasPassed("EndEvent_SupportEndedInWork").hasNotPassed("Task_ReviewActivationPlan");
        Assertions.assertThat(taskQuery().taskDefinitionKey("Task_ReviewActivationPlan").count()).isZero();
        followedUp(instance, "SUPPORT_ENDED_IN_WORK");
    }

    @Test
    void supportGoesOnEveryThreeMonthsAfterTheSixMonthCheckInAndCannotEndBeforeIt() {
        profiled(false);
        startJob();
        checkIn(1, STILL_EMPLOYED);
        Assertions.assertThatThrownBy(() -> checkIn(3, Map.of("employmentStatus", "EMPLOYED", "hoursPerWeek", 25,
                        "supportNeeded", "NO", "supportEnds", true)))
                .hasMessageContaining("supportEnds");
        complete(task("Task_HoldInWorkCheckIn"), Map.of("checkInOn", TODAY.toString(), "employmentStatus", "EMPLOYED",
                "hoursPerWeek", 25, "supportNeeded", "YES"));
        checkIn(6, STILL_EMPLOYED);
        checkIn(9, STILL_EMPLOYED);
        Assertions.assertThat(job("Timer_InWorkCheckInDue").getDuedate()).isEqualTo(JourneyCalendar.morningOf(TODAY.plusMonths(12)));
    }

    @Test
    void noEmployerContactInThirtyDaysGoesToTheTeamLeadAndStudiesEndTheSearch() {
        ProcessInstance instance = profiled(false);
        assertThat(instance).hasPassed("EndEvent_NoBenefitsCounselling").hasNotPassed("Task_HoldBenefitsCounselling");
        meeting("CONTINUE", 0, Map.of());
        execute(job("Timer_ThirtyDaysAfterProfile"));
        Task slow = task("Task_ActOnSlowJobSearch");
        assertThat(slow).hasCandidateGroup("team-leads");
        complete(slow, Map.of("slowSearchAction", "EMPLOYER_CONTACTS_PLANNED", "actionNote", "Five cafés this week"));
        verify(records).saveSlowJobSearchAction(journeyId, "EMPLOYER_CONTACTS_PLANNED", "Five cafés this week", null);
        assertThat(instance).hasPassed("EndEvent_SlowJobSearchActedOn");

        execute(job("Timer_NextJobSearchMeeting"));
        meeting("STUDIES_STARTED", 0, Map.of());
        assertThat(instance).hasPassed("EndEvent_JobSearchEnded");
        followedUp(instance, "STUDIES_STARTED");
    }

    @Test
    void aJobThatEndsReturnsTheClientToANewSearch() {
        ProcessInstance instance = profiled(false);
        startJob();
        checkIn(1, Map.of("employmentStatus", "JOB_ENDED", "jobEndedOn", TODAY.toString()));
        verify(records).endJob(7, TODAY);
        assertThat(instance).isWaitingAt("Task_HoldJobSearchMeeting").variables().containsEntry("stillEmployed", false);
        meeting("LEFT", 0, Map.of());
        followedUp(instance, "LEFT");
    }

    @Test
    void anExtendedPlanIsReviewedAgainAtItsNewEndAndThenEnded() {
        ProcessInstance instance = profiled(false);
        execute(job("Timer_ActivationPlanEnds"));
        Task review = task("Task_ReviewActivationPlan");
        assertThat(review).hasCandidateGroup("social-workers");
        LocalDate extended = PLAN_ENDS.plusMonths(6);
        complete(review, Map.of("planDecision", "EXTEND", "newPlanEndsOn", extended.toString(), "reviewNote", "Going well"));
        verify(records).saveReview(journeyId, "EXTEND", PLAN_ENDS, extended, "Going well", null);
        // The timer follows the new end date; the job search went on meanwhile.
        assertThat(instance).isWaitingAt("Timer_ActivationPlanEnds", "Task_HoldJobSearchMeeting");
        Assertions.assertThat(job("Timer_ActivationPlanEnds").getDuedate()).isEqualTo(JourneyCalendar.morningOf(extended));

        execute(job("Timer_ActivationPlanEnds"));
        complete(task("Task_ReviewActivationPlan"), Map.of("planDecision", "END", "reviewNote", "Plan fulfilled"));
        verify(records).saveReview(journeyId, "END", extended, null, "Plan fulfilled", null);
        assertThat(instance).hasPassed("EndEvent_ActivationPlanEnded");
        Assertions.assertThat(taskQuery().taskDefinitionKey("Task_HoldJobSearchMeeting").count()).isZero();
        followedUp(instance, "ACTIVATION_PLAN_ENDED");
    }

    @Test
    void theSocialWorkerMovesTheClientToDigitalentsAtThePlanReview() {
        ProcessInstance instance = profiled(false);
        execute(job("Timer_ActivationPlanEnds"));
        complete(task("Task_ReviewActivationPlan"), Map.of("planDecision", "MOVE_TO_DIGITALENTS", "reviewNote",
                "Wants ICT work; digital skills strong"));
        verify(records).saveReview(journeyId, "MOVE_TO_DIGITALENTS", PLAN_ENDS, null, "Wants ICT work; digital skills strong", null);
        assertThat(instance).hasPassed("EndEvent_MovingToDigitalents").isWaitingAt("Task_MoveToDigitalents");
        Assertions.assertThat(taskQuery().processInstanceBusinessKey(journeyId.toString()).count()).isZero();
        // The referral to Digitalents is made in its own transaction, after the review is stored.
        execute(job("Task_MoveToDigitalents"));
        Assertions.assertThat(moves).containsExactly(journeyId.toString());
        assertThat(instance).isEnded().hasPassed("EndEvent_MovedToDigitalents").hasNotPassed("CallActivity_FollowUp");
        verify(journeys).end(journeyId, JourneyOutcome.MOVED_TO_DIGITALENTS);
    }

    @Test
    void anExtensionMustMoveTheEndDateForward() {
        profiled(false);
        execute(job("Timer_ActivationPlanEnds"));
        Assertions.assertThatThrownBy(() -> complete(task("Task_ReviewActivationPlan"), Map.of("planDecision", "EXTEND",
                        "newPlanEndsOn", TODAY.minusDays(1).toString(), "reviewNote", "x")))
                .hasMessageContaining("newPlanEndsOn");
        verify(records, never()).saveReview(any(), any(), any(), any(), any(), any());
    }

    @Test
    void socialWorkEndingTheWorkActivityLeadsToTheExitReview() {
        ProcessInstance instance = profiled(false);
        runtimeService().createMessageCorrelation("WorkActivityEnded").processInstanceBusinessKey(journeyId.toString())
                .correlate();
        assertThat(instance).hasPassed("Event_WorkActivityEnded");
        Assertions.assertThat(taskQuery().taskDefinitionKey("Task_HoldJobSearchMeeting").count()).isZero();
        Assertions.assertThat(taskQuery().taskDefinitionKey("Task_AssessDigitalSkills").count()).isZero();
        followedUp(instance, "WORK_ACTIVITY_ENDED");
    }

    @Test
    void aWithdrawalEndsTheJourneyWhereverItStands() {
        ProcessInstance instance = profiled(false);
        runtimeService().createMessageCorrelation("JourneyWithdrawn").processInstanceBusinessKey(journeyId.toString())
                .setVariable("withdrawalReason", "MOVED_AWAY").correlate();
        assertThat(instance).isEnded().hasPassed("Task_RecordWithdrawal", "Task_NotifyWithdrawal", "EndEvent_JourneyWithdrawn");
        Assertions.assertThat(withdrawals).containsExactly("MOVED_AWAY");
        Assertions.assertThat(notifications).containsExactly("JOURNEY_WITHDRAWN:MOVED_AWAY");
        verify(journeys).end(journeyId, JourneyOutcome.WITHDRAWN);
    }
}
