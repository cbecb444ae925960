package fi.polku.referral;

import fi.polku.journey.FormValues;
import fi.polku.journey.JourneyProcess;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes "Review referral": checks the decision and stores it with its note in the domain
 * database. The note (free text) leaves the process variables; the decision stays for routing.
 */
@Component("recordReferralReview")
public class RecordReferralReviewListener implements TaskListener {

    static final Set<String> DECISIONS = Set.of("ACCEPT", "DECLINE", "REQUEST_INFO");

    private final ReferralRecords records;

    public RecordReferralReviewListener(ReferralRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task);
        String decision = form.requiredChoice("reviewDecision", DECISIONS);
        String note = switch (decision) {
            case "DECLINE" -> form.requiredText("declineReason", 500);
            case "REQUEST_INFO" -> form.requiredText("reviewNote", 2000);
            default -> form.optionalText("reviewNote", 2000);
        };
        records.addReview(JourneyProcess.journeyId(task), decision, note, task.getAssignee());
        form.discard("reviewNote");
    }
}
