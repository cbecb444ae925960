package fi.polku.referral;

import fi.polku.journey.FormValues;
import fi.polku.journey.JourneyProcess;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes "Hold suitability interview": stores the interview and counts the no-shows so far.
 * Only the outcome and that count stay as process variables (they route the flow).
 */
@Component("recordSuitabilityInterview")
public class RecordSuitabilityInterviewListener implements TaskListener {

    static final Set<String> OUTCOMES = Set.of("SUITABLE", "NOT_SUITABLE", "NO_SHOW");
    static final Set<String> WORK_TEAMS = Set.of("SOFTWARE", "MEDIA", "GAMES", "SUPPORT");

    private final ReferralRecords records;

    public RecordSuitabilityInterviewListener(ReferralRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        String outcome = form.requiredChoice("interviewOutcome", OUTCOMES);
        boolean attended = !"NO_SHOW".equals(outcome);
        ReferralRecords.Interview interview = new ReferralRecords.Interview(
                form.requiredDate("interviewDate"),
                outcome,
                attended ? form.requiredInt("motivation", 1, 5) : null,
                attended ? form.requiredChoice("preferredWorkTeam", WORK_TEAMS) : null,
                form.optionalText("interviewNote", 2000),
                task.getAssignee());
        UUID journeyId = JourneyProcess.journeyId(task);
        records.addInterview(journeyId, interview);
        task.setVariable("noShowCount", records.countInterviews(journeyId, "NO_SHOW"));
        form.discard("interviewDate", "motivation", "preferredWorkTeam", "interviewNote");
    }
}
