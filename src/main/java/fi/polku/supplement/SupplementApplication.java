package fi.polku.supplement;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An application as the domain table holds it, without the employee's personal data. */
record SupplementApplication(
        UUID id,
        String employerApplicationId,
        String channel,
        ApplicantLanguage language,
        SupplementStatus status,
        String businessId,
        String employerName,
        UUID journeyId,
        OffsetDateTime receivedAt,
        OffsetDateTime cancelledAt) {
}
