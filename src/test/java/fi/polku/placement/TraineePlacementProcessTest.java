package fi.polku.placement;

import static fi.polku.support.DecisionTaskAssertions.decisionTaken;
import static fi.polku.support.DecisionTaskAssertions.neverStored;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyRepository;
import fi.polku.participant.IctBackground;
import fi.polku.participant.ParticipantRepository;
import fi.polku.period.WageSubsidyDecision;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.support.ProcessTestEngine;
import fi.polku.tasklist.TaskSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code trainee-placement.bpmn}: confirmed by the company or by the coordinator,
 * re-matched after a refusal or 14 days of silence, given up after three failed matches,
 * cancelled, and ended hired (eligible or not for the Helsinki supplement) or not hired. The form
 * listeners and the supplement's decision table are real; the domain records are mocks.
 */
@Deployment(resources = {"processes/trainee-placement.bpmn", "processes/helsinki-supplement-eligibility.dmn"})
class TraineePlacementProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestEngine.fullCoverage();

    /** The period runs 4 Jan - 3 Sep 2027; the placement takes its last two months. */
    private static final LocalDate PERIOD_START = LocalDate.of(2027, 1, 4);
    private static final LocalDate PERIOD_END = LocalDate.of(2027, 9, 3);
    private static final LocalDate PLACEMENT_START = LocalDate.of(2027, 7, 5);

    private final UUID journeyId = UUID.randomUUID();
    private final UUID companyId = UUID.randomUUID();
    private final PlacementRecords records = mock(PlacementRecords.class);
    private final PartnerCompanyRegister register = mock(PartnerCompanyRegister.class);
    private final WageSubsidyRecords wageSubsidy = mock(WageSubsidyRecords.class);
    private final ParticipantRepository participants = mock(ParticipantRepository.class);
    private final JourneyRepository journeys = mock(JourneyRepository.class);
    private final IdentityService identity = mock(IdentityService.class);
    private final List<String> companyNotifications = new ArrayList<>();

    @BeforeEach
    void setUp(ProcessEngine engine) {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(JourneyCalendar.morningOf(LocalDate.of(2027, 7, 3)));
        when(wageSubsidy.decision(journeyId)).thenReturn(Optional.of(new WageSubsidyDecision("WS-1", true,
                WageSubsidyDecision.Funding.PAY_SUBSIDY, 70, PERIOD_START, PERIOD_END)));
        PartnerCompany company = company(PartnerCompany.Status.ACTIVE);
        when(register.find(companyId)).thenReturn(Optional.of(company));
        when(register.active()).thenReturn(List.of(company));
        when(records.addMatch(eq(journeyId), any(), any())).thenReturn(1, 2, 3);
        when(records.requireCurrent(journeyId)).thenReturn(new PlacementRecords.Placement(7, 1, companyId,
                "Koodipaja Oy", "2837465-3", PartnerCompanyRequest.OrganisationType.COMPANY, "Junior developer",
                "Kalle Koodari", null, PLACEMENT_START, PERIOD_END, "PROPOSED"));
        when(participants.eligibilityFacts(journeyId)).thenReturn(new ParticipantRepository.EligibilityFacts(
                LocalDate.of(1998, 4, 12), "Helsinki", 3, IctBackground.VOCATIONAL, 14));

        TaskSummary summary = new TaskSummary(new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
        PlacementTestBeans.registerListeners(records, register, wageSubsidy, participants, journeys, identity, summary);
        Mocks.register("notifyCompany", (JavaDelegate) execution ->
                companyNotifications.add((String) execution.getVariableLocal("notification")));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private PartnerCompany company(PartnerCompany.Status status) {
        return new PartnerCompany(companyId, "Koodipaja Oy", "2837465-3", PartnerCompanyRequest.OrganisationType.COMPANY,
                "Kalle Koodari", "kalle@koodipaja.example", null, "Junior developers", List.of("Java", "React"), status,
                null, null, null, null);
    }

    private ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("trainee-placement", journeyId.toString(),
                Map.of("journeyId", journeyId.toString(), "displayName", "Aino Virtanen"));
        verify(journeys).setPlacementStatus(journeyId, "MATCHING");
        return instance;
    }

    private Task open(String key) {
        return taskQuery().taskDefinitionKey(key).singleResult();
    }

    /** The coordinator matches the participant with the company; the proposal goes out to the company. */
    private void match(ProcessInstance instance) {
        Task match = open("Task_MatchWithPartnerCompany");
        assertThat(match).hasCandidateGroup("employer-coordinators");
        complete(match, withVariables("partnerCompany", companyId.toString(), "placementRole", "Junior developer",
                "supervisorName", "Kalle Koodari", "placementStart", PLACEMENT_START.toString(),
                "placementEnd", PERIOD_END.toString()));
        assertThat(instance).isWaitingAt("Task_NotifyCompanyOfPlacement");
        execute(job());
        assertThat(instance).isWaitingAt("Task_AgreePlacement");
        assertThat(open("Task_AgreePlacement")).hasCandidateGroup("employer-coordinators");
    }

    private void companyAnswers(String answer) {
        complete(open("Task_AgreePlacement"), withVariables("companyAnswer", answer, "answerNote", "By phone"));
    }

    /** The 14 days for the company's answer pass. */
    private void noAnswer() {
        execute(managementService().createJobQuery().activityId("Event_NoAnswer").singleResult());
    }

    private void fire(String timerId) {
        execute(managementService().createJobQuery().activityId(timerId).singleResult());
    }

    private void checkIn(boolean concern) {
        Task checkIn = open("Task_HoldMidPlacementCheckIn");
        assertThat(checkIn).hasCandidateGroup("job-coaches");
        complete(checkIn, withVariables("meetingDate", "2027-08-05", "attended", true, "progress", 4, "concern", concern));
    }

    private void hire(boolean paySubsidised) {
        when(records.hiringDecision(journeyId)).thenReturn(new PlacementRecords.HiringDecision(true, "PERMANENT",
                LocalDate.of(2027, 9, 6), 37, paySubsidised, null));
        Task hiring = open("Task_RecordHiringDecision");
        assertThat(hiring).hasCandidateGroup("employer-coordinators");
        complete(hiring, withVariables("hiringOutcome", "HIRED", "contractType", "PERMANENT",
                "employmentStart", "2027-09-06", "hoursPerWeek", 37, "paySubsidised", paySubsidised));
        // The supplement is checked after the hiring decision is stored, in its own transaction.
        BpmnAwareTests.execute(managementService().createJobQuery().activityId("Task_CheckHelsinkiSupplement").singleResult());
    }

    @Test
    void aConfirmedPlacementEndsInAHireEligibleForTheHelsinkiSupplement() {
        ProcessInstance instance = start();
        match(instance);
        runtimeService().createMessageCorrelation("PlacementConfirmed").processInstanceBusinessKey(journeyId.toString())
                .setVariable(RecordCompanyAnswerListener.CONFIRMED, true).correlate();
        assertThat(instance).hasPassed("Event_PlacementConfirmed").isWaitingAt("Timer_OneMonthIn", "Timer_PlacementEnds");
        verify(journeys).setPlacementStatus(journeyId, "IN_PLACEMENT");
        Assertions.assertThat(job("Timer_OneMonthIn").getDuedate()).isEqualTo(JourneyCalendar.morningOf(LocalDate.of(2027, 8, 5)));
        Assertions.assertThat(job("Timer_PlacementEnds").getDuedate()).isEqualTo(JourneyCalendar.morningOf(PERIOD_END));

        ClockUtil.setCurrentTime(JourneyCalendar.morningOf(LocalDate.of(2027, 8, 5)));
        fire("Timer_OneMonthIn");
        checkIn(false);
        ClockUtil.setCurrentTime(JourneyCalendar.morningOf(PERIOD_END));
        fire("Timer_PlacementEnds");
        hire(false);

        assertThat(instance).hasPassed("Task_CheckHelsinkiSupplement").isWaitingAt("Task_NotifyEmployerOfSupplement");
        verify(records).saveSupplement(journeyId, new PlacementRecords.Supplement(true,
                "Meets the Helsinki supplement terms of 2026", 50, 1500, 12, LocalDate.of(2028, 1, 5)));
        // The table read the employer, the hours, the pay subsidy, the months since the start (a job starting
        // later: 0) and the municipality; none of it is stored beyond what the hiring form itself submitted.
        Assertions.assertThat(decisionTaken(instance, "Task_CheckHelsinkiSupplement", "helsinki-supplement-eligibility")
                .getInputs()).extracting(input -> input.getClauseId() + "=" + input.getValue())
                .containsExactlyInAnyOrder("Input_EmployerType=COMPANY", "Input_HoursPerWeek=37",
                        "Input_PaySubsidised=false", "Input_MonthsSinceStart=0", "Input_Municipality=helsinki");
        neverStored(instance, "employerType", "monthsSinceStart", "municipality");
        when(records.supplement(journeyId)).thenReturn(new PlacementRecords.Supplement(true, "Meets the terms", 50, 1500,
                12, LocalDate.of(2028, 1, 6)));
        execute(job());
        Task inform = open("Task_InformEmployerAboutSupplement");
        assertThat(inform).hasCandidateGroup("employer-coordinators");
        complete(inform, withVariables("informedOn", "2027-09-07", "informedChannel", "PHONE"));

        assertThat(instance).isEnded().hasPassed("EndEvent_CheckInHandled", "EndEvent_Hired")
                .variables().containsEntry("placementOutcome", "HIRED").containsEntry("supplementEligible", true)
                .doesNotContainKeys("partnerCompany", "hiringOutcome", "hoursPerWeek", "informedOn",
                        CheckHelsinkiSupplementListener.RESULT);
        Assertions.assertThat(companyNotifications).containsExactly("PLACEMENT_PROPOSED", "HELSINKI_SUPPLEMENT");
        verify(records).recordEmployerInformed(journeyId, LocalDate.of(2027, 9, 7), "PHONE", null, null);
        verify(journeys).setPlacementStatus(journeyId, "HIRED");
    }

    @Test
    void theCoordinatorRecordsTheConfirmationAndAConcernAsksForGuidance() {
        ProcessInstance instance = start();
        match(instance);
        companyAnswers("CONFIRMED");
        verify(records).recordAnswer(journeyId, true, "TASKLIST", null, "By phone");

        fire("Timer_OneMonthIn");
        checkIn(true);
        Task guidance = open("Task_HoldPlacementGuidanceSession");
        assertThat(guidance).hasCandidateGroup("social-instructors");
        complete(guidance, withVariables("meetingDate", "2027-08-08"));
        assertThat(instance).hasPassed("EndEvent_CheckInHandled");

        fire("Timer_PlacementEnds");
        hire(true);
        // A job with pay subsidy gets no Helsinki supplement: nothing to tell the employer.
        assertThat(instance).isEnded().hasPassed("EndEvent_Hired").hasNotPassed("Task_InformEmployerAboutSupplement")
                .variables().containsEntry("supplementEligible", false);
        verify(records).saveSupplement(journeyId, new PlacementRecords.Supplement(false,
                "The job is also paid pay subsidy", null, null, null, null));
        Assertions.assertThat(companyNotifications).containsExactly("PLACEMENT_PROPOSED");
    }

    @Test
    void aHiringDecisionBeforeTheCheckInEndsThePlacementNotHired() {
        ProcessInstance instance = start();
        match(instance);
        companyAnswers("CONFIRMED");
        fire("Timer_PlacementEnds");
        complete(open("Task_RecordHiringDecision"), withVariables("hiringOutcome", "NOT_HIRED",
                "hiringFeedback", "No open positions this year"));

        assertThat(instance).isEnded().hasPassed("EndEvent_HiringDecided", "EndEvent_NotHired")
                .variables().containsEntry("placementOutcome", "NOT_HIRED");
        verify(records).saveHiringDecision(journeyId, new PlacementRecords.HiringDecision(false, null, null, null, null,
                "No open positions this year"), null);
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
        Assertions.assertThat(taskQuery().count()).isZero();
    }

    @Test
    void silenceForFourteenDaysMatchesAgain() {
        ProcessInstance instance = start();
        match(instance);
        Assertions.assertThat(job("Event_NoAnswer").getDuedate())
                .isEqualTo(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 14L * 24 * 3600 * 1000));
        noAnswer();
        verify(records).recordNoAnswer(journeyId);
        assertThat(instance).hasPassed("Event_NoAnswer").isWaitingAt("Task_MatchWithPartnerCompany");
        match(instance);
        companyAnswers("CONFIRMED");
        assertThat(instance).isWaitingAt("Timer_OneMonthIn", "Timer_PlacementEnds");
    }

    @Test
    void threeFailedMatchesEndThePlacementWithoutOne() {
        ProcessInstance instance = start();
        match(instance);
        companyAnswers("DECLINED");
        match(instance);
        noAnswer();
        match(instance);
        companyAnswers("DECLINED");

        assertThat(instance).isEnded().hasPassed("EndEvent_NoPlacement")
                .variables().containsEntry("placementOutcome", "NO_PLACEMENT").containsEntry("placementAttempt", 3);
        verify(journeys).setPlacementStatus(journeyId, "NO_PLACEMENT");
        Assertions.assertThat(companyNotifications).hasSize(3);
    }

    @Test
    void aPausedCompanyOrDatesOutsideThePeriodAreRefused() {
        start();
        String taskId = open("Task_MatchWithPartnerCompany").getId();
        Map<String, Object> form = new java.util.HashMap<>(Map.of("partnerCompany", companyId.toString(),
                "placementRole", "Junior developer", "supervisorName", "Kalle Koodari",
                "placementStart", PLACEMENT_START.toString(), "placementEnd", "2027-10-01"));
        Assertions.assertThatThrownBy(() -> BpmnAwareTests.taskService().complete(taskId, form))
                .hasMessageContaining("placementEnd").hasMessageContaining("subsidised period 2027-01-04 – 2027-09-03");
        when(register.find(companyId)).thenReturn(Optional.of(company(PartnerCompany.Status.PAUSED)));
        form.put("placementEnd", PERIOD_END.toString());
        Assertions.assertThatThrownBy(() -> BpmnAwareTests.taskService().complete(taskId, form))
                .hasMessageContaining("partnerCompany").hasMessageContaining("active company");
        verify(records, never()).addMatch(any(), any(), any());
        Assertions.assertThat(open("Task_MatchWithPartnerCompany")).isNotNull();
    }

    @Test
    void aJobFoundDuringThePlacementEndsItAndThePeriod() {
        ProcessInstance instance = start();
        match(instance);
        companyAnswers("CONFIRMED");
        runtimeService().correlateMessage("EmploymentFound", journeyId.toString());

        assertThat(instance).isEnded().hasPassed("EndEvent_EmploymentFound")
                .variables().containsEntry("placementOutcome", "EMPLOYMENT_FOUND");
        verify(journeys).setPeriodStatus(journeyId, "EMPLOYMENT_FOUND");
        verify(journeys).setPlacementStatus(journeyId, "EMPLOYMENT_FOUND");
        Assertions.assertThat(taskQuery().count()).isZero();
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void anInterruptionWhileMatchingEndsThePlacementAndThePeriod() {
        ProcessInstance instance = start();
        runtimeService().correlateMessage("PeriodInterrupted", journeyId.toString());

        assertThat(instance).isEnded().hasPassed("EndEvent_PeriodInterrupted")
                .variables().containsEntry("placementOutcome", "PERIOD_INTERRUPTED");
        verify(journeys).setPeriodStatus(journeyId, "PERIOD_INTERRUPTED");
        Assertions.assertThat(taskQuery().count()).isZero();
    }

    @Test
    void aCancellationEndsThePlacementAtAnyPoint() {
        ProcessInstance instance = start();
        match(instance);
        companyAnswers("CONFIRMED");
        fire("Timer_OneMonthIn");
        runtimeService().correlateMessage("PlacementCancelled", journeyId.toString());

        assertThat(instance).isEnded().hasPassed("EndEvent_PlacementCancelled")
                .variables().containsEntry("placementOutcome", "PLACEMENT_CANCELLED");
        Assertions.assertThat(taskQuery().count()).isZero();
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
    }
}
