package fi.polku.notification;

import fi.polku.database.DatabaseFailures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers outbox messages with retries and exponential backoff. A message that still fails after
 * {@code max-attempts} is marked FAILED: it stays in the table with its last error, is counted in
 * the metric {@code polku.notifications.failed}, and is logged as an error — never dropped.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final Outbox outbox;
    private final DeliveryTargets targets;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;
    private final MeterRegistry meters;
    private final AtomicLong failedMessages = new AtomicLong();

    public OutboxDispatcher(Outbox outbox, DeliveryTargets targets, NotificationProperties properties,
                            TransactionTemplate transaction, MeterRegistry meters) {
        this.outbox = outbox;
        this.targets = targets;
        this.properties = properties;
        this.transaction = transaction;
        this.meters = meters;
        Gauge.builder("polku.notifications.failed.messages", failedMessages, AtomicLong::get)
                .description("Notifications that exhausted their retries and wait for a person")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${polku.notifications.dispatch-interval:5s}", initialDelayString = "5s")
    public void dispatchDue() {
        try {
            int delivered;
            do {
                delivered = dispatchBatch();
            } while (delivered == properties.batchSize());
            failedMessages.set(outbox.count(Outbox.FAILED));
        } catch (RuntimeException e) {
            if (!DatabaseFailures.unreachable(e)) {
                throw e;
            }
            // Nothing was sent or marked: the messages stay due and go out once the database is back.
            log.warn("Notifications wait for the database: {}", e.getMessage());
        }
    }

    /** Delivers one batch in one transaction; returns how many messages it handled. */
    public int dispatchBatch() {
        Integer handled = transaction.execute(status -> {
            List<OutboxMessage> due = outbox.lockDue(properties.batchSize());
            due.forEach(this::deliver);
            return due.size();
        });
        return handled == null ? 0 : handled;
    }

    private void deliver(OutboxMessage message) {
        DeliveryTarget target = targets.get(message.target());
        try {
            if (target == null) {
                throw new IllegalStateException("no delivery target named " + message.target() + " is configured");
            }
            target.deliver(message);
            outbox.markSent(message.id());
            counter("polku.notifications.delivered", message.target()).increment();
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            int attempts = message.attempts() + 1;
            if (attempts >= properties.maxAttempts()) {
                outbox.markFailed(message.id(), error);
                counter("polku.notifications.failed", message.target()).increment();
                log.error("Notification {} ({}) to {} failed {} times and is marked FAILED: {}", message.id(),
                        message.type(), message.target(), attempts, error);
            } else {
                Instant next = Instant.now().plus(backoff(attempts));
                outbox.markRetry(message.id(), next, error);
                counter("polku.notifications.retried", message.target()).increment();
                log.warn("Notification {} to {} failed (attempt {}), next try at {}: {}", message.id(),
                        message.target(), attempts, next, error);
            }
        }
    }

    /** first-retry-delay × 2^(attempts-1), capped at max-retry-delay. */
    Duration backoff(int attempts) {
        Duration delay = properties.firstRetryDelay().multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(properties.maxRetryDelay()) > 0 ? properties.maxRetryDelay() : delay;
    }

    private Counter counter(String name, String target) {
        return Counter.builder(name).tag("target", target).register(meters);
    }
}
