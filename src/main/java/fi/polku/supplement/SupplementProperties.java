package fi.polku.supplement;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The Helsinki supplement's settings that come from law rather than from the city's terms (those
 * are in the decision tables).
 *
 * @param deMinimisCeilingEur the EU de minimis ceiling over three years (Regulation (EU) 2023/2831:
 *                            300,000 €); aid received plus the supplement may not exceed it
 * @param paymentRecordYears  how long a decided application and its payments are kept (the de minimis
 *                            regulation's ten fiscal years for records of aid granted)
 */
@Validated
@ConfigurationProperties("polku.supplement")
record SupplementProperties(@NotNull @Min(0) BigDecimal deMinimisCeilingEur, @Min(1) int paymentRecordYears) {
}
