package fi.polku.wagesubsidy;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxMonths the longest period a wage-subsidy decision may cover: its end at most this many
 *                  months after its start, whether recorded in Tasklist or sent as
 *                  {@code WAGE_SUBSIDY_DECIDED}
 */
@Validated
@ConfigurationProperties("polku.wage-subsidy")
record WageSubsidyProperties(@Min(1) int maxMonths) {
}
