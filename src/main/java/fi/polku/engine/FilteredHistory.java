package fi.polku.engine;

import java.util.ArrayList;
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
 * removed variable there. This plugin replaces the history handler with one that drops the events
 * of variables a {@link VariableHistoryExclusion} excludes; everything else is recorded as usual.
 * The history handler is an engine configuration hook with no public-API equivalent.
 */
@Component
class FilteredHistory extends AbstractProcessEnginePlugin {

    private final List<VariableHistoryExclusion> exclusions;

    FilteredHistory(List<VariableHistoryExclusion> exclusions) {
        this.exclusions = exclusions;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        if (configuration.getCustomHistoryEventHandlers() == null) {
            configuration.setCustomHistoryEventHandlers(new ArrayList<>());
        }
        configuration.getCustomHistoryEventHandlers().add(new Handler());
    }

    boolean excluded(HistoryEvent event) {
        String name = event instanceof HistoricVariableUpdateEventEntity variable ? variable.getVariableName()
                : event instanceof HistoricFormPropertyEventEntity formProperty ? formProperty.getPropertyId() : null;
        return name != null && exclusions.stream().anyMatch(exclusion -> exclusion.excludes(name));
    }

    private class Handler extends DbHistoryEventHandler {
        @Override
        public void handleEvent(HistoryEvent event) {
            if (!excluded(event)) {
                super.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
