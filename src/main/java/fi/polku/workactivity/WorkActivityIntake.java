package fi.polku.workactivity;

import fi.polku.api.ApiException;
import fi.polku.api.FieldError;
import fi.polku.api.InvalidRequestException;
import fi.polku.journey.Journey;
import fi.polku.journey.JourneyProcess;
import fi.polku.journey.JourneyRepository;
import fi.polku.journey.JourneyType;
import fi.polku.participant.ParticipantEnrolment;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a work-activity referral: the participant, the journey and its work activity, and starts
 * {@code work-activity-journey}, in one transaction with the engine. Idempotent per source referral
 * (adult social work's organisation and referral id); a person with an active journey of either
 * kind is refused.
 */
@Service
public class WorkActivityIntake {

    private final ParticipantEnrolment enrolment;
    private final JourneyRepository journeys;
    private final WorkActivityRecords records;
    private final RuntimeService runtimeService;

    WorkActivityIntake(ParticipantEnrolment enrolment, JourneyRepository journeys, WorkActivityRecords records,
                       RuntimeService runtimeService) {
        this.enrolment = enrolment;
        this.journeys = journeys;
        this.records = records;
        this.runtimeService = runtimeService;
    }

    public record Intake(Journey journey, boolean created) {
    }

    /** Over the API: the same source referral again returns the first journey. */
    @Transactional
    public Intake registerAndStart(WorkActivityReferralRequest request, String registeredBy) {
        Optional<Journey> existing = lockAndFindBySource(request);
        if (existing.isPresent()) {
            return new Intake(existing.get(), false);
        }
        UUID journeyId = store(request, registeredBy);
        runtimeService.createProcessInstanceByKey(JourneyType.WORK_ACTIVITY.processKey())
                .businessKey(journeyId.toString())
                .setVariables(Variables.createVariables()
                        .putValue(JourneyProcess.JOURNEY_ID, journeyId.toString())
                        .putValue(JourneyProcess.DISPLAY_NAME, request.participant().displayName()))
                .execute();
        return new Intake(journeys.get(journeyId), true);
    }

    /** From the Tasklist start form: the process is already starting; a repeat is the social worker's mistake. */
    @Transactional
    public UUID registerStartedJourney(WorkActivityReferralRequest request, String registeredBy) {
        Optional<Journey> existing = lockAndFindBySource(request);
        if (existing.isPresent()) {
            throw ApiException.conflict("duplicate-referral", "Referral " + request.source().referralId() + " from "
                    + request.source().organisation() + " is already registered as journey " + existing.get().id());
        }
        return store(request, registeredBy);
    }

    private Optional<Journey> lockAndFindBySource(WorkActivityReferralRequest request) {
        ParticipantEnrolment.Source source = source(request);
        enrolment.lock(source, request.participant());
        return journeys.findBySource(source.type(), source.organisation(), source.referralId());
    }

    private UUID store(WorkActivityReferralRequest request, String registeredBy) {
        WorkActivityReferralRequest.WorkActivity activity = request.workActivity();
        if (!activity.planEndsOn().isAfter(activity.planStartsOn())) {
            throw new InvalidRequestException(new FieldError("workActivity.planEndsOn", "after",
                    "must be after workActivity.planStartsOn"));
        }
        UUID journeyId = enrolment.enrol(request.participant(), request.consent(), source(request), request.reason(),
                JourneyType.WORK_ACTIVITY, registeredBy);
        records.insertPlan(journeyId, new WorkActivityRecords.Plan(activity.workCentre().name(), activity.planStartsOn(),
                activity.planEndsOn(), activity.daysPerWeek()));
        return journeyId;
    }

    private static ParticipantEnrolment.Source source(WorkActivityReferralRequest request) {
        WorkActivityReferralRequest.Source s = request.source();
        return new ParticipantEnrolment.Source(WorkActivityReferralRequest.SOURCE_TYPE, s.organisation(), s.referralId(),
                s.referrer());
    }
}
