package fi.polku.placement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A partner company as the register holds it. */
@Schema(description = "A partner company of the register")
record PartnerCompany(
        UUID id,
        String name,
        String businessId,
        PartnerCompanyRequest.OrganisationType organisationType,
        String contactPerson,
        String email,
        String phone,
        String recruitmentNeeds,
        List<String> skills,
        @Schema(description = "ACTIVE (can be matched with participants) or PAUSED") Status status,
        LocalDate responsibleEmployerCheckedOn,
        String responsibleEmployerNote,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public enum Status { ACTIVE, PAUSED }

    public boolean active() {
        return status == Status.ACTIVE;
    }
}
