package fi.polku.participant;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every process and decision definition keeps its history for {@code polku.retention.days}. The
 * models carry a time to live of their own (Camunda Modeler and the model check want one); the
 * configured value replaces it at every start, so one setting governs all.
 */
@Component
public class HistoryRetentionSetup {

    private static final Logger log = LoggerFactory.getLogger(HistoryRetentionSetup.class);

    private final RepositoryService repositoryService;
    private final RetentionProperties properties;

    public HistoryRetentionSetup(RepositoryService repositoryService, RetentionProperties properties) {
        this.repositoryService = repositoryService;
        this.properties = properties;
    }

    @EventListener(PostDeployEvent.class)
    public void apply() {
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
