package fi.polku.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * A node whose code is older than the models already deployed deploys nothing. Without this, a node
 * on the old code restarted during a rolling upgrade would deploy its old models again: the
 * auto-deployment ({@code deploy-changed-only}) compares each file only with the latest deployed file
 * of the same name, finds it different, and deploys it as the newest version, so new journeys would
 * start on the old model again until a node with the new code restarted. "Older" means: for some
 * key this code ships, the newest deployed process or decision carries a newer
 * {@code camunda:versionTag} ({@link ShippedModels}).
 * <p>
 * An engine internal: the auto-deployment runs inside the Spring engine configuration's
 * {@code buildProcessEngine}, after the plugins' {@code postProcessEngineBuild} (the database
 * schema is there by then), and its resources are a field of that configuration; clearing them is
 * the one place to skip it. {@code OlderCodeDeploysNothingTest} fails if that order changes.
 */
@Component
class OlderCodeDeploysNothing extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(OlderCodeDeploysNothing.class);

    private final ShippedModels shipped;
    private ProcessEngineConfigurationImpl configuration;

    OlderCodeDeploysNothing(ShippedModels shipped) {
        this.shipped = shipped;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        if (!(configuration instanceof SpringTransactionsProcessEngineConfiguration spring) || spring.getDeploymentResources() == null
                || spring.getDeploymentResources().length == 0) {
            return;
        }
        List<String> newer = deployedNewerThanShipped(processEngine.getRepositoryService());
        if (!newer.isEmpty()) {
            LOG.warn("This node's code is older than the deployed models ({}): it deploys none of its models and leaves"
                    + " the newer versions' jobs to nodes with the newer code; upgrade it", String.join(", ", newer));
            spring.setDeploymentResources(new Resource[0]);
        }
    }

    /** The newest deployed definitions (key:versionTag) newer than the version this code ships of that key. */
    private List<String> deployedNewerThanShipped(RepositoryService repositoryService) {
        List<String> newer = new ArrayList<>();
        for (ProcessDefinition process : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            if (shipped.isNewerThanShipped(process.getKey(), process.getVersionTag())) {
                newer.add(process.getKey() + ":" + process.getVersionTag());
            }
        }
        for (DecisionDefinition decision : repositoryService.createDecisionDefinitionQuery().latestVersion().list()) {
            if (shipped.isNewerThanShipped(decision.getKey(), decision.getVersionTag())) {
                newer.add(decision.getKey() + ":" + decision.getVersionTag());
            }
        }
        return newer;
    }
}
