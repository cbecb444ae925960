package fi.polku.assessment;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Hold case conference": track, goals, study plan and guidance agreement go to the
 * domain database; the track and the service referred to stay as variables (they route the journey).
 */
@Component("recordCaseConference")
public class RecordCaseConferenceListener extends CompletedTaskListener {

    public static final String WAGE_SUBSIDY_WORK = "WAGE_SUBSIDY_WORK";
    static final Set<String> TRACKS = Set.of(WAGE_SUBSIDY_WORK, "REFER_ELSEWHERE");
    static final Set<String> SERVICES = Set.of("WORK_ABILITY_ASSESSMENT", "REHABILITATIVE_WORK_ACTIVITY", "WORKSHOP", "OTHER");

    private final AssessmentRecords records;

    public RecordCaseConferenceListener(AssessmentRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        String track = form.requiredChoice("track", TRACKS);
        boolean wageSubsidyWork = WAGE_SUBSIDY_WORK.equals(track);
        List<String> goals = new ArrayList<>();
        goals.add(form.requiredText("goal1", 500));
        for (String optional : List.of("goal2", "goal3")) {
            String goal = form.optionalText(optional, 500);
            if (goal != null) {
                goals.add(goal);
            }
        }
        String referralService = wageSubsidyWork ? null : form.requiredChoice("referralService", SERVICES);
        records.recordConference(JourneyProcess.journeyId(execution), new AssessmentRecords.Conference(track,
                referralService, goals,
                wageSubsidyWork ? form.requiredText("studyPlan", 2000) : form.optionalText("studyPlan", 2000),
                wageSubsidyWork ? form.requiredText("guidanceAgreement", 2000) : form.optionalText("guidanceAgreement", 2000)),
                completedBy);
        form.discard("goal1", "goal2", "goal3", "studyPlan", "guidanceAgreement");
        if (wageSubsidyWork) {
            form.discard("referralService");
        }
    }
}
