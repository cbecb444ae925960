package fi.polku.workactivity;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Completes "Assess digital skills": the five DigComp areas, 0 to 3 each, for DMN virtual-workshop-path. */
@Component("recordDigitalSkills")
class RecordDigitalSkillsListener extends CompletedTaskListener {

    private final WorkActivityRecords records;

    RecordDigitalSkillsListener(WorkActivityRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        records.saveDigitalSkills(JourneyProcess.journeyId(execution), new WorkActivityRecords.DigitalSkills(
                form.requiredInt("information", 0, 3), form.requiredInt("communication", 0, 3),
                form.requiredInt("contentCreation", 0, 3), form.requiredInt("safety", 0, 3),
                form.requiredInt("problemSolving", 0, 3)), form.optionalText("assessmentNote", 2000), completedBy);
        form.discard("information", "communication", "contentCreation", "safety", "problemSolving", "assessmentNote");
    }
}
