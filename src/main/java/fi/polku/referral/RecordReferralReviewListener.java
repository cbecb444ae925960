package fi.polku.referral;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Review referral": checks the decision and stores it with its note in the domain
 * database. The note (free text) leaves the process variables; the decision stays for routing.
 */
@Component("recordReferralReview")
public class RecordReferralReviewListener extends CompletedTaskListener {

    static final Set<String> DECISIONS = Set.of("ACCEPT", "DECLINE", "REQUEST_INFO");

    private final ReferralRecords records;

    public RecordReferralReviewListener(ReferralRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        String decision = form.requiredChoice("reviewDecision", DECISIONS);
        String note = switch (decision) {
            case "DECLINE" -> form.requiredText("declineReason", 500);
            case "REQUEST_INFO" -> form.requiredText("reviewNote", 2000);
            default -> form.optionalText("reviewNote", 2000);
        };
        records.addReview(JourneyProcess.journeyId(execution), decision, note, completedBy);
        form.discard("reviewNote");
    }
}
