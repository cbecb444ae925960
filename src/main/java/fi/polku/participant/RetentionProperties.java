package fi.polku.participant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long completed journeys are kept: the engine's history ({@code historyTimeToLive} of every
 * process and decision definition) and the journeys' domain data alike.
 *
 * @param days      days a journey is kept after it ended
 * @param cron      when the domain data of journeys past that age are erased (the engine's own
 *                  history cleanup runs in its batch window)
 * @param batchSize participants erased per run at most; the next run takes the rest
 * @param accessLogDays days a row of the access log is kept after the view it records (the same
 *                  five years by default; the city's data protection officer decides)
 */
@ConfigurationProperties("polku.retention")
record RetentionProperties(
        @DefaultValue("1825") int days,
        @DefaultValue("0 30 1 * * *") String cron,
        @DefaultValue("200") int batchSize,
        @DefaultValue("1825") int accessLogDays) {
}
