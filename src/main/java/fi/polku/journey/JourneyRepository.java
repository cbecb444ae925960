package fi.polku.journey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code journey} table: one row per referral, keyed by the journey id (the business key). */
@Repository
public class JourneyRepository implements JourneyTables {

    private static final String COLUMNS = "id, participant_id, source_type, source_organisation, source_referral_id, "
            + "status, phase, eligibility, eligibility_reason, decision, decision_reason, outcome, outcome_reason, period_status, placement_status, "
            + "created_at, updated_at, ended_at, journey_type, linked_journey_id";

    private final JdbcTemplate jdbc;

    public JourneyRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> erasedWithParticipant() {
        return List.of("journey_event");
    }

    public record NewJourney(UUID id, UUID participantId, String sourceType, String sourceOrganisation,
                             String sourceReferralId, String referrerName, String referrerEmail,
                             String referrerPhone, String reason, String registeredBy, String journeyType) {
    }

    public void insert(NewJourney journey) {
        jdbc.update("""
                insert into journey (id, participant_id, source_type, source_organisation, source_referral_id,
                                     referrer_name, referrer_email, referrer_phone, reason, registered_by, journey_type)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                journey.id(), journey.participantId(), journey.sourceType(), journey.sourceOrganisation(),
                journey.sourceReferralId(), journey.referrerName(), journey.referrerEmail(), journey.referrerPhone(),
                journey.reason(), journey.registeredBy(), journey.journeyType());
    }

    public Optional<Journey> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from journey where id = ?", JourneyRepository::map, id)
                .stream().findFirst();
    }

    public Journey get(UUID id) {
        return find(id).orElseThrow(() -> new IllegalStateException("No journey " + id));
    }

    public Optional<Journey> findBySource(String type, String organisation, String referralId) {
        return jdbc.query("select " + COLUMNS + " from journey where source_type = ? and source_organisation = ?"
                        + " and source_referral_id = ?", JourneyRepository::map, type, organisation, referralId)
                .stream().findFirst();
    }

    /**
     * Serialises transactions that work on the same keys until commit, so that two identical
     * requests arriving together cannot both pass a "does it exist yet" check. Both locks in one
     * round trip, always in this order (the select list is evaluated from left to right), so that
     * two transactions cannot each hold one and wait for the other.
     */
    public void lock(String namespace, String key, String secondNamespace, String secondKey) {
        jdbc.query("select pg_advisory_xact_lock(hashtext(?), hashtext(?)), pg_advisory_xact_lock(hashtext(?), hashtext(?))",
                rs -> null, namespace, key, secondNamespace, secondKey);
    }

    public void recordEligibility(UUID id, String eligibility, String reason) {
        jdbc.update("update journey set eligibility = ?, eligibility_reason = ?, updated_at = now() where id = ?",
                eligibility, reason, id);
    }

    public void recordDecision(UUID id, String decision, String reason) {
        jdbc.update("update journey set decision = ?, decision_reason = ?, updated_at = now() where id = ?",
                decision, reason, id);
    }

    public void enterPhase(UUID id, JourneyPhase phase) {
        jdbc.update("update journey set phase = ?, updated_at = now() where id = ?", phase.name(), id);
    }

    /** Marks the journey ended with its outcome; the first end wins. */
    public void end(UUID id, JourneyOutcome outcome) {
        jdbc.update("update journey set status = 'ENDED', outcome = ?, ended_at = now(), updated_at = now()"
                + " where id = ? and status = 'ACTIVE'", outcome.name(), id);
    }

    /** Why the journey ended, when its end carries a reason (e.g. a withdrawal). */
    public void recordOutcomeReason(UUID id, String reason) {
        jdbc.update("update journey set outcome_reason = ?, updated_at = now() where id = ?", reason, id);
    }

    public void setPeriodStatus(UUID id, String status) {
        jdbc.update("update journey set period_status = ?, updated_at = now() where id = ?", status, id);
    }

    public void setPlacementStatus(UUID id, String status) {
        jdbc.update("update journey set placement_status = ?, updated_at = now() where id = ?", status, id);
    }

    /** Who referred the journey's participant. */
    public record Referrer(String name, String email, String phone) {
    }

    public Referrer referrer(UUID id) {
        return jdbc.queryForObject("select referrer_name, referrer_email, referrer_phone from journey where id = ?",
                (rs, row) -> new Referrer(rs.getString(1), rs.getString(2), rs.getString(3)), id);
    }

    /** Two journeys of one person, each naming the other (a move from work activity to Digitalents). */
    public void link(UUID one, UUID other) {
        jdbc.update("update journey set linked_journey_id = ?, updated_at = now() where id = ?", other, one);
        jdbc.update("update journey set linked_journey_id = ?, updated_at = now() where id = ?", one, other);
    }

    public String referrerEmail(UUID id) {
        return jdbc.queryForObject("select referrer_email from journey where id = ?", String.class, id);
    }

    private static Journey map(ResultSet rs, int row) throws SQLException {
        return new Journey(
                rs.getObject("id", UUID.class),
                rs.getObject("participant_id", UUID.class),
                rs.getString("source_type"),
                rs.getString("source_organisation"),
                rs.getString("source_referral_id"),
                rs.getString("status"),
                rs.getString("phase"),
                rs.getString("eligibility"),
                rs.getString("eligibility_reason"),
                rs.getString("decision"),
                rs.getString("decision_reason"),
                rs.getString("outcome"),
                rs.getString("outcome_reason"),
                rs.getString("period_status"),
                rs.getString("placement_status"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("ended_at", OffsetDateTime.class),
                JourneyType.valueOf(rs.getString("journey_type")),
                rs.getObject("linked_journey_id", UUID.class));
    }
}
