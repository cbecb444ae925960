package fi.polku.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the deployment-aware job executor ({@code camunda.bpm.job-execution.deployment-aware}) which
 * deployments this node's code can run, so that during a rolling upgrade a node with the old code
 * never takes a job of a model that needs a bean, form or variable only the new code has.
 * <p>
 * The engine's own registration does not do: a Spring Boot node registers only the deployment its
 * auto-deployment made, or, when nothing changed ({@code deploy-changed-only}), the latest deployment
 * of the same name, which may be a newer node's; every model deployed earlier, unchanged since, would
 * be nobody's. So at start-up, after the auto-deployment and before the job executor starts (at
 * application ready), this registers every deployment all of whose process and decision definitions
 * this code ships in the same or a newer version ({@link ShippedModels}) and withdraws the others.
 * Every {@code polku.job-executor.deployment-check-interval} it adds the runnable deployments other
 * nodes (or engine REST) made since, so no node depends on the order in which the nodes restart.
 * Only public engine API is used; it lives here because it configures the engine's job executor.
 */
@Component
class JobExecutorDeployments implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(JobExecutorDeployments.class);

    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final ShippedModels shipped;
    /** Deployments already judged: the code does not change while the node runs, so neither does the answer. */
    private final Set<String> judged = ConcurrentHashMap.newKeySet();

    JobExecutorDeployments(ManagementService managementService, RepositoryService repositoryService, ShippedModels shipped) {
        this.managementService = managementService;
        this.repositoryService = repositoryService;
        this.shipped = shipped;
    }

    /** After every singleton (the engine and its auto-deployment) is built; the job executor starts later. */
    @Override
    public void afterSingletonsInstantiated() {
        LOG.info("This node runs the models {}", shipped.versionTags());
        for (Deployment deployment : repositoryService.createDeploymentQuery().orderByDeploymentTime().asc().list()) {
            judge(deployment, true);
        }
    }

    /** Registers the runnable deployments made since the last look; never withdraws one (see README). */
    @Scheduled(fixedDelayString = "${polku.job-executor.deployment-check-interval:1m}",
            initialDelayString = "${polku.job-executor.deployment-check-interval:1m}")
    void registerNewDeployments() {
        for (Deployment deployment : repositoryService.createDeploymentQuery().orderByDeploymentTime().asc().list()) {
            if (!judged.contains(deployment.getId())) {
                judge(deployment, false);
            }
        }
    }

    private void judge(Deployment deployment, boolean withdrawIfNotRunnable) {
        List<String> newer = definitionsThisCodeCannotRun(deployment.getId());
        boolean registered = managementService.getRegisteredDeployments().contains(deployment.getId());
        if (newer.isEmpty()) {
            if (!registered) {
                managementService.registerDeploymentForJobExecutor(deployment.getId());
            }
        } else {
            LOG.info("Jobs of deployment {} ({}) are left to nodes with newer code: {} not shipped by this node",
                    deployment.getId(), deployment.getName(), String.join(", ", newer));
            if (registered && withdrawIfNotRunnable) {
                managementService.unregisterDeploymentForJobExecutor(deployment.getId());
            }
        }
        judged.add(deployment.getId());
    }

    /** The deployment's definitions (key:versionTag) whose key this code lacks or ships only in an older version. */
    private List<String> definitionsThisCodeCannotRun(String deploymentId) {
        List<String> cannot = new ArrayList<>();
        for (ProcessDefinition process : repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).list()) {
            if (!shipped.canRun(process.getKey(), process.getVersionTag())) {
                cannot.add(process.getKey() + ":" + process.getVersionTag());
            }
        }
        for (DecisionDefinition decision : repositoryService.createDecisionDefinitionQuery().deploymentId(deploymentId).list()) {
            if (!shipped.canRun(decision.getKey(), decision.getVersionTag())) {
                cannot.add(decision.getKey() + ":" + decision.getVersionTag());
            }
        }
        return cannot;
    }
}
