package fi.polku.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyRepository;
import fi.polku.participant.IctBackground;
import fi.polku.participant.ParticipantRepository;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Journeys that started on the version of {@code referral.bpmn} deployed before eligibility became
 * a business-rule task calling its table call {@code ${checkEligibility}} as the task's delegate.
 * They must go on: the same bean takes the same decision on the same facts and records it alike.
 * (The earlier model is kept in {@code src/test/resources/legacy}.)
 */
class EarlierModelVersionTest {

    private final UUID journeyId = UUID.randomUUID();
    private final ParticipantRepository participants = mock(ParticipantRepository.class);
    private final JourneyRepository journeys = mock(JourneyRepository.class);
    private ProcessEngine engine;

    @BeforeEach
    void deployTheEarlierVersion() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:earlier-model-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setJobExecutorActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addClasspathResource("legacy/referral-before-decision-tasks.bpmn")
                .addClasspathResource("processes/referral-eligibility.dmn").deploy();
        Mocks.register("checkEligibility", new CheckEligibilityListener(participants, journeys));
        Mocks.register("showReferralSummary", mock(TaskListener.class));
        Mocks.register("recordSuitabilityInterview", mock(ExecutionListener.class));
    }

    @AfterEach
    void close() {
        Mocks.reset();
        engine.close();
    }

    @Test
    void aJourneyOnTheEarlierVersionIsCheckedByTheSameBeanAsItsTaskDelegate() {
        when(participants.eligibilityFacts(journeyId)).thenReturn(new ParticipantRepository.EligibilityFacts(
                JourneyCalendar.today().minusYears(25), " Helsinki ", 3, IctBackground.VOCATIONAL, 14));
        ProcessInstance referral = engine.getRuntimeService().startProcessInstanceByKey("referral", journeyId.toString(),
                Map.of("journeyId", journeyId.toString(), "displayName", "Aino Virtanen"));

        Job check = engine.getManagementService().createJobQuery().processInstanceId(referral.getId()).singleResult();
        engine.getManagementService().executeJob(check.getId());

        assertThat(engine.getRuntimeService().getVariables(referral.getId()))
                .containsEntry("eligibility", "ELIGIBLE").containsKey("eligibilityReason");
        verify(journeys).recordEligibility(journeyId, "ELIGIBLE",
                (String) engine.getRuntimeService().getVariable(referral.getId(), "eligibilityReason"));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(referral.getId()).singleResult()
                .getTaskDefinitionKey()).isEqualTo("Task_HoldSuitabilityInterview");
    }
}
