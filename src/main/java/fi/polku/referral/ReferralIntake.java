package fi.polku.referral;

import fi.polku.api.ApiException;
import fi.polku.database.GenericPlans;
import fi.polku.journey.Journey;
import fi.polku.journey.JourneyProcess;
import fi.polku.journey.JourneyRepository;
import fi.polku.journey.JourneyType;
import fi.polku.participant.ParticipantEnrolment;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a referral: stores participant and referral and starts (or names) the journey, all in
 * one transaction with the engine, so a referral is either fully accepted or not at all.
 */
@Service
public class ReferralIntake {

    private final JourneyRepository journeys;
    private final ParticipantEnrolment enrolment;
    private final RuntimeService runtimeService;
    private final JdbcTemplate jdbc;

    public ReferralIntake(JourneyRepository journeys, ParticipantEnrolment enrolment, RuntimeService runtimeService,
                          JdbcTemplate jdbc) {
        this.journeys = journeys;
        this.enrolment = enrolment;
        this.runtimeService = runtimeService;
        this.jdbc = jdbc;
    }

    /** Result of an intake: the journey and whether this call created it (false for a repeat). */
    public record Intake(Journey journey, boolean created) {
    }

    /** Intake over the API: the same source and source referral id again returns the first journey. */
    @Transactional
    public Intake registerAndStart(ReferralRequest request, String registeredBy) {
        // The integrations' hot path: simple statements, planned once per connection rather than per referral.
        GenericPlans.allowInThisTransaction(jdbc);
        Optional<Journey> existing = lockAndFindBySource(request);
        if (existing.isPresent()) {
            return new Intake(existing.get(), false);
        }
        UUID journeyId = store(request, registeredBy);
        runtimeService.createProcessInstanceByKey(JourneyProcess.KEY)
                .businessKey(journeyId.toString())
                .setVariables(Variables.createVariables()
                        .putValue(JourneyProcess.JOURNEY_ID, journeyId.toString())
                        .putValue(JourneyProcess.DISPLAY_NAME, request.participant().displayName()))
                .execute();
        return new Intake(journeys.get(journeyId), true);
    }

    /**
     * Intake from the Tasklist start form: the journey process is already starting, so this only
     * stores the referral. A repeat is an error the coordinator sees, since they typed it in.
     */
    @Transactional
    public UUID registerStartedJourney(ReferralRequest request, String registeredBy) {
        Optional<Journey> existing = lockAndFindBySource(request);
        if (existing.isPresent()) {
            throw ApiException.conflict("duplicate-referral", "Referral " + request.source().referralId()
                    + " from " + request.source().organisation() + " is already registered as journey "
                    + existing.get().id());
        }
        return store(request, registeredBy);
    }

    /**
     * Locks the referral's source (a repeat waits for the first to commit) and the person (two
     * referrals of one person cannot both find no active journey), then looks the source up.
     */
    private Optional<Journey> lockAndFindBySource(ReferralRequest request) {
        ParticipantEnrolment.Source source = source(request);
        enrolment.lock(source, request.participant());
        return journeys.findBySource(source.type(), source.organisation(), source.referralId());
    }

    /** Stores participant and referral; the caller holds the locks of {@link #lockAndFindBySource}. */
    private UUID store(ReferralRequest request, String registeredBy) {
        return enrolment.enrol(request.participant(), request.consent(), source(request), request.reason(),
                JourneyType.PARTICIPANT, registeredBy);
    }

    private static ParticipantEnrolment.Source source(ReferralRequest request) {
        ReferralRequest.Source s = request.source();
        return new ParticipantEnrolment.Source(s.type().name(), s.organisation(), s.referralId(), s.referrer());
    }
}
