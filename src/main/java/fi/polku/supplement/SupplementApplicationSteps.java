package fi.polku.supplement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The application's status and the end without an answer, for the expressions of
 * {@code supplement-application} ({@code ${supplementApplication.status(execution, 'HANDLING')}},
 * {@code ${supplementApplication.rejectForNoResponse(execution)}}).
 */
@Component("supplementApplication")
public class SupplementApplicationSteps {

    private final SupplementApplicationRecords records;

    SupplementApplicationSteps(SupplementApplicationRecords records) {
        this.records = records;
    }

    public void status(DelegateExecution execution, String status) {
        records.setStatus(SupplementProcess.applicationId(execution), SupplementStatus.valueOf(status));
    }

    /** The employer did not answer the request for information within 30 days. */
    public void rejectForNoResponse(DelegateExecution execution) {
        records.rejectForNoResponse(SupplementProcess.applicationId(execution));
    }
}
