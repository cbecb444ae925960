package fi.polku.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which deployments a node lets its deployment-aware job executor run: those whose every definition
 * this code ships in the same or a newer version. The engine registers each deployment made on the
 * node, and at start the latest of the auto-deployment's name; the rolling upgrade needs both
 * corrected. (The two nodes themselves: {@code RollingUpgradeReliability}.)
 */
class JobExecutorDeploymentsTest {

    private static final String DECISION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                         id="beta-definitions" name="beta" namespace="http://polku.test">
              <decision id="beta" name="Beta" camunda:historyTimeToLive="P1D" camunda:versionTag="%s">
                <decisionTable id="table"><output id="out" name="out" typeRef="string"/></decisionTable>
              </decision>
            </definitions>""";

    private ProcessEngine engine;
    private RepositoryService repositoryService;
    private ManagementService managementService;
    private JobExecutorDeployments deployments;

    @BeforeEach
    void buildEngine() {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setProcessEngineName("job-executor-deployments-test");
        config.setJdbcUrl("jdbc:h2:mem:job-executor-deployments-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        config.setJobExecutorActivate(false);
        config.setJobExecutorDeploymentAware(true);
        engine = config.buildProcessEngine();
        repositoryService = engine.getRepositoryService();
        managementService = engine.getManagementService();
        // This node's code: process alpha at version 2, decision beta at 1; it has no gamma.
        deployments = new JobExecutorDeployments(managementService, repositoryService,
                new ShippedModels(Map.of("alpha", "2", "beta", "1")));
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void atStartRegistersEveryDeploymentOfShippedVersionsAndWithdrawsNewerOnes() {
        String untagged = deploy(process("alpha", null));
        String first = deploy(process("alpha", "1"), decision("1"));
        String current = deploy(process("alpha", "2"));
        String newerProcess = deploy(process("alpha", "3"));
        String newerDecision = deploy(process("alpha", "2"), decision("2"));
        String unknownKey = deploy(process("gamma", "1"));
        String numeric = deploy(process("alpha", "10"));
        assertThat(managementService.getRegisteredDeployments()).as("the engine registers what the node deploys")
                .contains(newerProcess, unknownKey);

        deployments.afterSingletonsInstantiated();

        assertThat(managementService.getRegisteredDeployments())
                .as("missing tag = oldest; 10 is newer than 2; a newer decision or an unknown key is not this code's")
                .containsExactlyInAnyOrder(untagged, first, current);
        assertThat(newerDecision).isNotIn(managementService.getRegisteredDeployments());
        assertThat(numeric).isNotIn(managementService.getRegisteredDeployments());
    }

    @Test
    void laterRegistersWhatOtherNodesDeployedThatThisCodeCanRun() {
        deploy(process("alpha", "2"));
        deployments.afterSingletonsInstantiated();

        // made on another node: this engine does not register them by itself
        String runnable = deploy(process("alpha", "1"));
        String newer = deploy(process("alpha", "3"));
        managementService.unregisterDeploymentForJobExecutor(runnable);
        managementService.unregisterDeploymentForJobExecutor(newer);
        // made through this node's engine REST: registered by the engine, and left so
        String throughThisNode = deploy(process("gamma", "1"));

        deployments.registerNewDeployments();

        assertThat(managementService.getRegisteredDeployments()).contains(runnable, throughThisNode).doesNotContain(newer);
    }

    @Test
    void readsTheVersionTagsOfTheModelsOnTheClasspath() {
        ShippedModels shipped = ShippedModels.read("classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn");

        assertThat(shipped.versionTags()).containsEntry("referral", "2").containsEntry("follow-up", "1")
                .containsEntry("course-level", "1").containsKeys("participant-journey", "support-plan");
        assertThat(shipped.canRun("referral", null)).as("the untagged first version").isTrue();
        assertThat(shipped.canRun("referral", "2")).isTrue();
        assertThat(shipped.canRun("referral", "3")).isFalse();
        assertThat(shipped.canRun("unknown", "1")).isFalse();
        assertThat(shipped.canRun("referral", "2-hotfix")).as("a tag that is no number runs only where it is shipped").isFalse();
    }

    private String deploy(BpmnModelInstance process, String... decisions) {
        var builder = repositoryService.createDeployment().name("test")
                .addModelInstance(process.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
                        .iterator().next().getId() + ".bpmn", process);
        for (int i = 0; i < decisions.length; i++) {
            builder.addString("beta-" + i + ".dmn", decisions[i]);
        }
        return builder.deploy().getId();
    }

    private static BpmnModelInstance process(String key, String versionTag) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).camundaVersionTag(versionTag)
                .startEvent().endEvent().done();
    }

    private static String decision(String versionTag) {
        return DECISION.formatted(versionTag);
    }
}
