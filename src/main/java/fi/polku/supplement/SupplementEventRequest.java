package fi.polku.supplement;

import fi.polku.api.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code POST /api/v1/supplement-applications/{applicationId}/events}: what the employer reports. */
@Schema(description = "An event of a supplement application", example = "{\"type\": \"PAY_REALISED\", \"data\": {\"realisedPayEur\": 16800}}")
record SupplementEventRequest(
        @NotNull @Schema(description = "SUPPLEMENT_INFO_PROVIDED, PAY_REALISED or EMPLOYMENT_ENDED") SupplementEventType type,
        @NotNull @Valid @Schema(description = """
                Fields per type (no other fields are accepted):
                - SUPPLEMENT_INFO_PROVIDED: `answer` (required, at most 4,000 characters): the employer's answer to
                  the handler's request; accepted while the application waits for it (INFO_REQUESTED).
                - PAY_REALISED: `realisedPayEur` (required): the gross pay paid over the period; accepted after an
                  acceptance, once: the second instalment is the decision's share of it less the first.
                - EMPLOYMENT_ENDED: `endDate` (required, YYYY-MM-DD, within the period applied for): the supplement
                  is recomputed for the whole months worked; an overpayment becomes a recovery.
                """) Data data) {

    record Data(
            @Size(max = 4000) String answer,
            @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal realisedPayEur,
            @PlausibleDate LocalDate endDate) {
    }
}
