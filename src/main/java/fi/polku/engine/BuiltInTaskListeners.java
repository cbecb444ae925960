package fi.polku.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Adds each {@link EveryUserTaskCreateListener} and {@link EveryUserTaskCompleteListener} to every
 * user task as a built-in listener, so that
 * it runs for every task (also when an administrator starts a task with "skip listeners") without a
 * line in each model. A BPMN parse listener is the engine's documented way; reaching the task
 * definition needs the cast to the user task's behaviour.
 */
@Component
class BuiltInTaskListeners extends AbstractProcessEnginePlugin {

    private final List<EveryUserTaskCreateListener> listeners;
    private final List<EveryUserTaskCompleteListener> completeListeners;

    BuiltInTaskListeners(List<EveryUserTaskCreateListener> listeners, List<EveryUserTaskCompleteListener> completeListeners) {
        this.listeners = listeners;
        this.completeListeners = completeListeners;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                for (EveryUserTaskCreateListener listener : listeners) {
                    task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                }
                for (EveryUserTaskCompleteListener listener : completeListeners) {
                    task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
                }
            }
        });
    }
}
