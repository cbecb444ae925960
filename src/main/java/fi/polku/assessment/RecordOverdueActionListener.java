package fi.polku.assessment;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Completes "Act on overdue assessment": what the team lead did about it. */
@Component("recordOverdueAction")
public class RecordOverdueActionListener extends CompletedTaskListener {

    static final Set<String> ACTIONS = Set.of("REMINDED_TEAM", "RESCHEDULED", "REASSIGNED", "CONTACTING_PARTICIPANT");

    private final AssessmentRecords records;

    public RecordOverdueActionListener(AssessmentRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        records.addEscalation(JourneyProcess.journeyId(execution), form.requiredChoice("overdueAction", ACTIONS),
                completedBy);
        form.discard("overdueAction");
    }
}
