package fi.polku.journey;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A journey's state as the domain database holds it (no personal data of the participant). */
public record Journey(
        UUID id,
        UUID participantId,
        String sourceType,
        String sourceOrganisation,
        String sourceReferralId,
        String status,
        String phase,
        String eligibility,
        String eligibilityReason,
        String decision,
        String decisionReason,
        String outcome,
        String outcomeReason,
        String periodStatus,
        String placementStatus,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime endedAt,
        JourneyType journeyType,
        /** The other journey of a move from work activity to Digitalents (each names the other); else null. */
        UUID linkedJourneyId) {

    public static final String ACTIVE = "ACTIVE";
    public static final String ENDED = "ENDED";

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
