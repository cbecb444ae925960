package fi.polku.journey;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import fi.polku.support.ProcessTestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * Every path of {@code participant-journey.bpmn}. Each phase is replaced by a stand-in with one
 * task whose completion chooses the phase's outcome; the phases have process tests of their own.
 */
@Deployment(resources = "processes/participant-journey.bpmn")
class ParticipantJourneyProcessTest {

    private static final List<String> PHASES = List.of("referral", "initial-assessment", "wage-subsidy-period",
            "trainee-placement", "follow-up");

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestEngine.fullCoverage(PHASES.toArray(String[]::new));

    private final JourneyRepository journeys = mock(JourneyRepository.class);
    /** What a phase gives up at the journey's end (the wage-subsidy place): called at every end. */
    private final JourneyEndHandler endHandler = mock(JourneyEndHandler.class);
    private final List<String> notifications = new ArrayList<>();
    private final List<String> withdrawals = new ArrayList<>();
    private final String journeyId = UUID.randomUUID().toString();

    @BeforeEach
    void setUp(ProcessEngine engine) {
        BpmnAwareTests.init(engine);
        for (String phase : PHASES) {
            repositoryService().createDeployment().addModelInstance(phase + "-stand-in.bpmn",
                    Bpmn.createExecutableProcess(phase).camundaHistoryTimeToLive(1)
                            .startEvent().userTask("StandIn_" + phase).endEvent().done()).deploy();
        }
        // Journeys started over the API arrive with their id; the Tasklist listener then does nothing.
        Mocks.register("registerTasklistReferral", (ExecutionListener) execution -> { });
        Mocks.register("journeyLifecycle", new JourneyLifecycle(journeys, List.of(endHandler)));
        Mocks.register("notifyReferrer", (JavaDelegate) execution ->
                notifications.add(execution.getVariableLocal("notification") + ":" + execution.getVariableLocal("reason")));
        Mocks.register("recordWithdrawal", (JavaDelegate) execution -> withdrawals.add((String) execution.getVariable("withdrawalReason")));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    private ProcessInstance startJourney() {
        ProcessInstance journey = runtimeService().startProcessInstanceByKey(JourneyProcess.KEY, journeyId,
                Map.of(JourneyProcess.JOURNEY_ID, journeyId, JourneyProcess.DISPLAY_NAME, "Aino Virtanen"));
        assertThat(journey).isWaitingAt("CallActivity_Referral");
        assertThat(calledProcessInstance(journey)).hasBusinessKey(journeyId)
                .variables().containsEntry("journeyId", journeyId).containsEntry("displayName", "Aino Virtanen");
        verify(journeys).enterPhase(java.util.UUID.fromString(journeyId), JourneyPhase.REFERRAL);
        return journey;
    }

    private ProcessInstance assessJourney() {
        ProcessInstance journey = startJourney();
        complete(task(), withVariables("referralOutcome", "ACCEPTED"));
        assertThat(journey).isWaitingAt("CallActivity_InitialAssessment");
        assertThat(calledProcessInstance(journey)).hasBusinessKey(journeyId);
        verify(journeys).enterPhase(UUID.fromString(journeyId), JourneyPhase.INITIAL_ASSESSMENT);
        return journey;
    }

    private ProcessInstance periodJourney() {
        ProcessInstance journey = assessJourney();
        complete(task(), withVariables("track", "WAGE_SUBSIDY_WORK"));
        // The period starts after the case conference is stored, in its own transaction.
        assertThat(journey).isWaitingAt("CallActivity_WageSubsidyPeriod");
        BpmnAwareTests.execute(BpmnAwareTests.job());
        assertThat(calledProcessInstance(journey)).hasBusinessKey(journeyId);
        verify(journeys).enterPhase(UUID.fromString(journeyId), JourneyPhase.WAGE_SUBSIDY_PERIOD);
        return journey;
    }

    @Test
    void aReadyParticipantGoesThroughTheTraineePlacementToTheFollowUp() {
        ProcessInstance journey = periodJourney();
        complete(task(), withVariables("periodOutcome", "TRAINEE_PLACEMENT"));
        assertThat(journey).isWaitingAt("CallActivity_TraineePlacement");
        assertThat(calledProcessInstance(journey)).hasBusinessKey(journeyId)
                .variables().containsEntry("journeyId", journeyId).containsEntry("displayName", "Aino Virtanen");
        verify(journeys).enterPhase(UUID.fromString(journeyId), JourneyPhase.TRAINEE_PLACEMENT);

        complete(task(), withVariables("placementOutcome", "HIRED"));
        assertThat(journey).isWaitingAt("CallActivity_FollowUp");
        assertThat(calledProcessInstance(journey)).hasBusinessKey(journeyId)
                .variables().containsEntry("leavingRoute", "HIRED").containsEntry("journeyId", journeyId);
        verify(journeys).enterPhase(UUID.fromString(journeyId), JourneyPhase.FOLLOW_UP);

        complete(task());
        assertThat(journey).isEnded().hasPassed("EndEvent_JourneyCompleted");
        verify(journeys).end(UUID.fromString(journeyId), JourneyOutcome.COMPLETED);
    }

    @Test
    void aSubsidyNotGrantedNotifiesTheReferrerAndEndsTheJourney() {
        ProcessInstance journey = periodJourney();
        complete(task(), withVariables("periodOutcome", "NOT_GRANTED"));
        assertThat(journey).isEnded().hasPassed("Task_NotifySubsidyNotGranted", "EndEvent_SubsidyNotGranted");
        Assertions.assertThat(notifications).containsExactly("SUBSIDY_NOT_GRANTED:null");
        verify(journeys).end(UUID.fromString(journeyId), JourneyOutcome.SUBSIDY_NOT_GRANTED);
        verify(endHandler).journeyEnded(UUID.fromString(journeyId), JourneyOutcome.SUBSIDY_NOT_GRANTED);
    }

    @Test
    void aPeriodThatEndsOrIsLeftEarlyGoesToTheFollowUp() {
        ProcessInstance journey = periodJourney();
        complete(task(), withVariables("periodOutcome", "EMPLOYMENT_FOUND"));
        assertThat(journey).isWaitingAt("CallActivity_FollowUp");
        assertThat(calledProcessInstance(journey)).variables().containsEntry("leavingRoute", "EMPLOYMENT_FOUND");
        complete(task());
        assertThat(journey).isEnded().hasPassed("EndEvent_JourneyCompleted").hasNotPassed("CallActivity_TraineePlacement");
    }

    @Test
    void aParticipantWhoLeavesBeforeThePeriodBeganIsNotFollowedUp() {
        ProcessInstance journey = periodJourney();
        complete(task(), withVariables("periodOutcome", "LEFT_BEFORE_START"));
        assertThat(journey).isWaitingAt("Task_NotifyLeftBeforeStart");
        BpmnAwareTests.execute(BpmnAwareTests.job());
        assertThat(journey).isEnded().hasPassed("EndEvent_LeftBeforeStart").hasNotPassed("CallActivity_FollowUp");
        Assertions.assertThat(notifications).containsExactly("LEFT_BEFORE_START:null");
        verify(journeys).end(UUID.fromString(journeyId), JourneyOutcome.LEFT_BEFORE_START);
        verify(endHandler).journeyEnded(UUID.fromString(journeyId), JourneyOutcome.LEFT_BEFORE_START);
    }

    @Test
    void anAssessmentThatRefersElsewhereNotifiesTheReferrerAndEnds() {
        ProcessInstance journey = assessJourney();
        complete(task(), withVariables("track", "REFER_ELSEWHERE", "referralService", "WORKSHOP"));
        assertThat(journey).isEnded().hasPassed("Task_NotifyReferredElsewhere", "EndEvent_ReferredElsewhere");
        Assertions.assertThat(notifications).containsExactly("REFERRED_ELSEWHERE:WORKSHOP");
        verify(journeys).end(UUID.fromString(journeyId), JourneyOutcome.REFERRED_ELSEWHERE);
        verify(endHandler).journeyEnded(UUID.fromString(journeyId), JourneyOutcome.REFERRED_ELSEWHERE);
    }

    @Test
    void declinedReferralEndsTheJourney() {
        ProcessInstance journey = startJourney();
        complete(task(), withVariables("referralOutcome", "DECLINED"));
        assertThat(journey).isEnded().hasPassed("EndEvent_ReferralDeclined");
        verify(journeys).end(UUID.fromString(journeyId), JourneyOutcome.REFERRAL_DECLINED);
        verify(endHandler).journeyEnded(UUID.fromString(journeyId), JourneyOutcome.REFERRAL_DECLINED);
    }

    @Test
    void withdrawalEndsTheJourneyFromAnyPoint() {
        ProcessInstance journey = startJourney();
        ProcessInstance referral = calledProcessInstance(journey);
        runtimeService().createMessageCorrelation("JourneyWithdrawn").processInstanceBusinessKey(journeyId)
                .setVariable("withdrawalReason", "MOVED_AWAY").correlate();
        assertThat(journey).isEnded().hasPassed("Task_RecordWithdrawal", "Task_NotifyWithdrawal", "EndEvent_JourneyWithdrawn");
        assertThat(referral).isEnded();
        Assertions.assertThat(withdrawals).containsExactly("MOVED_AWAY");
        Assertions.assertThat(notifications).containsExactly("JOURNEY_WITHDRAWN:MOVED_AWAY");
        verify(journeys).end(UUID.fromString(journeyId), JourneyOutcome.WITHDRAWN);
        verify(endHandler).journeyEnded(UUID.fromString(journeyId), JourneyOutcome.WITHDRAWN);
    }
}
