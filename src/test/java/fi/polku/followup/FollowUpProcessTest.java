package fi.polku.followup;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.journey.JourneyCalendar;
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
import org.mockito.ArgumentCaptor;

/**
 * Every path of {@code follow-up.bpmn}: the exit review and indicators, the referrer told, the
 * follow-ups three and six months after leaving (timers on the engine clock), a follow-up repeated
 * a week after a failed contact, and two failed contacts recording the situation as UNKNOWN.
 */
@Deployment(resources = "processes/follow-up.bpmn")
class FollowUpProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestEngine.fullCoverage();

    private static final LocalDate LEFT_ON = LocalDate.of(2027, 9, 3);
    /** application.yaml's {@code polku.follow-up}. */
    private static final FollowUpProperties DEFAULTS = new FollowUpProperties(2);

    private final UUID journeyId = UUID.randomUUID();
    private final FollowUpRecords records = mock(FollowUpRecords.class);
    private final IndicatorRecords indicators = mock(IndicatorRecords.class);
    private final IdentityService identity = mock(IdentityService.class);
    private final List<String> freedPlaces = new ArrayList<>();
    private final List<String> notifications = new ArrayList<>();

    @BeforeEach
    void setUp(ProcessEngine engine) {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(JourneyCalendar.morningOf(LEFT_ON));
        when(records.leftOn(journeyId)).thenReturn(LEFT_ON);
        when(records.exitReview(journeyId)).thenReturn(Optional.of(new FollowUpRecords.ExitReview(LEFT_ON, "HIRED",
                FollowUpRecords.Situation.EMPLOYED, "OPEN_MARKET", true, 30, 8, 5, null, true)));
        Mocks.register("freePlace", (JavaDelegate) execution -> freedPlaces.add(execution.getProcessBusinessKey()));
        Mocks.register("showLeavingSummary", new ShowLeavingSummaryListener(mock(WageSubsidyRecords.class),
                new TaskSummary(new ObjectMapper())));
        Mocks.register("recordExitReview", new RecordExitReviewListener(records, identity));
        Mocks.register("recordLeavingIndicators", new RecordLeavingIndicatorsDelegate(records, indicators));
        Mocks.register("notifyReferrer", (JavaDelegate) execution -> notifications.add(
                execution.getVariableLocal("notification") + ":" + execution.getVariableLocal("reason")));
        Mocks.register("followUpSchedule", new FollowUpSchedule(records));
        Mocks.register("recordThreeMonthFollowUp", new RecordThreeMonthFollowUpListener(records, DEFAULTS, identity));
        Mocks.register("recordSixMonthFollowUp", new RecordSixMonthFollowUpListener(records, indicators, DEFAULTS, identity));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance startAndReview() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("follow-up", journeyId.toString(),
                Map.of("journeyId", journeyId.toString(), "displayName", "Aino Virtanen", "leavingRoute", "HIRED"));
        assertThat(instance).isWaitingAt("Task_FreePlace");
        execute(job());
        Assertions.assertThat(freedPlaces).containsExactly(journeyId.toString());

        Task review = taskQuery().taskDefinitionKey("Task_HoldExitReview").singleResult();
        assertThat(review).hasCandidateGroup("job-coaches");
        Assertions.assertThat(String.valueOf(BpmnAwareTests.taskService().getVariableLocal(review.getId(), "leaving")))
                .contains("\"route\":\"HIRED\""); // a code; Tasklist shows the words (WebappTexts)
        complete(review, withVariables("leftOn", LEFT_ON.toString(), "outcomeOnLeaving", "EMPLOYED",
                "employmentType", "OPEN_MARKET", "qualificationGained", true, "creditsGained", 30, "workAbilityAtExit", 8,
                "feedbackScore", 5, "certificatesIssued", true));
        // The indicators are recorded after the exit review is stored, in their own transaction.
        assertThat(instance).isWaitingAt("Task_RecordProgrammeIndicators");
        execute(job());
        assertThat(instance).isWaitingAt("Task_NotifyReferrerOfOutcome");
        execute(job());
        Assertions.assertThat(notifications).containsExactly("JOURNEY_OUTCOME:EMPLOYED");
        verify(indicators).recordLeaving(journeyId, records.exitReview(journeyId).orElseThrow(), LEFT_ON);
        assertThat(instance).isWaitingAt("Timer_ThreeMonths");
        Assertions.assertThat(job("Timer_ThreeMonths").getDuedate()).isEqualTo(JourneyCalendar.morningOf(LEFT_ON.plusMonths(3)));
        return instance;
    }

    private void followUp(String taskKey, String contactedOn, String result, String situation) {
        Task task = taskQuery().taskDefinitionKey(taskKey).singleResult();
        assertThat(task).hasCandidateGroup("job-coaches");
        Map<String, Object> form = new java.util.HashMap<>(Map.of("contactedOn", contactedOn, "contactResult", result));
        if (situation != null) {
            form.put("situation", situation);
        }
        if ("EMPLOYED".equals(situation)) {
            form.put("employmentType", "SUBSIDISED");
        }
        complete(task, form);
    }

    @Test
    void bothFollowUpsReachTheParticipantAndTheJourneyIsCompleted() {
        ProcessInstance instance = startAndReview();
        execute(job("Timer_ThreeMonths"));
        followUp("Task_HoldThreeMonthFollowUp", "2027-12-05", "REACHED", "IN_EDUCATION");
        assertThat(instance).isWaitingAt("Timer_SixMonths");
        Assertions.assertThat(job("Timer_SixMonths").getDuedate()).isEqualTo(JourneyCalendar.morningOf(LocalDate.of(2028, 3, 3)));

        execute(job("Timer_SixMonths"));
        when(records.attempts(journeyId, FollowUpRecords.Checkpoint.SIX_MONTHS)).thenReturn(0);
        followUp("Task_HoldSixMonthFollowUp", "2028-03-06", "REACHED", "EMPLOYED");

        assertThat(instance).isEnded().hasPassed("EndEvent_JourneyCompleted").hasNotPassed("Timer_ThreeMonthRetry");
        // Only the six-month situation is an indicator.
        verify(indicators, never()).recordSixMonths(eq(journeyId), eq(FollowUpRecords.Situation.IN_EDUCATION),
                org.mockito.ArgumentMatchers.any());
        verify(indicators).recordSixMonths(journeyId, FollowUpRecords.Situation.EMPLOYED, LocalDate.of(2028, 3, 6));
    }

    @Test
    void anEmployedSituationNeedsToSayHowAndAReachedFollowUpNeedsASituation() {
        startAndReview();
        execute(job("Timer_ThreeMonths"));
        String taskId = taskQuery().taskDefinitionKey("Task_HoldThreeMonthFollowUp").singleResult().getId();
        Assertions.assertThatThrownBy(() -> BpmnAwareTests.taskService().complete(taskId,
                        Map.of("contactedOn", "2027-12-05", "contactResult", "REACHED")))
                .hasMessageContaining("situation");
        Assertions.assertThatThrownBy(() -> BpmnAwareTests.taskService().complete(taskId,
                        Map.of("contactedOn", "2027-12-05", "contactResult", "REACHED", "situation", "EMPLOYED")))
                .hasMessageContaining("employmentType");
        Assertions.assertThat(taskQuery().taskDefinitionKey("Task_HoldThreeMonthFollowUp").count()).isOne();
    }

    @Test
    void twoFailedContactsRecordUnknownAndAFailedContactIsTriedAgainAWeekLater() {
        ProcessInstance instance = startAndReview();
        execute(job("Timer_ThreeMonths"));
        when(records.attempts(journeyId, FollowUpRecords.Checkpoint.THREE_MONTHS)).thenReturn(0, 1);
        followUp("Task_HoldThreeMonthFollowUp", "2027-12-03", "NOT_REACHED", null);
        assertThat(instance).isWaitingAt("Timer_ThreeMonthRetry");
        execute(job("Timer_ThreeMonthRetry"));
        followUp("Task_HoldThreeMonthFollowUp", "2027-12-10", "NOT_REACHED", null);

        ArgumentCaptor<FollowUpRecords.FollowUp> attempts = ArgumentCaptor.forClass(FollowUpRecords.FollowUp.class);
        verify(records, org.mockito.Mockito.times(2)).addFollowUp(eq(journeyId), eq(FollowUpRecords.Checkpoint.THREE_MONTHS),
                attempts.capture(), eq(null));
        Assertions.assertThat(attempts.getAllValues()).extracting(FollowUpRecords.FollowUp::situation)
                .containsExactly(null, FollowUpRecords.Situation.UNKNOWN);
        assertThat(instance).isWaitingAt("Timer_SixMonths");

        // At six months the first call fails, the second reaches them.
        execute(job("Timer_SixMonths"));
        when(records.attempts(journeyId, FollowUpRecords.Checkpoint.SIX_MONTHS)).thenReturn(0, 1);
        followUp("Task_HoldSixMonthFollowUp", "2028-03-03", "NOT_REACHED", null);
        assertThat(instance).isWaitingAt("Timer_SixMonthRetry");
        execute(job("Timer_SixMonthRetry"));
        followUp("Task_HoldSixMonthFollowUp", "2028-03-10", "REACHED", "JOB_SEARCHING");

        assertThat(instance).isEnded().hasPassed("Timer_ThreeMonthRetry", "Timer_SixMonthRetry", "EndEvent_JourneyCompleted");
        verify(indicators).recordSixMonths(journeyId, FollowUpRecords.Situation.JOB_SEARCHING, LocalDate.of(2028, 3, 10));
    }

    /** {@code polku.follow-up.max-failed-attempts} configured 3: the second failed contact is tried again too. */
    @Test
    void theConfiguredNumberOfFailedContactsRecordsUnknown() {
        Mocks.register("recordThreeMonthFollowUp",
                new RecordThreeMonthFollowUpListener(records, new FollowUpProperties(3), identity));
        ProcessInstance instance = startAndReview();
        execute(job("Timer_ThreeMonths"));
        when(records.attempts(journeyId, FollowUpRecords.Checkpoint.THREE_MONTHS)).thenReturn(0, 1, 2);
        followUp("Task_HoldThreeMonthFollowUp", "2027-12-03", "NOT_REACHED", null);
        execute(job("Timer_ThreeMonthRetry"));
        followUp("Task_HoldThreeMonthFollowUp", "2027-12-10", "NOT_REACHED", null);
        assertThat(instance).isWaitingAt("Timer_ThreeMonthRetry");
        execute(job("Timer_ThreeMonthRetry"));
        followUp("Task_HoldThreeMonthFollowUp", "2027-12-17", "NOT_REACHED", null);

        ArgumentCaptor<FollowUpRecords.FollowUp> attempts = ArgumentCaptor.forClass(FollowUpRecords.FollowUp.class);
        verify(records, org.mockito.Mockito.times(3)).addFollowUp(eq(journeyId), eq(FollowUpRecords.Checkpoint.THREE_MONTHS),
                attempts.capture(), eq(null));
        Assertions.assertThat(attempts.getAllValues()).extracting(FollowUpRecords.FollowUp::situation)
                .containsExactly(null, null, FollowUpRecords.Situation.UNKNOWN);
        assertThat(instance).isWaitingAt("Timer_SixMonths");
    }
}
