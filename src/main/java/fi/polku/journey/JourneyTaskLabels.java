package fi.polku.journey;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Copies the journey id and the participant's display name onto every user task as task-local
 * variables when the task is created. Tasklist's lists show them (the filters' "Participant" and
 * "Journey" columns) to whoever may read the task: the engine lets a task's group read the task's
 * own variables, while the process instance's variables stay closed to the team (see
 * {@code AuthorizationSetup}). A built-in listener, so it also runs when an administrator starts a
 * task with "skip listeners".
 */
@Component
public class JourneyTaskLabels extends AbstractProcessEnginePlugin {

    static final List<String> LABELS = List.of(JourneyProcess.JOURNEY_ID, JourneyProcess.DISPLAY_NAME);

    private static final TaskListener COPY_LABELS = JourneyTaskLabels::copyLabels;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, COPY_LABELS);
            }
        });
    }

    static void copyLabels(DelegateTask task) {
        for (String name : LABELS) {
            TypedValue value = task.getVariableTyped(name);
            if (value != null && value.getValue() != null) {
                task.setVariableLocal(name, value);
            }
        }
    }
}
