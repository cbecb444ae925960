package fi.polku.followup;

import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Hold exit review": the leaving date and the situation on leaving, what was gained, the
 * feedback. The outcome on leaving stays a variable: the referrer is told it.
 */
@Component("recordExitReview")
class RecordExitReviewListener extends CompletedTaskListener {

    public static final String LEAVING_ROUTE = "leavingRoute";
    public static final String OUTCOME_ON_LEAVING = "outcomeOnLeaving";

    /** A leaving date further ahead than this is a typing mistake. */
    static final int MAX_DAYS_AHEAD = 31;

    private final FollowUpRecords records;

    public RecordExitReviewListener(FollowUpRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        LocalDate leftOn = form.requiredDate("leftOn");
        if (leftOn.isAfter(JourneyCalendar.today().plusDays(MAX_DAYS_AHEAD))) {
            throw FormValues.invalid("leftOn", "must be at most " + MAX_DAYS_AHEAD + " days from today");
        }
        FollowUpRecords.Situation outcome = FollowUpRecords.Situation.valueOf(
                form.requiredChoice(OUTCOME_ON_LEAVING, SituationFields.SITUATIONS));
        Object route = execution.getVariable(LEAVING_ROUTE);
        records.saveExitReview(JourneyProcess.journeyId(execution), new FollowUpRecords.ExitReview(leftOn,
                route == null ? null : route.toString(), outcome, SituationFields.employmentType(form, outcome),
                form.flag("qualificationGained"), form.requiredInt("creditsGained", 0, 400),
                form.requiredInt("workAbilityAtExit", 0, 10), form.requiredInt("feedbackScore", 1, 5),
                form.optionalText("feedbackComment", 2000), form.flag("certificatesIssued")), completedBy);
        form.discard("leftOn", "employmentType", "qualificationGained", "creditsGained", "workAbilityAtExit",
                "feedbackScore", "feedbackComment", "certificatesIssued");
    }
}
