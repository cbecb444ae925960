package fi.polku.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.journey.JourneyTables;
import fi.polku.language.Language;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The transactional outbox. {@link #enqueue} runs inside the caller's transaction, so a
 * notification exists exactly when the decision it reports was committed.
 */
@Repository
public class Outbox implements JourneyTables {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final NotificationTexts texts;

    public Outbox(JdbcTemplate jdbc, ObjectMapper objectMapper, NotificationTexts texts) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.texts = texts;
    }

    @Override
    public List<String> erasedWithParticipant() {
        return List.of("outbox_message");
    }

    public UUID enqueue(UUID journeyId, String type, String target, Map<String, ?> payload) {
        return insert(journeyId, type, target, texts.withWords(type, target, payload));
    }

    /**
     * A message whose reader's language is known (an employer answered in the language it applied
     * in), whatever the target's configured language; {@code journeyId} may be null.
     */
    public UUID enqueue(UUID journeyId, String type, String target, Language language, Map<String, ?> payload) {
        return insert(journeyId, type, target, texts.withWords(type, language, payload));
    }

    private UUID insert(UUID journeyId, String type, String target, Map<String, Object> payload) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into outbox_message (id, journey_id, type, target, payload) values (?, ?, ?, ?, ?::jsonb)",
                id, journeyId, type, target, toJson(payload));
        return id;
    }

    /**
     * Locks up to {@code limit} due messages for the current transaction. Rows another node holds
     * are skipped, so two nodes never deliver the same message at once.
     */
    public List<OutboxMessage> lockDue(int limit) {
        return jdbc.query("""
                        select id, journey_id, type, target, payload::text as payload, attempts from outbox_message
                        where status = 'PENDING' and next_attempt_at <= now()
                        order by next_attempt_at limit ? for update skip locked""",
                (rs, row) -> new OutboxMessage(rs.getObject("id", UUID.class), rs.getObject("journey_id", UUID.class),
                        rs.getString("type"), rs.getString("target"), rs.getString("payload"), rs.getInt("attempts")),
                limit);
    }

    public void markSent(UUID id) {
        jdbc.update("update outbox_message set status = 'SENT', attempts = attempts + 1, sent_at = now(), last_error = null"
                + " where id = ?", id);
    }

    public void markRetry(UUID id, Instant nextAttemptAt, String error) {
        jdbc.update("update outbox_message set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?",
                Timestamp.from(nextAttemptAt), truncate(error), id);
    }

    public void markFailed(UUID id, String error) {
        jdbc.update("update outbox_message set status = 'FAILED', attempts = attempts + 1, last_error = ? where id = ?",
                truncate(error), id);
    }

    public long count(String status) {
        Long count = jdbc.queryForObject("select count(*) from outbox_message where status = ?", Long.class, status);
        return count == null ? 0 : count;
    }

    private String toJson(Map<String, ?> payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Notification payload is not serialisable", e);
        }
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
