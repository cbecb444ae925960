package fi.polku.engine;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A task listener the engine calls as every user task of every deployed process is created: a
 * Spring bean implementing this is added to each user task by {@link BuiltInTaskListeners}.
 */
public interface EveryUserTaskCreateListener extends TaskListener {
}
