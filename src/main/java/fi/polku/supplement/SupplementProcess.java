package fi.polku.supplement;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process {@code supplement-application}: one instance per application, its business key the
 * application id (set by Polku at the start, never by a user). Variables: the application id and
 * the employer's name as labels for Tasklist, and the routing values the gateways read.
 */
final class SupplementProcess {

    static final String KEY = "supplement-application";
    static final String APPLICATION_ID = "applicationId";
    /** The employer's name: the label of the application's tasks in Tasklist. */
    static final String DISPLAY_NAME = "displayName";
    /** The employer withdrew the application ({@code POST .../cancellation}): ends "Handle application". */
    static final String CANCELLED_MESSAGE = "SupplementApplicationCancelled";

    private SupplementProcess() {
    }

    /** The application of the instance, from its business key. */
    static UUID applicationId(VariableScope scope) {
        String businessKey = scope instanceof DelegateExecution execution ? execution.getProcessBusinessKey()
                : ((org.camunda.bpm.engine.delegate.DelegateTask) scope).getExecution().getProcessBusinessKey();
        if (businessKey == null) {
            throw new IllegalStateException("A supplement application instance without its business key");
        }
        return UUID.fromString(businessKey);
    }
}
