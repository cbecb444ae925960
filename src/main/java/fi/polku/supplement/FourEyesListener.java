package fi.polku.supplement;

import fi.polku.engine.TaskWorkRevocation;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Approve decision", approved by another handler than the one who prepared it (four eyes), kept
 * by the engine in two places: as the task is created, the preparer's access to it is revoked (they
 * neither see it nor claim or complete it, in Tasklist or through engine REST); as it completes, a
 * completion by the preparer (an administrator, whom authorizations do not bind) is refused, and
 * the database's check constraint refuses it once more. Approved, the decision gets the city
 * decision system's case number; returned, it goes back to "Prepare decision".
 */
@Component("fourEyes")
class FourEyesListener extends CompletedTaskListener implements TaskListener {

    static final Set<String> APPROVALS = Set.of("APPROVE", "RETURN");
    static final String APPROVED = "decisionApproved";

    private final SupplementApplicationRecords records;

    FourEyesListener(SupplementApplicationRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    /** The task's create listener. */
    @Override
    public void notify(DelegateTask task) {
        String preparer = records.handling(SupplementProcess.applicationId(task)).preparedBy();
        if (preparer != null) {
            TaskWorkRevocation.revoke(task, preparer);
        }
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        UUID id = SupplementProcess.applicationId(execution);
        boolean approved = "APPROVE".equals(form.requiredChoice("approval", APPROVALS));
        String preparer = records.handling(id).preparedBy();
        if (completedBy == null || completedBy.equals(preparer)) {
            throw FormValues.invalid("approval", "cannot be given by the handler who prepared the decision ("
                    + preparer + "): another handler approves it");
        }
        if (approved) {
            records.recordApproval(id, completedBy, form.requiredText("caseNumber", 50));
        } else {
            records.recordReturn(id, form.requiredText("returnNote", 2000));
        }
        execution.setVariable(APPROVED, approved);
        form.discard("approval", "caseNumber", "returnNote");
    }
}
