package fi.polku.referral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.journey.JourneyProcess;
import fi.polku.participant.ParticipantRepository;
import fi.polku.participant.PersonalDataVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When "Review referral" or "Hold suitability interview" is created, puts the referral on the task
 * (a task-local JSON variable its form shows): who referred and why, and the participant's
 * background. It is a copy for display: it goes with the task, is kept out of the history, and
 * carries no contact details.
 */
@Component("showReferralSummary")
public class ShowReferralSummaryListener implements TaskListener {

    private final ParticipantRepository participants;
    private final ObjectMapper objectMapper;

    public ShowReferralSummaryListener(ParticipantRepository participants, ObjectMapper objectMapper) {
        this.participants = participants;
        this.objectMapper = objectMapper;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            String summary = objectMapper.writeValueAsString(participants.referralSummary(JourneyProcess.journeyId(task)));
            task.setVariableLocal(PersonalDataVariables.REFERRAL_SUMMARY,
                    org.camunda.spin.plugin.variable.SpinValues.jsonValue(summary).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Referral summary is not serialisable", e);
        }
    }
}
