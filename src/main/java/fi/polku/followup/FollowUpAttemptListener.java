package fi.polku.followup;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What a follow-up's form records of one contact attempt at its checkpoint: reached, the situation
 * then; not reached, nothing, until the last attempt ({@code polku.follow-up.max-failed-attempts})
 * records the situation as UNKNOWN. Whether the follow-up is done (reached, or the last attempt
 * failed) stays a variable: it routes the retry.
 */
abstract class FollowUpAttemptListener extends CompletedTaskListener {

    public static final String FOLLOW_UP_DONE = "followUpDone";

    static final Set<String> CONTACT_RESULTS = Set.of("REACHED", "NOT_REACHED");

    private final FollowUpRecords.Checkpoint checkpoint;
    private final FollowUpRecords records;
    private final int maxFailedAttempts;

    FollowUpAttemptListener(FollowUpRecords.Checkpoint checkpoint, FollowUpRecords records,
                            FollowUpProperties properties, IdentityService identityService) {
        super(identityService);
        this.checkpoint = checkpoint;
        this.records = records;
        this.maxFailedAttempts = properties.maxFailedAttempts();
    }

    @Override
    protected final void record(DelegateExecution execution, FormValues form, String completedBy) {
        UUID journeyId = JourneyProcess.journeyId(execution);
        LocalDate contactedOn = form.requiredDate("contactedOn");
        boolean reached = "REACHED".equals(form.requiredChoice("contactResult", CONTACT_RESULTS));
        boolean lastAttempt = records.attempts(journeyId, checkpoint) + 1 >= maxFailedAttempts;
        FollowUpRecords.Situation situation = reached
                ? FollowUpRecords.Situation.valueOf(form.requiredChoice("situation", SituationFields.KNOWN_SITUATIONS))
                : lastAttempt ? FollowUpRecords.Situation.UNKNOWN : null;
        records.addFollowUp(journeyId, checkpoint, new FollowUpRecords.FollowUp(contactedOn, reached, situation,
                reached ? SituationFields.employmentType(form, situation) : null, form.optionalText("followUpNote", 2000)),
                completedBy);
        if (situation != null) {
            situationKnown(journeyId, situation, contactedOn);
        }
        execution.setVariable(FOLLOW_UP_DONE, situation != null);
        form.discard("contactedOn", "contactResult", "situation", "employmentType", "followUpNote");
    }

    /** The checkpoint's situation is known (reached, or UNKNOWN after the last attempt), as of that contact. */
    protected void situationKnown(UUID journeyId, FollowUpRecords.Situation situation, LocalDate contactedOn) {
    }
}
