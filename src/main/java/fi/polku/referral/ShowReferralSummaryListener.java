package fi.polku.referral;

import fi.polku.journey.JourneyProcess;
import fi.polku.participant.ParticipantRepository;
import fi.polku.participant.PersonalDataVariables;
import fi.polku.tasklist.TaskSummary;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When "Review referral" or "Hold suitability interview" is created, shows the referral on it: who
 * referred and why, and the participant's background, without contact details.
 */
@Component("showReferralSummary")
public class ShowReferralSummaryListener implements TaskListener {

    private final ParticipantRepository participants;
    private final TaskSummary taskSummary;

    public ShowReferralSummaryListener(ParticipantRepository participants, TaskSummary taskSummary) {
        this.participants = participants;
        this.taskSummary = taskSummary;
    }

    @Override
    public void notify(DelegateTask task) {
        taskSummary.show(task, PersonalDataVariables.REFERRAL_SUMMARY,
                participants.referralSummary(JourneyProcess.journeyId(task)));
    }
}
