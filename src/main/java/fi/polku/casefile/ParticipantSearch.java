package fi.polku.casefile;

import fi.polku.api.ApiException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Finds participants for team leads: by name and birth date (the birth date's index narrows it to
 * a few rows, the name decides), or by a journey id.
 */
@Repository
class ParticipantSearch {

    record Hit(UUID participantId, String displayName, LocalDate birthDate, List<JourneyHit> journeys) {
    }

    record JourneyHit(UUID journeyId, String status, String phase, OffsetDateTime startedAt, OffsetDateTime endedAt) {
    }

    private static final String HITS = """
            select p.id as participant_id, p.first_name || ' ' || p.last_name as display_name, p.birth_date,
                   j.id as journey_id, j.status, j.phase, j.created_at, j.ended_at
            from participant p join journey j on j.participant_id = p.id
            """;

    private final JdbcTemplate jdbc;

    ParticipantSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code name} is "first last" as recorded (any case); a first name of several words is matched too. */
    List<Hit> byNameAndBirthDate(String name, LocalDate birthDate) {
        return hits(HITS + """
                where p.birth_date = ? and lower(p.first_name || ' ' || p.last_name) = lower(?)
                order by p.id, j.created_at desc""", birthDate, name.trim().replaceAll("\\s+", " "));
    }

    List<Hit> byJourney(UUID journeyId) {
        return hits(HITS + """
                where p.id = (select participant_id from journey where id = ?) order by p.id, j.created_at desc""",
                journeyId);
    }

    boolean journeyExists(UUID journeyId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from journey where id = ?)", Boolean.class,
                journeyId));
    }

    void requireParticipant(UUID participantId) {
        if (!Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from participant where id = ?)",
                Boolean.class, participantId))) {
            throw ApiException.notFound("No participant " + participantId);
        }
    }

    private List<Hit> hits(String sql, Object... arguments) {
        Map<UUID, Hit> hits = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            UUID participantId = rs.getObject("participant_id", UUID.class);
            Hit hit = hits.get(participantId);
            if (hit == null) {
                hit = new Hit(participantId, rs.getString("display_name"), rs.getObject("birth_date", LocalDate.class),
                        new ArrayList<>());
                hits.put(participantId, hit);
            }
            hit.journeys().add(new JourneyHit(rs.getObject("journey_id", UUID.class), rs.getString("status"),
                    rs.getString("phase"), rs.getObject("created_at", OffsetDateTime.class),
                    rs.getObject("ended_at", OffsetDateTime.class)));
        }, arguments);
        return List.copyOf(hits.values());
    }
}
