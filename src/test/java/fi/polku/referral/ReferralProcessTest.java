package fi.polku.referral;

import static fi.polku.support.DecisionTaskAssertions.decisionTaken;
import static fi.polku.support.DecisionTaskAssertions.neverStored;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyRepository;
import fi.polku.participant.IctBackground;
import fi.polku.participant.ParticipantRepository;
import fi.polku.places.PlaceRegistry;
import fi.polku.support.ProcessTestEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code referral.bpmn}; delegates are mocks, listeners are real on mocked records, and
 * the eligibility table is the real one, given the participant's facts.
 */
@Deployment(resources = {"processes/referral.bpmn", "processes/referral-eligibility.dmn"})
class ReferralProcessTest {

    /** The table's inputs: handed to it for the step, never stored. */
    private static final String[] FACTS = {"municipality", "age", "educationLevel", "monthsUnemployed", "ictBackground"};

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestEngine.fullCoverage();

    private final UUID journeyId = UUID.randomUUID();
    private final JourneyRepository journeys = mock(JourneyRepository.class);
    private final ParticipantRepository participants = mock(ParticipantRepository.class);
    private final ReferralRecords records = mock(ReferralRecords.class);
    private final PlaceRegistry places = mock(PlaceRegistry.class);
    private final IdentityService identity = mock(IdentityService.class);
    private final List<String> notifications = new ArrayList<>();
    private final Queue<Boolean> freePlaces = new ArrayDeque<>();

    @BeforeEach
    void registerMocks(ProcessEngine engine) {
        BpmnAwareTests.init(engine);
        ReferralTestBeans.registerListeners(participants, journeys, records, places, identity);
        Mocks.register("notifyReferrer", (JavaDelegate) execution ->
                notifications.add(execution.getVariableLocal("notification") + ":" + execution.getVariableLocal("reason")));
        Mocks.register("showReferralSummary", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
        Mocks.register("requestInformation", (JavaDelegate) execution -> notifications.add("INFORMATION_REQUESTED"));
        Mocks.register("reservePlace", (JavaDelegate) execution -> {
            boolean reserved = Boolean.TRUE.equals(freePlaces.poll());
            execution.setVariable("placeReserved", reserved);
            execution.setVariable("waitingListJoined", !reserved && !execution.hasVariable("waitingListJoined"));
        });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    /** A 25-year-old with vocational ICT education, unemployed 14 months: the table's own cases decide. */
    private void participant(String municipality, IctBackground ictBackground) {
        when(participants.eligibilityFacts(journeyId)).thenReturn(new ParticipantRepository.EligibilityFacts(
                JourneyCalendar.today().minusYears(25), municipality, 3, ictBackground, 14));
    }

    /** Starts the referral of a participant the table finds {@code eligibility} and runs the check. */
    private ProcessInstance start(String eligibility) {
        switch (eligibility) {
            case "ELIGIBLE" -> participant(" Helsinki ", IctBackground.VOCATIONAL);
            case "NOT_ELIGIBLE" -> participant("Espoo", IctBackground.VOCATIONAL);
            case "NEEDS_REVIEW" -> participant("Helsinki", IctBackground.NONE);
            default -> throw new IllegalArgumentException(eligibility);
        }
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("referral", journeyId.toString(),
                Map.of("journeyId", journeyId.toString(), "displayName", "Aino Virtanen"));
        assertThat(instance).isWaitingAt("Task_CheckEligibility");
        execute(job());
        assertThat(instance).variables().containsEntry("eligibility", eligibility);
        return instance;
    }

    private void interview(String outcome) {
        assertThat(task()).hasCandidateGroup("job-coaches").hasDefinitionKey("Task_HoldSuitabilityInterview");
        complete(task(), outcome.equals("NO_SHOW")
                ? withVariables("interviewOutcome", outcome, "interviewDate", "2026-11-20")
                : withVariables("interviewOutcome", outcome, "interviewDate", "2026-11-20", "motivation", 4,
                        "preferredWorkTeam", "SOFTWARE"));
        reservePlaceIfDue();
    }

    /** "Reserve a place" is asynchronous: the interview (or the offer of a place) commits before it runs. */
    private void reservePlaceIfDue() {
        var reservation = BpmnAwareTests.managementService().createJobQuery().activityId("Task_ReservePlace").singleResult();
        if (reservation != null) {
            BpmnAwareTests.execute(reservation);
        }
    }

    @Test
    void eligibleSuitableWithFreePlaceIsAccepted() {
        freePlaces.add(true);
        ProcessInstance instance = start("ELIGIBLE");
        interview("SUITABLE");
        assertThat(instance).isEnded().hasPassed("Task_ReservePlace", "Task_NotifyAcceptance")
                .hasPassed("EndEvent_ReferralAccepted").variables().containsEntry("referralOutcome", "ACCEPTED")
                .doesNotContainKeys("motivation", "preferredWorkTeam", "interviewDate");
        Assertions.assertThat(notifications).containsExactly("REFERRAL_ACCEPTED:null");
        verify(journeys).recordDecision(journeyId, "ACCEPTED", null);
    }

    @Test
    void notEligibleIsDeclinedWithTheDecisionsReason() {
        ProcessInstance instance = start("NOT_ELIGIBLE");
        assertThat(instance).isEnded().hasPassed("EndEvent_ReferralDeclined").variables()
                .containsEntry("eligibilityReason", "Not a Helsinki resident")
                .containsEntry("referralOutcome", "DECLINED").containsEntry("declineReason", "Not a Helsinki resident");
        Assertions.assertThat(notifications).containsExactly("REFERRAL_DECLINED:Not a Helsinki resident");
        verify(journeys).recordEligibility(journeyId, "NOT_ELIGIBLE", "Not a Helsinki resident");
        verify(journeys).recordDecision(journeyId, "DECLINED", "Not a Helsinki resident");
    }

    @Test
    void theFactsReachTheTableForTheStepButAreNeverStored() {
        ProcessInstance instance = start("ELIGIBLE");
        verify(journeys).recordEligibility(journeyId, "ELIGIBLE", "Meets the starting criteria");

        HistoricDecisionInstance decision = decisionTaken(instance, "Task_CheckEligibility", "referral-eligibility");
        Assertions.assertThat(decision.getInputs()).extracting(input -> input.getClauseId() + "=" + input.getValue())
                .containsExactlyInAnyOrder("Input_Municipality=helsinki", "Input_Age=25", "Input_EducationLevel=3",
                        "Input_MonthsUnemployed=14", "Input_IctBackground=VOCATIONAL");
        Assertions.assertThat(decision.getOutputs()).extracting(output -> output.getVariableName() + "=" + output.getValue())
                .containsExactly("eligibility=ELIGIBLE", "reason=Meets the starting criteria");
        neverStored(instance, FACTS);
        assertThat(instance).variables().containsEntry("eligibilityReason", "Meets the starting criteria")
                .doesNotContainKey(CheckEligibilityListener.RESULT);
    }

    @Test
    void aTableThatMatchesNoRuleFailsTheCheckSayingWhatToFixUntilItIsAnIncident() throws IOException {
        String table;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("processes/referral-eligibility.dmn")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String gap = repositoryService().createDeployment().addString("processes/referral-eligibility.dmn",
                table.replaceAll("(?s)<rule .*?</rule>", "")).deploy().getId();
        try {
            participant("Helsinki", IctBackground.VOCATIONAL);
            ProcessInstance instance = runtimeService().startProcessInstanceByKey("referral", journeyId.toString(),
                    Map.of("journeyId", journeyId.toString(), "displayName", "Aino Virtanen"));
            String expected = "Decision table 'referral-eligibility' matched no rule for journey " + journeyId
                    + ": correct processes/referral-eligibility.dmn (every journey must match a rule, the last one a "
                    + "catch-all), deploy it and retry this job.";
            Job check = managementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
            for (int retriesLeft = 2; retriesLeft >= 0; retriesLeft--) {
                Assertions.assertThatThrownBy(() -> managementService().executeJob(check.getId())).hasMessage(expected);
                Assertions.assertThat(managementService().createJobQuery().jobId(check.getId()).singleResult().getRetries())
                        .isEqualTo(retriesLeft);
            }
            Incident incident = runtimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
            Assertions.assertThat(incident.getActivityId()).isEqualTo("Task_CheckEligibility");
            Assertions.assertThat(incident.getIncidentMessage()).isEqualTo(expected);
            assertThat(instance).isWaitingAt("Task_CheckEligibility").variables()
                    .doesNotContainKeys("eligibility", CheckEligibilityListener.RESULT);
            verify(journeys, never()).recordEligibility(any(), any(), any());
        } finally {
            repositoryService().deleteDeployment(gap, true);
        }
    }

    @Test
    void reviewAcceptsForInterview() {
        ProcessInstance instance = start("NEEDS_REVIEW");
        assertThat(task()).hasDefinitionKey("Task_ReviewReferral").hasCandidateGroup("referral-coordinators");
        Assertions.assertThat(task().getDueDate()).isAfter(new Date());
        complete(task(), withVariables("reviewDecision", "ACCEPT"));
        assertThat(instance).isWaitingAt("Task_HoldSuitabilityInterview");
        verify(records).addReview(eq(journeyId), eq("ACCEPT"), isNull(), any());
    }

    @Test
    void reviewDeclinesWithTheCoordinatorsReason() {
        ProcessInstance instance = start("NEEDS_REVIEW");
        complete(task(), withVariables("reviewDecision", "DECLINE", "declineReason", "Another service suits the person better"));
        assertThat(instance).isEnded().hasPassed("EndEvent_ReferralDeclined");
        Assertions.assertThat(notifications).containsExactly("REFERRAL_DECLINED:Another service suits the person better");
    }

    @Test
    void requestedInformationReturnsToReview() {
        ProcessInstance instance = start("NEEDS_REVIEW");
        complete(task(), withVariables("reviewDecision", "REQUEST_INFO", "reviewNote", "Please send the CV"));
        assertThat(instance).isWaitingAt("Task_WaitForInformation").variables().doesNotContainKey("reviewNote");
        verify(records).addReview(eq(journeyId), eq("REQUEST_INFO"), eq("Please send the CV"), any());
        runtimeService().createMessageCorrelation("ReferralInfoProvided").processInstanceBusinessKey(journeyId.toString())
                .correlate();
        assertThat(instance).isWaitingAt("Task_ReviewReferral");
        Assertions.assertThat(notifications).containsExactly("INFORMATION_REQUESTED");
    }

    @Test
    void noAnswerIn14DaysDeclines() {
        ProcessInstance instance = start("NEEDS_REVIEW");
        complete(task(), withVariables("reviewDecision", "REQUEST_INFO", "reviewNote", "Please send the CV"));
        assertThat(job("Event_NoResponse")).isNotNull();
        Assertions.assertThat(job("Event_NoResponse").getDuedate()).isAfter(Date.from(new Date().toInstant().plus(Duration.ofDays(13))));
        execute(job("Event_NoResponse"));
        assertThat(instance).isEnded().hasPassed("EndEvent_ReferralDeclined").variables()
                .containsEntry("declineReason", "No response to the request for more information in 14 days");
    }

    @Test
    void oneNoShowIsRescheduledAndASecondDeclines() {
        when(records.countInterviews(journeyId, "NO_SHOW")).thenReturn(1, 2);
        ProcessInstance instance = start("ELIGIBLE");
        interview("NO_SHOW");
        assertThat(instance).isWaitingAt("Task_HoldSuitabilityInterview").variables().containsEntry("noShowCount", 1);
        interview("NO_SHOW");
        assertThat(instance).isEnded().hasPassed("Gateway_RescheduleAllowed", "EndEvent_ReferralDeclined").variables()
                .containsEntry("declineReason", "Did not attend the rescheduled suitability interview");
    }

    @Test
    void notSuitableDeclines() {
        ProcessInstance instance = start("ELIGIBLE");
        interview("NOT_SUITABLE");
        assertThat(instance).isEnded().hasPassed("EndEvent_ReferralDeclined").hasNotPassed("Gateway_RescheduleAllowed");
        Assertions.assertThat(notifications).containsExactly("REFERRAL_DECLINED:Not suitable after the suitability interview");
    }

    @Test
    void fullProgrammeWaitsForAFreePlace() {
        freePlaces.addAll(List.of(false, false, true));
        ProcessInstance instance = start("ELIGIBLE");
        interview("SUITABLE");
        assertThat(instance).isWaitingAt("Task_WaitForPlace").hasPassed("Task_NotifyWaitingList");
        // A place is offered but taken by someone else first: back to waiting, the referrer is not told again.
        runtimeService().correlateMessage("PlaceAvailable", journeyId.toString());
        reservePlaceIfDue();
        assertThat(instance).isWaitingAt("Task_WaitForPlace");
        runtimeService().correlateMessage("PlaceAvailable", journeyId.toString());
        reservePlaceIfDue();
        assertThat(instance).isEnded().hasPassed("EndEvent_ReferralAccepted");
        Assertions.assertThat(notifications).containsExactly("WAITING_LIST:null", "REFERRAL_ACCEPTED:null");
    }

    @Test
    void after60DaysATeamLeadKeepsTheParticipantWaiting() {
        freePlaces.add(false);
        ProcessInstance instance = start("ELIGIBLE");
        interview("SUITABLE");
        execute(job("Event_WaitedTooLong"));
        assertThat(task()).hasDefinitionKey("Task_DecideOnWaitingParticipant").hasCandidateGroup("team-leads");
        complete(task(), withVariables("waitingDecision", "KEEP_WAITING"));
        // Kept waiting: first a place is asked for again (none is free here), then the wait goes on.
        assertThat(instance).isWaitingAt("Task_ReservePlace");
        reservePlaceIfDue();
        assertThat(instance).isWaitingAt("Task_WaitForPlace");
        assertThat(job("Event_WaitedTooLong")).isNotNull();
        Assertions.assertThat(notifications).as("no second waiting-list notice").containsExactly("WAITING_LIST:null");
    }

    @Test
    void after60DaysATeamLeadDeclines() {
        freePlaces.add(false);
        ProcessInstance instance = start("ELIGIBLE");
        interview("SUITABLE");
        execute(job("Event_WaitedTooLong"));
        complete(task(), withVariables("waitingDecision", "DECLINE", "declineReason", "No place became available in time"));
        assertThat(instance).isEnded().hasPassed("Task_DecideOnWaitingParticipant", "EndEvent_ReferralDeclined");
        verify(places).leaveWaitingList(journeyId);
    }

    @Test
    void anIncompleteFormKeepsTheTaskOpen() {
        ProcessInstance instance = start("ELIGIBLE");
        String taskId = task().getId();
        Assertions.assertThatThrownBy(() ->
                        BpmnAwareTests.taskService().complete(taskId, Map.of("interviewOutcome", "SUITABLE",
                                "interviewDate", "2026-11-20", "motivation", 9, "preferredWorkTeam", "SOFTWARE")))
                .hasMessageContaining("Field 'motivation' is required and must be a whole number from 1 to 5");
        assertThat(instance).isWaitingAt("Task_HoldSuitabilityInterview");
    }
}
