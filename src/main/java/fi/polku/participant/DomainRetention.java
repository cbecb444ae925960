package fi.polku.participant;

import fi.polku.api.ApiException;
import fi.polku.journey.AccessLog;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The domain data of completed journeys follows the engine's history: once every journey of a
 * participant ended more than {@code polku.retention.days} ago, their personal data is erased as an
 * erasure request would (the anonymous indicator records stay). Several nodes may run it at once:
 * a participant erased by one is skipped by the other.
 */
@Component
class DomainRetention {

    private static final Logger log = LoggerFactory.getLogger(DomainRetention.class);

    private final ParticipantErasure erasure;
    private final RetentionProperties properties;
    private final AccessLog accessLog;

    public DomainRetention(ParticipantErasure erasure, RetentionProperties properties, AccessLog accessLog) {
        this.erasure = erasure;
        this.properties = properties;
        this.accessLog = accessLog;
    }

    @Scheduled(cron = "${polku.retention.cron:0 30 1 * * *}", zone = "Europe/Helsinki")
    public void run() {
        eraseExpired();
        int deleted = accessLog.deleteOlderThan(properties.accessLogDays());
        if (deleted > 0) {
            log.info("Retention: deleted {} access-log rows older than {} days", deleted, properties.accessLogDays());
        }
    }

    /** Erases one batch of participants past retention; returns how many. */
    public int eraseExpired() {
        List<UUID> expired = erasure.pastRetention(properties.days(), properties.batchSize());
        int erased = 0;
        for (UUID participantId : expired) {
            try {
                erasure.erase(participantId, ParticipantErasure.Cause.RETENTION, "retention");
                erased++;
            } catch (ApiException alreadyGone) {
                // another node erased this participant meanwhile
            }
        }
        if (erased > 0) {
            log.info("Retention: erased the personal data of {} participants whose journeys ended over {} days ago",
                    erased, properties.days());
        }
        return erased;
    }
}
