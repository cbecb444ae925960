package fi.polku.supplement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What the employer's integration reads of an application: where it stands; none of the employee's data. */
@Schema(description = "An application's status")
record SupplementApplicationStatus(
        UUID applicationId,
        String employerApplicationId,
        @Schema(description = "RECEIVED, HANDLING, INFO_REQUESTED, ACCEPTED, REJECTED or CANCELLED") SupplementStatus status,
        OffsetDateTime receivedAt,
        OffsetDateTime cancelledAt) {

    static SupplementApplicationStatus of(SupplementApplication application) {
        return new SupplementApplicationStatus(application.id(), application.employerApplicationId(),
                application.status(), application.receivedAt(), application.cancelledAt());
    }
}
