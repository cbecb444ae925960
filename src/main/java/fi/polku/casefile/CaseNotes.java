package fi.polku.casefile;

import fi.polku.journey.JourneyTables;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The team's dated notes on a journey ({@code case_note}): added, never edited (a correction is a new note). */
@Repository
class CaseNotes implements JourneyTables {

    static final int MAX_LENGTH = 2000;

    record Note(long id, String text, String writtenBy, OffsetDateTime writtenAt) {
    }

    private final JdbcTemplate jdbc;

    CaseNotes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> erasedWithParticipant() {
        return List.of("case_note");
    }

    Note add(UUID journeyId, String text, String writtenBy) {
        return jdbc.queryForObject("""
                insert into case_note (journey_id, text, written_by) values (?, ?, ?)
                returning id, text, written_by, written_at""", (rs, row) -> new Note(rs.getLong("id"), rs.getString("text"),
                rs.getString("written_by"), rs.getObject("written_at", OffsetDateTime.class)), journeyId, text, writtenBy);
    }

    /** The journey's notes, newest first. */
    List<Note> of(UUID journeyId) {
        return jdbc.query("select id, text, written_by, written_at from case_note where journey_id = ? "
                + "order by written_at desc, id desc", (rs, row) -> new Note(rs.getLong("id"), rs.getString("text"),
                rs.getString("written_by"), rs.getObject("written_at", OffsetDateTime.class)), journeyId);
    }
}
