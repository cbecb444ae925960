package fi.polku.participant;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Every process and decision definition keeps its history for {@code polku.retention.days}. The
 * models carry a time to live of their own (Camunda Modeler and the model check want one); the
 * configured value replaces it at every start, so one setting governs all. It runs once the engine
 * has deployed the models and before the web server takes requests (the starter publishes no
 * post-deploy event without a process application).
 */
@Component
class HistoryRetentionSetup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(HistoryRetentionSetup.class);

    private final RepositoryService repositoryService;
    private final RetentionProperties properties;

    public HistoryRetentionSetup(RepositoryService repositoryService, RetentionProperties properties) {
        this.repositoryService = repositoryService;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int days = properties.days();
        int changed = 0;
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().list()) {
            if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
                repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                changed++;
            }
        }
        for (DecisionDefinition definition : repositoryService.createDecisionDefinitionQuery().list()) {
            if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
                repositoryService.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
                changed++;
            }
        }
        if (changed > 0) {
            log.info("History time to live set to {} days on {} definitions", days, changed);
        }
    }
}
