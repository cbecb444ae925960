package fi.polku.workactivity;

import fi.polku.journey.Journey;
import fi.polku.journey.JourneyOutcome;
import fi.polku.journey.JourneyProcess;
import fi.polku.journey.JourneyRepository;
import fi.polku.journey.JourneyType;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Refer to the Digitalents journey": ends this journey and refers the same person to
 * {@code participant-journey} with source type {@code ADULT_SOCIAL_WORK}, the social worker as the
 * referrer and the review's note as the reason; each journey names the other. One transaction, so
 * the person never has two active journeys, nor none by mistake.
 */
@Component("moveToDigitalents")
class MoveToDigitalentsDelegate implements JavaDelegate {

    /** Appended to the work-activity referral's id: the Digitalents referral's own source id. */
    static final String REFERRAL_ID_SUFFIX = "-DIGITALENTS";

    private final JourneyRepository journeys;
    private final WorkActivityRecords records;
    private final RuntimeService runtimeService;

    MoveToDigitalentsDelegate(JourneyRepository journeys, WorkActivityRecords records, RuntimeService runtimeService) {
        this.journeys = journeys;
        this.records = records;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID from = JourneyProcess.journeyId(execution);
        Journey workActivity = journeys.get(from);
        journeys.end(from, JourneyOutcome.MOVED_TO_DIGITALENTS);
        UUID to = UUID.randomUUID();
        JourneyRepository.Referrer referrer = journeys.referrer(from);
        journeys.insert(new JourneyRepository.NewJourney(to, workActivity.participantId(),
                WorkActivityReferralRequest.SOURCE_TYPE, workActivity.sourceOrganisation(),
                workActivity.sourceReferralId() + REFERRAL_ID_SUFFIX, referrer.name(), referrer.email(), referrer.phone(),
                records.latestReviewNote(from), "work-activity-journey", JourneyType.PARTICIPANT.name()));
        journeys.link(from, to);
        runtimeService.createProcessInstanceByKey(JourneyType.PARTICIPANT.processKey()).businessKey(to.toString())
                .setVariables(Variables.createVariables()
                        .putValue(JourneyProcess.JOURNEY_ID, to.toString())
                        .putValue(JourneyProcess.DISPLAY_NAME, execution.getVariable(JourneyProcess.DISPLAY_NAME)))
                .execute();
    }
}
