package fi.polku.assessment;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Completes "Run digital skills test": the 0–100 score goes to the domain database. */
@Component("recordDigitalSkillsTest")
public class RecordDigitalSkillsTestListener extends CompletedTaskListener {

    private final AssessmentRecords records;

    public RecordDigitalSkillsTestListener(AssessmentRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        records.recordDigitalSkills(JourneyProcess.journeyId(execution), form.requiredInt("digitalSkillsScore", 0, 100),
                completedBy);
        form.discard("digitalSkillsScore");
    }
}
