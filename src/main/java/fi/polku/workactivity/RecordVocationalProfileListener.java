package fi.polku.workactivity;

import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Build vocational profile": the client's history and preferences go to the domain
 * database; whether benefits counselling is needed routes the flow, and the job search starts with
 * no employer contact recorded yet (the 30-day check reads it).
 */
@Component("recordVocationalProfile")
class RecordVocationalProfileListener extends CompletedTaskListener {

    static final String BENEFITS_COUNSELLING_NEEDED = "benefitsCounsellingNeeded";
    static final String EMPLOYER_CONTACTED = "employerContacted";

    private final WorkActivityRecords records;

    RecordVocationalProfileListener(WorkActivityRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        boolean counselling = form.flag(BENEFITS_COUNSELLING_NEEDED);
        records.saveProfile(JourneyProcess.journeyId(execution), new WorkActivityRecords.Profile(
                form.requiredText("workHistory", 2000), form.optionalText("studyHistory", 2000),
                form.requiredText("preferredSectors", 500), form.requiredText("preferredTasks", 500),
                form.requiredInt("preferredHours", 1, 40), form.requiredText("strengths", 2000),
                form.requiredText("disclosure", 1000), counselling, JourneyCalendar.today()), completedBy);
        form.discard("workHistory", "studyHistory", "preferredSectors", "preferredTasks", "preferredHours", "strengths",
                "disclosure", BENEFITS_COUNSELLING_NEEDED);
        execution.setVariable(BENEFITS_COUNSELLING_NEEDED, counselling);
        execution.setVariable(EMPLOYER_CONTACTED, false);
    }
}
