package fi.polku.assessment;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Completes "Arrange well-being and work-ability check": when and with whom. */
@Component("recordWellbeingCheck")
public class RecordWellbeingCheckListener extends CompletedTaskListener {

    static final Set<String> PROVIDERS = Set.of("OCCUPATIONAL_HEALTH", "HEALTH_CENTRE", "OTHER");

    private final AssessmentRecords records;

    public RecordWellbeingCheckListener(AssessmentRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        records.addWellbeingCheck(JourneyProcess.journeyId(execution), form.requiredDate("wellbeingCheckDate"),
                form.requiredChoice("wellbeingCheckProvider", PROVIDERS), completedBy);
        form.discard("wellbeingCheckDate", "wellbeingCheckProvider");
    }
}
