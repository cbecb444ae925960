package fi.polku.notification;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How referrers are notified. Targets are configured per referring organisation; a request never
 * names a URL, so no caller can make Polku send data somewhere else.
 *
 * @param dispatchInterval pause between two dispatcher runs
 * @param batchSize        messages delivered per run
 * @param maxAttempts      attempts before a message is marked FAILED
 * @param firstRetryDelay  wait after the first failure; doubles with each further failure
 * @param maxRetryDelay    longest wait between two attempts
 * @param defaultTarget    target name for organisations no target lists
 * @param targets          configured delivery targets
 */
@ConfigurationProperties("polku.notifications")
record NotificationProperties(
        @DefaultValue("5s") Duration dispatchInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration firstRetryDelay,
        @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue(LogTarget.NAME) String defaultTarget,
        @DefaultValue List<Target> targets) {

    public enum Kind { LOG, WEBHOOK }

    /**
     * @param name          name used in the outbox and in metrics
     * @param kind          LOG or WEBHOOK
     * @param url           webhook address (WEBHOOK only)
     * @param timeout       time allowed for one delivery
     * @param organisations referring organisations (by name, case-insensitive) this target serves
     * @param language      the language its people read ({@code fi}, {@code sv} or {@code en}): each
     *                      message's {@code message.subject} and {@code message.text} are written in it
     */
    public record Target(String name, Kind kind, URI url, @DefaultValue("10s") Duration timeout,
                         @DefaultValue List<String> organisations, @DefaultValue("fi") String language) {
    }
}
