package fi.polku.participant;

import fi.polku.api.ApiException;
import fi.polku.journey.JourneyRepository;
import fi.polku.journey.JourneyType;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Enrols a referred person in a journey of either kind: stores the participant, their consent and
 * the journey's row. A person has at most one active journey of any kind (journey.md), recognised
 * by name and birth date since no personal identity code is collected. The journeys' intakes call
 * this in their own transaction, which then starts the journey's process.
 */
@Service
public class ParticipantEnrolment {

    private final JourneyRepository journeys;
    private final ParticipantRepository participants;

    public ParticipantEnrolment(JourneyRepository journeys, ParticipantRepository participants) {
        this.journeys = journeys;
        this.participants = participants;
    }

    /** Where a journey's referral came from, as the journey row keeps it. */
    public record Source(String type, String organisation, String referralId, Referrer referrer) {
    }

    /**
     * Serialises intakes of the same source referral (a repeat waits for the first to commit) and of
     * the same person (two referrals of one person cannot both find no active journey), until commit.
     */
    public void lock(Source source, ReferredParticipant person) {
        journeys.lock("referral-source", source.type() + "|" + source.organisation() + "|" + source.referralId(),
                "participant", (person.firstName().strip() + "|" + person.lastName().strip()).toLowerCase() + "|"
                        + person.birthDate());
    }

    /**
     * Stores the person and the journey; the caller holds the locks of {@link #lock}. A person with an
     * active journey of either kind is refused (409), naming that journey.
     *
     * @return the new journey's id
     */
    public UUID enrol(ReferredParticipant p, Consent consent, Source source, String reason, JourneyType type,
                      String registeredBy) {
        participants.findActiveJourney(p.firstName(), p.lastName(), p.birthDate()).ifPresent(active -> {
            throw ApiException.conflict("already-enrolled", "participant already has an active journey (" + active
                    + "); a person is not enrolled twice");
        });
        UUID participantId = UUID.randomUUID();
        participants.insert(new ParticipantRepository.NewParticipant(participantId, p.firstName().strip(),
                p.lastName().strip(), p.birthDate(), p.gender(), p.municipality().strip(), p.email(), p.phone(),
                p.preferredLanguage(), p.educationLevel(), p.ictBackground(), p.monthsUnemployed(),
                p.labourMarketStatusOnEntry(), p.finnishLevel(), Boolean.TRUE.equals(consent.sharingWithPartners())));
        UUID journeyId = UUID.randomUUID();
        Referrer referrer = source.referrer();
        journeys.insert(new JourneyRepository.NewJourney(journeyId, participantId, source.type(), source.organisation(),
                source.referralId(), referrer.name(), referrer.email(), referrer.phone(), reason, registeredBy,
                type.name()));
        return journeyId;
    }
}
