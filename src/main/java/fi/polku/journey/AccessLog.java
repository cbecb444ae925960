package fi.polku.journey;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of who viewed a participant's personal data (the Act on Client Data in Social Welfare):
 * each read through the case file, the status API, the Journeys page's one-journey view and the
 * search adds a row with who, when, which participant and journey, which parts and from which
 * endpoint. It lives in the domain database (never in the engine's history); the table refuses
 * updates and deletes except by the retention job ({@code V14__case_file_and_access_log.sql}). A
 * row holds ids and staff user ids only, so after an erasure it names nobody.
 */
@Component
public class AccessLog implements JourneyTables {

    public record Entry(OffsetDateTime viewedAt, String viewedBy, UUID journeyId, String part, String endpoint) {
    }

    private final JdbcTemplate jdbc;

    public AccessLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> erasedWithParticipant() {
        return List.of();
    }

    /** The log outlives an erasure: it holds ids only, and an auditor needs who viewed what. */
    @Override
    public List<String> keptAnonymous() {
        return List.of("access_log");
    }

    /** Logs a view of the journey's participant; nothing when there is no such journey. */
    public void viewedJourney(String viewedBy, UUID journeyId, Collection<String> parts, String endpoint) {
        jdbc.update("""
                insert into access_log (viewed_by, participant_id, journey_id, part, endpoint)
                select ?, participant_id, id, ?, ? from journey where id = ?""", viewedBy, String.join(",", parts),
                endpoint, journeyId);
    }

    /** Logs a view of a participant's data that is not one journey's (a search hit, an export). */
    public void viewedParticipant(String viewedBy, UUID participantId, Collection<String> parts, String endpoint) {
        jdbc.update("insert into access_log (viewed_by, participant_id, part, endpoint) values (?, ?, ?, ?)", viewedBy,
                participantId, String.join(",", parts), endpoint);
    }

    /** Who has viewed the participant's data, newest first. */
    public List<Entry> ofParticipant(UUID participantId) {
        return jdbc.query("""
                select viewed_at, viewed_by, journey_id, part, endpoint from access_log
                where participant_id = ? order by viewed_at desc, id desc""", (rs, row) -> new Entry(
                rs.getObject("viewed_at", OffsetDateTime.class), rs.getString("viewed_by"),
                rs.getObject("journey_id", UUID.class), rs.getString("part"), rs.getString("endpoint")), participantId);
    }

    /**
     * Deletes the rows older than {@code days}; the only delete the table takes (the retention job's
     * setting is local to this transaction).
     */
    @Transactional
    public int deleteOlderThan(int days) {
        jdbc.queryForObject("select set_config('polku.access_log_retention', 'on', true)", String.class);
        return jdbc.update("delete from access_log where viewed_at < now() - make_interval(days => ?)", days);
    }
}
