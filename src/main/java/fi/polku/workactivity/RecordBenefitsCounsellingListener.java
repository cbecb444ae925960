package fi.polku.workactivity;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Completes "Hold benefits counselling": when, and what the social worker explained. */
@Component("recordBenefitsCounselling")
class RecordBenefitsCounsellingListener extends CompletedTaskListener {

    private final WorkActivityRecords records;

    RecordBenefitsCounsellingListener(WorkActivityRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        records.saveBenefitsCounselling(JourneyProcess.journeyId(execution), WorkActivityDates.notAhead(form, "counselledOn"),
                form.requiredText("counsellingNote", 2000), completedBy);
        form.discard("counselledOn", "counsellingNote");
    }
}
