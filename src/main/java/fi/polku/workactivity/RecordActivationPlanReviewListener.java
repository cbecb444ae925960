package fi.polku.workactivity;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Review activation plan": extend (the new end date, which the plan-end timer follows),
 * end work activity, or move the client to the Digitalents journey. The decision routes the flow.
 */
@Component("recordActivationPlanReview")
class RecordActivationPlanReviewListener extends CompletedTaskListener {

    static final String DECISION = "planDecision";
    static final Set<String> DECISIONS = Set.of("EXTEND", "END", "MOVE_TO_DIGITALENTS");

    private final WorkActivityRecords records;

    RecordActivationPlanReviewListener(WorkActivityRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        UUID journeyId = JourneyProcess.journeyId(execution);
        String decision = form.requiredChoice(DECISION, DECISIONS);
        LocalDate planEndsOn = records.plan(journeyId).endsOn();
        LocalDate newEnd = null;
        if ("EXTEND".equals(decision)) {
            newEnd = WorkActivityDates.ahead(form, "newPlanEndsOn");
            if (!newEnd.isAfter(planEndsOn)) {
                throw FormValues.invalid("newPlanEndsOn", "must be after the plan's current end date " + planEndsOn);
            }
        }
        records.saveReview(journeyId, decision, planEndsOn, newEnd, form.requiredText("reviewNote", 2000), completedBy);
        form.discard("newPlanEndsOn", "reviewNote");
    }
}
