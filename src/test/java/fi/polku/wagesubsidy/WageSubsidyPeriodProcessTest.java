package fi.polku.wagesubsidy;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyRepository;
import fi.polku.period.WageSubsidyDecision;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.support.ProcessTestEngine;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
 * {@code wage-subsidy-period.bpmn} with the engine clock moved through whole periods. The schedule
 * and the form listeners are real; the domain records are a mock that returns the decision.
 */
@Deployment(resources = "processes/wage-subsidy-period.bpmn")
class WageSubsidyPeriodProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestEngine.fullCoverage();

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /** An 8-month period: check-ins on the 4th of Feb-Aug, midpoint 5 May, hand-over 3 Jul. */
    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final LocalDate END = LocalDate.of(2027, 9, 3);

    private final UUID journeyId = UUID.randomUUID();
    private final WageSubsidyRecords records = mock(WageSubsidyRecords.class);
    private final IdentityService identity = mock(IdentityService.class);

    @BeforeEach
    void setUp(ProcessEngine engine) {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(at(LocalDate.of(2026, 12, 14)));
        decisionIs(START, END);
        PeriodSchedule schedule = new PeriodSchedule(records);
        Mocks.register("periodSchedule", schedule);
        Mocks.register("retimePeriod", new RetimePeriodDelegate(schedule, engine.getManagementService()));
        Mocks.register("wageSubsidyPeriod", new WageSubsidyPeriod(mock(JourneyRepository.class)));
        Mocks.register("recordWageSubsidyDecision", new RecordWageSubsidyDecisionListener(records, new WageSubsidyProperties(24), identity));
        Mocks.register("recordContract", new RecordContractListener(records, identity));
        Mocks.register("indicatorRecords", mock(fi.polku.followup.IndicatorRecords.class));
        Mocks.register("recordPathwayMeeting", new RecordPathwayMeetingListener(records, identity));
        Mocks.register("recordCheckIn", new RecordCheckInListener(records, identity));
        Mocks.register("recordGuidanceSession", new RecordGuidanceSessionListener(records, identity));
        Mocks.register("recordMidpointReview", new RecordMidpointReviewListener(records, identity));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private void decisionIs(LocalDate start, LocalDate end) {
        when(records.decision(journeyId)).thenReturn(Optional.of(new WageSubsidyDecision("WS-1", true,
                WageSubsidyDecision.Funding.PAY_SUBSIDY, 70, start, end)));
    }

    private static Date at(LocalDate day) {
        return JourneyCalendar.morningOf(day);
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("wage-subsidy-period", journeyId.toString(),
                Map.of("journeyId", journeyId.toString(), "displayName", "Aino Virtanen"));
    }

    private Task open(String key) {
        return taskQuery().taskDefinitionKey(key).singleResult();
    }

    private ProcessInstance startAndOnboard() {
        ProcessInstance instance = start();
        Task decision = open("Task_RecordWageSubsidyDecision");
        assertThat(decision).hasCandidateGroup("team-leads");
        complete(decision, withVariables("decisionNumber", "WS-1", "subsidyDecision", "GRANTED", "funding", "PAY_SUBSIDY",
                "subsidyPercent", 70, "subsidyStart", START.toString(), "subsidyEnd", END.toString()));
        Task onboarding = open("Task_SignContractAndOnboard");
        assertThat(onboarding).hasCandidateGroup("team-leads");
        complete(onboarding, withVariables("contractDate", "2026-12-20", "workTeam", "GAMES", "mentor", "Mira Mentor"));
        return instance;
    }

    /** Moves the engine clock to the morning of {@code day}, firing every timer due on the way, in order. */
    private void advanceTo(LocalDate day) {
        Date target = new Date(at(day).getTime() + 1000);
        while (true) {
            List<Job> due = managementService().createJobQuery().timers().duedateLowerThan(target)
                    .orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                break;
            }
            ClockUtil.setCurrentTime(due.get(0).getDuedate());
            execute(due.get(0));
            completeOpenMeetings(false);
        }
        ClockUtil.setCurrentTime(target);
    }

    /** Holds every meeting that is open now, as its group would. */
    private void completeOpenMeetings(boolean concern) {
        String today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), HELSINKI).toString();
        for (Task task : taskQuery().list()) {
            switch (task.getTaskDefinitionKey()) {
                case "Task_HoldMonthlyCheckIn" -> complete(task, withVariables("meetingDate", today, "attended", true,
                        "progress", 4, "applicationsSent", 2, "creditsEarned", 5, "concern", concern));
                case "Task_HoldSecondPathwayMeeting" -> complete(task, withVariables("meetingDate", today,
                        "pathwayDecision", "APPLYING"));
                case "Task_HoldSocialGuidanceSession" -> complete(task, withVariables("meetingDate", today));
                default -> { }
            }
        }
    }

    private List<LocalDate> created(String taskKey) {
        return historyService().createHistoricTaskInstanceQuery().taskDefinitionKey(taskKey)
                .orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .map(HistoricTaskInstance::getStartTime).map(d -> LocalDate.ofInstant(d.toInstant(), HELSINKI)).toList();
    }

    private void holdMidpoint(boolean ready) {
        Task review = open("Task_HoldMidpointReview");
        assertThat(review).hasCandidateGroup("job-coaches");
        complete(review, withVariables("meetingDate", "2027-05-05", "crearStudies", 4, "crearTimeUse", 4,
                "crearWellbeing", 4, "crearCareerPlanning", 4, "crearEmployment", 3, "workAbilityScore", 8,
                "commitment", "ACTIVELY_SEEKING_WORK", "traineeReadiness", ready ? "READY" : "NOT_READY"));
    }

    @Test
    void aPeriodThatRunsToItsEndHasSevenCheckInsAMidpointAndTheSecondPathwayMeeting() {
        ProcessInstance instance = startAndOnboard();
        advanceTo(LocalDate.of(2027, 5, 5));
        holdMidpoint(false);
        advanceTo(END);

        assertThat(instance).isEnded().hasPassed("EndEvent_PeriodCompleted").variables()
                .containsEntry("periodOutcome", "PERIOD_COMPLETED").containsEntry("checkInNumber", 7);
        Assertions.assertThat(created("Task_HoldMonthlyCheckIn")).containsExactly(
                LocalDate.of(2027, 2, 4), LocalDate.of(2027, 3, 4), LocalDate.of(2027, 4, 4), LocalDate.of(2027, 5, 4),
                LocalDate.of(2027, 6, 4), LocalDate.of(2027, 7, 4), LocalDate.of(2027, 8, 4));
        Assertions.assertThat(created("Task_HoldSecondPathwayMeeting")).containsExactly(LocalDate.of(2027, 1, 18));
        Assertions.assertThat(created("Task_HoldMidpointReview")).containsExactly(LocalDate.of(2027, 5, 5));
        Assertions.assertThat(historyService().createHistoricTaskInstanceQuery()
                .taskDefinitionKey("Task_HoldSecondPathwayMeeting").singleResult().getDueDate())
                .isEqualTo(at(LocalDate.of(2027, 1, 25)));
    }

    @Test
    void aReadyParticipantLeavesForTheTraineePlacementTwoMonthsBeforeTheEnd() {
        ProcessInstance instance = startAndOnboard();
        advanceTo(LocalDate.of(2027, 5, 5));
        holdMidpoint(true);
        advanceTo(LocalDate.of(2027, 7, 3));

        assertThat(instance).isEnded().hasPassed("EndEvent_ReadyForPlacement").variables()
                .containsEntry("periodOutcome", "TRAINEE_PLACEMENT");
        Assertions.assertThat(created("Task_HoldMonthlyCheckIn")).hasSize(5).last().isEqualTo(LocalDate.of(2027, 6, 4));
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void aConcernAtACheckInAsksForASocialGuidanceSession() {
        ProcessInstance instance = startAndOnboard();
        ClockUtil.setCurrentTime(at(LocalDate.of(2027, 2, 4)));
        execute(managementService().createJobQuery().activityId("Timer_NextCheckIn").singleResult());
        complete(open("Task_HoldMonthlyCheckIn"), withVariables("meetingDate", "2027-02-04", "attended", false,
                "applicationsSent", 0, "creditsEarned", 0, "concern", true));
        Task guidance = open("Task_HoldSocialGuidanceSession");
        assertThat(guidance).hasCandidateGroup("social-instructors");
        complete(guidance, withVariables("meetingDate", "2027-02-06", "meetingNote", "Talked about housing"));
        assertThat(instance).hasPassed("EndEvent_CheckInDone").isWaitingAt("Timer_NextCheckIn");
    }

    @Test
    void theEmploymentServicesDecisionCompletesTheDecisionStep() {
        ProcessInstance instance = start();
        runtimeService().createMessageCorrelation("WageSubsidyDecided").processInstanceBusinessKey(journeyId.toString())
                .setVariable("subsidyGranted", true).correlate();
        assertThat(instance).isWaitingAt("Task_SignContractAndOnboard").hasPassed("Event_DecisionReceived");
        Assertions.assertThat(open("Task_RecordWageSubsidyDecision")).isNull();
    }

    @Test
    void aSubsidyNotGrantedEndsThePeriod() {
        ProcessInstance instance = start();
        complete(open("Task_RecordWageSubsidyDecision"), withVariables("decisionNumber", "WS-2",
                "subsidyDecision", "NOT_GRANTED"));
        assertThat(instance).isEnded().hasPassed("EndEvent_SubsidyNotGranted").variables()
                .containsEntry("periodOutcome", "NOT_GRANTED").doesNotContainKeys("decisionNumber", "subsidyDecision");
    }

    @Test
    void aDecisionEndingBeforeItStartsIsRefused() {
        start();
        String taskId = open("Task_RecordWageSubsidyDecision").getId();
        Assertions.assertThatThrownBy(() -> BpmnAwareTests.taskService().complete(taskId, Map.of("decisionNumber", "WS-3",
                        "subsidyDecision", "GRANTED", "funding", "CITY_FUNDING", "subsidyPercent", 100,
                        "subsidyStart", "2027-01-04", "subsidyEnd", "2029-02-01")))
                .hasMessageContaining("at most 24 months");
    }

    /** The longest period is configured ({@code polku.wage-subsidy.max-months}): the form's rule follows it. */
    @Test
    void theConfiguredLongestPeriodIsTheFormsRule() {
        Mocks.register("recordWageSubsidyDecision",
                new RecordWageSubsidyDecisionListener(records, new WageSubsidyProperties(12), identity));
        ProcessInstance instance = start();
        String taskId = open("Task_RecordWageSubsidyDecision").getId();
        Assertions.assertThatThrownBy(() -> BpmnAwareTests.taskService().complete(taskId, grantedUntil("2028-01-05")))
                .hasMessageContaining("must be at most 12 months after the start date");
        BpmnAwareTests.taskService().complete(taskId, grantedUntil("2028-01-04"));
        assertThat(instance).isWaitingAt("Task_SignContractAndOnboard");
    }

    private static Map<String, Object> grantedUntil(String end) {
        return Map.of("decisionNumber", "WS-4", "subsidyDecision", "GRANTED", "funding", "CITY_FUNDING",
                "subsidyPercent", 100, "subsidyStart", "2027-01-04", "subsidyEnd", end);
    }

    @Test
    void employmentFoundEndsThePeriodBeforeOnboarding() {
        ProcessInstance instance = start();
        complete(open("Task_RecordWageSubsidyDecision"), withVariables("decisionNumber", "WS-1", "subsidyDecision", "GRANTED",
                "funding", "PAY_SUBSIDY", "subsidyPercent", 70, "subsidyStart", START.toString(), "subsidyEnd", END.toString()));
        runtimeService().correlateMessage("EmploymentFound", journeyId.toString());
        // Before the contract the participant never started: no follow-up of a period not begun.
        assertThat(instance).isEnded().hasPassed("EndEvent_EmploymentFound").variables()
                .containsEntry("periodOutcome", "LEFT_BEFORE_START");
        Assertions.assertThat(taskQuery().count()).isZero();
    }

    @Test
    void employmentFoundMidPeriodCancelsMeetingsAndTimers() {
        ProcessInstance instance = startAndOnboard();
        advanceTo(LocalDate.of(2027, 3, 10));
        runtimeService().correlateMessage("EmploymentFound", journeyId.toString());
        assertThat(instance).isEnded().hasPassed("EndEvent_EmploymentFound").variables()
                .containsEntry("periodOutcome", "EMPLOYMENT_FOUND");
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
        Assertions.assertThat(created("Task_HoldMonthlyCheckIn")).hasSize(2);
    }

    @Test
    void anInterruptionDuringACheckInEndsThePeriod() {
        ProcessInstance instance = startAndOnboard();
        ClockUtil.setCurrentTime(at(LocalDate.of(2027, 2, 4)));
        execute(managementService().createJobQuery().activityId("Timer_NextCheckIn").singleResult());
        Assertions.assertThat(open("Task_HoldMonthlyCheckIn")).isNotNull();
        runtimeService().correlateMessage("PeriodInterrupted", journeyId.toString());
        assertThat(instance).isEnded().hasPassed("EndEvent_PeriodInterrupted").variables()
                .containsEntry("periodOutcome", "PERIOD_INTERRUPTED");
        Assertions.assertThat(taskQuery().count()).isZero();
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void aChangedDecisionRetimesTheRestOfThePeriod() {
        ProcessInstance instance = startAndOnboard();
        advanceTo(LocalDate.of(2027, 3, 10));
        // Extended by two months: the end moves to 3 Nov, the midpoint to 4 Jun, the hand-over to 3 Sep.
        decisionIs(START, LocalDate.of(2027, 11, 3));
        runtimeService().createMessageCorrelation("WageSubsidyDecided").processInstanceBusinessKey(journeyId.toString())
                .setVariable("subsidyGranted", true).correlate();
        assertThat(instance).hasPassed("Task_RetimePeriod");
        Assertions.assertThat(timer("Timer_Midpoint")).isEqualTo(at(LocalDate.of(2027, 6, 4)));
        Assertions.assertThat(timer("Timer_NextCheckIn")).isEqualTo(at(LocalDate.of(2027, 4, 4)));

        advanceTo(LocalDate.of(2027, 6, 4));
        holdMidpoint(false);
        advanceTo(LocalDate.of(2027, 11, 3));
        assertThat(instance).isEnded().hasPassed("EndEvent_PeriodCompleted");
        Assertions.assertThat(created("Task_HoldMonthlyCheckIn")).hasSize(9).last().isEqualTo(LocalDate.of(2027, 10, 4));
    }

    /** The case found in review: an extension recorded after the last check-in of the old dates. */
    @Test
    void aLateExtensionBringsTheCheckInsOfTheAddedMonthsAndTheNewEnd() {
        ProcessInstance instance = startAndOnboard();
        advanceTo(LocalDate.of(2027, 5, 5));
        holdMidpoint(false);
        advanceTo(LocalDate.of(2027, 8, 10));
        Assertions.assertThat(timer("Timer_NextCheckIn")).as("none left: waits past the end")
                .isEqualTo(at(LocalDate.of(2027, 9, 4)));

        decisionIs(START, LocalDate.of(2027, 12, 3));
        runtimeService().createMessageCorrelation("WageSubsidyDecided").processInstanceBusinessKey(journeyId.toString())
                .setVariable("subsidyGranted", true).correlate();
        Assertions.assertThat(timer("Timer_NextCheckIn")).isEqualTo(at(LocalDate.of(2027, 9, 4)));
        Assertions.assertThat(timer("Timer_PeriodEnd")).isEqualTo(at(LocalDate.of(2027, 12, 3)));
        advanceTo(LocalDate.of(2027, 12, 3));

        assertThat(instance).isEnded().hasPassed("EndEvent_PeriodCompleted");
        Assertions.assertThat(created("Task_HoldMonthlyCheckIn")).hasSize(10).endsWith(
                LocalDate.of(2027, 9, 4), LocalDate.of(2027, 10, 4), LocalDate.of(2027, 11, 4));
    }

    /** Hand-over day comes while the midpoint review is still open: the period waits for its answer. */
    @Test
    void theHandOverWaitsForTheMidpointReviewsAnswer() {
        ProcessInstance instance = startAndOnboard();
        advanceTo(LocalDate.of(2027, 7, 10));
        assertThat(instance).isWaitingAt("Task_HoldMidpointReview");
        Assertions.assertThat(managementService().createJobQuery().activityId("Timer_TraineeHandOver").count()).isZero();

        holdMidpoint(true);
        advanceTo(LocalDate.of(2027, 7, 10));

        assertThat(instance).isEnded().hasPassed("Timer_TraineeHandOver", "EndEvent_ReadyForPlacement").variables()
                .containsEntry("periodOutcome", "TRAINEE_PLACEMENT");
    }

    /** A period under four months: the hand-over would come before the midpoint; it follows the review. */
    @Test
    void aShortPeriodHandsOverRightAfterAReadyMidpointReview() {
        decisionIs(START, LocalDate.of(2027, 4, 3));
        ProcessInstance instance = startAndOnboard();
        Assertions.assertThat(timer("Timer_Midpoint")).isEqualTo(at(LocalDate.of(2027, 2, 17)));
        advanceTo(LocalDate.of(2027, 2, 17));
        holdMidpoint(true);
        advanceTo(LocalDate.of(2027, 2, 17));

        assertThat(instance).isEnded().hasPassed("EndEvent_ReadyForPlacement");
        Assertions.assertThat(created("Task_HoldMonthlyCheckIn")).containsExactly(LocalDate.of(2027, 2, 4));
    }

    @Test
    void theEndDateEndsAPeriodWhoseMidpointReviewWasNeverHeld() {
        ProcessInstance instance = startAndOnboard();
        advanceTo(END);
        assertThat(instance).isEnded().hasPassed("Event_PeriodEndsDuringReview", "EndEvent_PeriodCompleted")
                .variables().containsEntry("periodOutcome", "PERIOD_COMPLETED");
        Assertions.assertThat(created("Task_HoldMonthlyCheckIn")).hasSize(7);
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
    }

    /** Recorded on 20 March for a period that began on 4 January: one check-in, on the next anniversary. */
    @Test
    void aDecisionRecordedLateBringsNoPileOfOverdueCheckIns() {
        ClockUtil.setCurrentTime(at(LocalDate.of(2027, 3, 20)));
        startAndOnboard();
        Assertions.assertThat(timer("Timer_NextCheckIn")).isEqualTo(at(LocalDate.of(2027, 4, 4)));
        advanceTo(LocalDate.of(2027, 4, 4));
        Assertions.assertThat(created("Task_HoldMonthlyCheckIn")).containsExactly(LocalDate.of(2027, 4, 4));
    }

    private Date timer(String activityId) {
        return managementService().createJobQuery().activityId(activityId).singleResult().getDuedate();
    }
}
