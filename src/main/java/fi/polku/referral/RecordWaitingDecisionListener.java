package fi.polku.referral;

import fi.polku.journey.JourneyProcess;
import fi.polku.places.PlaceRegistry;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Completes "Decide on waiting participant": keep waiting, or decline and leave the waiting list. */
@Component("recordWaitingDecision")
public class RecordWaitingDecisionListener extends CompletedTaskListener {

    static final Set<String> DECISIONS = Set.of("KEEP_WAITING", "DECLINE");

    private final ReferralRecords records;
    private final PlaceRegistry places;

    public RecordWaitingDecisionListener(ReferralRecords records, PlaceRegistry places, IdentityService identityService) {
        super(identityService);
        this.records = records;
        this.places = places;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        String decision = form.requiredChoice("waitingDecision", DECISIONS);
        UUID journeyId = JourneyProcess.journeyId(execution);
        String reason = null;
        if ("DECLINE".equals(decision)) {
            reason = form.requiredText("declineReason", 500);
            places.leaveWaitingList(journeyId);
        }
        records.addReview(journeyId, "WAITING_LIST_" + decision, reason, completedBy);
    }
}
