package fi.polku.journey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code journey} table: one row per referral, keyed by the journey id (the business key). */
@Repository
public class JourneyRepository {

    private static final String COLUMNS = "id, participant_id, source_type, source_organisation, source_referral_id, "
            + "status, phase, eligibility, eligibility_reason, decision, decision_reason, outcome, outcome_reason, period_status, placement_status, "
            + "created_at, updated_at, ended_at";

    private final JdbcTemplate jdbc;

    public JourneyRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record NewJourney(UUID id, UUID participantId, String sourceType, String sourceOrganisation,
                             String sourceReferralId, String referrerName, String referrerEmail,
                             String referrerPhone, String reason, String registeredBy) {
    }

    public void insert(NewJourney journey) {
        jdbc.update("""
                insert into journey (id, participant_id, source_type, source_organisation, source_referral_id,
                                     referrer_name, referrer_email, referrer_phone, reason, registered_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                journey.id(), journey.participantId(), journey.sourceType(), journey.sourceOrganisation(),
                journey.sourceReferralId(), journey.referrerName(), journey.referrerEmail(), journey.referrerPhone(),
                journey.reason(), journey.registeredBy());
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

    public void enterPhase(UUID id, String phase) {
        jdbc.update("update journey set phase = ?, updated_at = now() where id = ?", phase, id);
    }

    /** Marks the journey ended with its outcome; the first end wins. */
    public void end(UUID id, String outcome) {
        jdbc.update("update journey set status = 'ENDED', outcome = ?, ended_at = now(), updated_at = now()"
                + " where id = ? and status = 'ACTIVE'", outcome, id);
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

    /** The journey as the API shows it, with its wage-subsidy period and trainee placement once they exist. */
    public Optional<JourneyStatus> status(UUID id) {
        return find(id).map(journey -> JourneyStatus.of(journey, wageSubsidy(journey), traineePlacement(journey),
                followUp(journey)));
    }

    private JourneyStatus.WageSubsidy wageSubsidy(Journey journey) {
        return jdbc.query("""
                        select decision_number, granted, funding, subsidy_percent, start_date, end_date
                        from wage_subsidy_decision where journey_id = ?""",
                (rs, row) -> new JourneyStatus.WageSubsidy(rs.getString("decision_number"), rs.getBoolean("granted"),
                        rs.getString("funding"), (Integer) rs.getObject("subsidy_percent"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        journey.periodStatus()), journey.id())
                .stream().findFirst().orElse(null);
    }

    /** The exit review and the situation found at each follow-up (the attempt that settled it). */
    private JourneyStatus.FollowUp followUp(Journey journey) {
        return jdbc.query("""
                        select e.left_on, e.leaving_route, e.outcome,
                               (select situation from follow_up f where f.journey_id = e.journey_id
                                  and f.checkpoint = 'THREE_MONTHS' and f.situation is not null) as three_months,
                               (select situation from follow_up f where f.journey_id = e.journey_id
                                  and f.checkpoint = 'SIX_MONTHS' and f.situation is not null) as six_months
                        from exit_review e where e.journey_id = ?""",
                (rs, row) -> new JourneyStatus.FollowUp(rs.getObject("left_on", LocalDate.class),
                        rs.getString("leaving_route"), rs.getString("outcome"), rs.getString("three_months"),
                        rs.getString("six_months")), journey.id())
                .stream().findFirst().orElse(null);
    }

    /** The latest match with a partner company, and the hiring decision that ended it. */
    private JourneyStatus.TraineePlacement traineePlacement(Journey journey) {
        if (journey.placementStatus() == null) {
            return null;
        }
        return jdbc.query("""
                        select p.attempt, p.status, p.company_id, c.name, c.business_id, p.role, p.supervisor_name,
                               p.start_date, p.end_date, p.answered_at, h.hired, h.contract_type, h.employment_start,
                               h.hours_per_week, h.supplement_eligible, h.supplement_reason, h.supplement_percent,
                               h.supplement_max_monthly_eur, h.supplement_max_months, h.supplement_apply_by
                        from (select 1) one
                        left join trainee_placement p on p.journey_id = ?
                              and p.attempt = (select max(attempt) from trainee_placement where journey_id = ?)
                        left join partner_company c on c.id = p.company_id
                        left join hiring_decision h on h.journey_id = ?""",
                (rs, row) -> new JourneyStatus.TraineePlacement(journey.placementStatus(),
                        (Integer) rs.getObject("attempt"),
                        rs.getObject("company_id") == null ? null : new JourneyStatus.Company(
                                rs.getObject("company_id", UUID.class), rs.getString("name"), rs.getString("business_id")),
                        rs.getString("status"), rs.getString("role"), rs.getString("supervisor_name"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getObject("answered_at", OffsetDateTime.class),
                        rs.getObject("hired") == null ? null : new JourneyStatus.Hiring(rs.getBoolean("hired"),
                                rs.getString("contract_type"), rs.getObject("employment_start", LocalDate.class),
                                (Integer) rs.getObject("hours_per_week"),
                                rs.getObject("supplement_eligible") == null ? null : new JourneyStatus.Supplement(
                                        rs.getBoolean("supplement_eligible"), rs.getString("supplement_reason"),
                                        (Integer) rs.getObject("supplement_percent"),
                                        (Integer) rs.getObject("supplement_max_monthly_eur"),
                                        (Integer) rs.getObject("supplement_max_months"),
                                        rs.getObject("supplement_apply_by", LocalDate.class)))),
                journey.id(), journey.id(), journey.id()).get(0);
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
                rs.getObject("ended_at", OffsetDateTime.class));
    }
}
