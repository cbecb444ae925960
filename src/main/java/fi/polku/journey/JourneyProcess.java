package fi.polku.journey;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Names shared by the journey's processes and the code that drives them. */
public final class JourneyProcess {

    public static final String KEY = "participant-journey";

    /** Process variables: ids, the display name and routing values only (no personal data). */
    public static final String JOURNEY_ID = "journeyId";
    public static final String DISPLAY_NAME = "displayName";

    /**
     * The journey id of the process instance the scope belongs to: its business key, which every
     * phase instance inherits from the journey (call activities pass it down). Never the variable
     * {@code journeyId}: that one is a label for Tasklist and Cockpit, and a variable is something a
     * user could write (a task's variables through engine REST), whereas the business key is set
     * when Polku starts the journey and no team member can change it.
     */
    public static UUID journeyId(VariableScope scope) {
        String businessKey;
        if (scope instanceof DelegateExecution execution) {
            businessKey = execution.getProcessBusinessKey();
        } else if (scope instanceof DelegateTask task && task.getExecution() != null) {
            businessKey = task.getExecution().getProcessBusinessKey();
        } else {
            throw new IllegalArgumentException("No process instance behind " + scope.getClass().getName());
        }
        if (businessKey == null) {
            throw new IllegalStateException("The process instance has no business key (the journey id): start "
                    + "journeys through POST /api/v1/referrals or the start form referral-start");
        }
        try {
            return UUID.fromString(businessKey);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The business key " + businessKey + " is no journey id", e);
        }
    }

    private JourneyProcess() {
    }
}
