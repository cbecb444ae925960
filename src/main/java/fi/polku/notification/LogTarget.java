package fi.polku.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For referring organisations without an integration: the notification goes to the application
 * log, from which the referral coordinators' daily report is made.
 */
class LogTarget implements DeliveryTarget {

    static final String NAME = "log";
    private static final Logger log = LoggerFactory.getLogger("fi.polku.notification.referrer");

    private final String name;

    LogTarget(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void deliver(OutboxMessage message) {
        log.info("Notification {} {} for journey {}: {}", message.id(), message.type(), message.journeyId(),
                message.payload());
    }
}
