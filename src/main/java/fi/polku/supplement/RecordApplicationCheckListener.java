package fi.polku.supplement;

import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Check application": complete, or what the employer must still send (the question goes
 * to the employer through the outbox). Sets {@code applicationComplete} for the gateway.
 */
@Component("recordApplicationCheck")
class RecordApplicationCheckListener extends CompletedTaskListener {

    static final Set<String> OUTCOMES = Set.of("COMPLETE", "INFO_MISSING");
    static final String COMPLETE = "applicationComplete";

    private final SupplementApplicationRecords records;

    RecordApplicationCheckListener(SupplementApplicationRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        UUID id = SupplementProcess.applicationId(execution);
        boolean complete = "COMPLETE".equals(form.requiredChoice("checkOutcome", OUTCOMES));
        records.recordCheck(id, completedBy);
        if (!complete) {
            records.requestInformation(id, form.requiredText("infoRequest", 2000), completedBy);
        }
        execution.setVariable(COMPLETE, complete);
        form.discard("checkOutcome", "infoRequest");
    }
}
