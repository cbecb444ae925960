package fi.polku.tasklist;

import fi.polku.engine.EveryUserTaskCreateListener;
import fi.polku.journey.JourneyProcess;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
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
class JourneyTaskLabels implements EveryUserTaskCreateListener {

    static final List<String> LABELS = List.of(JourneyProcess.JOURNEY_ID, JourneyProcess.DISPLAY_NAME);

    @Override
    public void notify(DelegateTask task) {
        for (String name : LABELS) {
            TypedValue value = task.getVariableTyped(name);
            if (value != null && value.getValue() != null) {
                task.setVariableLocal(name, value);
            }
        }
    }
}
