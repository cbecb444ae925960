package fi.polku.referral;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Hold suitability interview": stores the interview and counts the no-shows so far.
 * Only the outcome and that count stay as process variables (they route the flow).
 */
@Component("recordSuitabilityInterview")
public class RecordSuitabilityInterviewListener extends CompletedTaskListener {

    static final Set<String> OUTCOMES = Set.of("SUITABLE", "NOT_SUITABLE", "NO_SHOW");
    static final Set<String> WORK_TEAMS = Set.of("SOFTWARE", "MEDIA", "GAMES", "SUPPORT");

    private final ReferralRecords records;

    public RecordSuitabilityInterviewListener(ReferralRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        String outcome = form.requiredChoice("interviewOutcome", OUTCOMES);
        boolean attended = !"NO_SHOW".equals(outcome);
        ReferralRecords.Interview interview = new ReferralRecords.Interview(
                form.requiredDate("interviewDate"),
                outcome,
                attended ? form.requiredInt("motivation", 1, 5) : null,
                attended ? form.requiredChoice("preferredWorkTeam", WORK_TEAMS) : null,
                form.optionalText("interviewNote", 2000),
                completedBy);
        UUID journeyId = JourneyProcess.journeyId(execution);
        records.addInterview(journeyId, interview);
        execution.setVariable("noShowCount", records.countInterviews(journeyId, "NO_SHOW"));
        form.discard("interviewDate", "motivation", "preferredWorkTeam", "interviewNote");
    }
}
