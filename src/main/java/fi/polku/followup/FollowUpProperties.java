package fi.polku.followup;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxFailedAttempts failed contact attempts at a follow-up's checkpoint (3 or 6 months after
 *                          leaving) before the situation there is recorded as UNKNOWN; each failed
 *                          attempt before it is tried again a week later
 */
@Validated
@ConfigurationProperties("polku.follow-up")
record FollowUpProperties(@Min(1) int maxFailedAttempts) {
}
