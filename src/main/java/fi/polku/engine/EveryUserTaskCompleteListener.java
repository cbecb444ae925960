package fi.polku.engine;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A task listener the engine calls as every user task of every deployed process is completed (not
 * when it is cancelled): a Spring bean implementing this is added to each user task by
 * {@link BuiltInTaskListeners}. It runs in the completing transaction, so what it writes is rolled
 * back with a completion that fails later (a form value the phase's listener refuses).
 */
public interface EveryUserTaskCompleteListener extends TaskListener {
}
