package fi.polku.tasklist;

import fi.polku.engine.EngineUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Records what a user task's form submitted, as an execution listener on the task's {@code end}.
 * (A task listener would do, but the engine wraps its exceptions, which turns a form validation
 * error into a 500.) The submission as a whole has been checked against the task's form before
 * the engine saw it ({@link FormSubmissionFilter}); the listener reads the fields it records with
 * the form's rules. A task that ends because the journey was withdrawn records nothing.
 */
public abstract class CompletedTaskListener implements ExecutionListener {

    private final IdentityService identityService;

    protected CompletedTaskListener(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public final void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        record(execution, FormValues.of(execution), EngineUser.current(identityService).map(EngineUser::userId).orElse(null));
    }

    /** Checks and stores the submitted values; {@code completedBy} is the user who completed the task. */
    protected abstract void record(DelegateExecution execution, FormValues form, String completedBy);
}
