package fi.polku.assessment;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Completes "Record work-ability baseline (Kykyviisari)": the 0–10 score goes to the domain database. */
@Component("recordWorkAbilityBaseline")
public class RecordWorkAbilityBaselineListener extends CompletedTaskListener {

    private final AssessmentRecords records;

    public RecordWorkAbilityBaselineListener(AssessmentRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        records.recordWorkAbility(JourneyProcess.journeyId(execution), form.requiredInt("workAbilityScore", 0, 10),
                completedBy);
        form.discard("workAbilityScore");
    }
}
