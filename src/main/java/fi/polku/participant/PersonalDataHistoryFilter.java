package fi.polku.participant;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The engine writes every variable a form submits into its history, and keeps the last value of a
 * removed variable there. This plugin replaces the history handler with one that drops the
 * history of {@link PersonalDataVariables#NAMES}; everything else is recorded as usual.
 */
@Component
public class PersonalDataHistoryFilter extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        if (configuration.getCustomHistoryEventHandlers() == null) {
            configuration.setCustomHistoryEventHandlers(new java.util.ArrayList<>());
        }
        configuration.getCustomHistoryEventHandlers().add(new Handler());
    }

    static boolean isPersonalData(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return PersonalDataVariables.NAMES.contains(variable.getVariableName());
        }
        if (event instanceof HistoricFormPropertyEventEntity formProperty) {
            return PersonalDataVariables.NAMES.contains(formProperty.getPropertyId());
        }
        return false;
    }

    static class Handler extends DbHistoryEventHandler {
        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isPersonalData(event)) {
                super.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
