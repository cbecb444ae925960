package fi.polku.placement;

import fi.polku.journey.JourneyTables;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The trainee placement in the domain database: each match with a company, the hiring decision, the supplement. */
@Repository
class PlacementRecords implements JourneyTables {

    private final JdbcTemplate jdbc;

    public PlacementRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> erasedWithParticipant() {
        return List.of("hiring_decision", "trainee_placement");
    }

    /** A match with a partner company, and where it stands (PROPOSED, CONFIRMED, DECLINED, NO_ANSWER, CANCELLED). */
    public record Placement(long id, int attempt, UUID companyId, String companyName, String businessId,
                            PartnerCompanyRequest.OrganisationType organisationType, String role, String supervisorName,
                            String supervisorEmail, LocalDate startDate, LocalDate endDate, String status) {
    }

    public record NewMatch(UUID companyId, String role, String supervisorName, String supervisorEmail,
                           LocalDate startDate, LocalDate endDate) {
    }

    /** Stores a match as the journey's next attempt and returns the attempt's number (1, 2, 3...). */
    public int addMatch(UUID journeyId, NewMatch match, String matchedBy) {
        Integer attempt = jdbc.queryForObject("select coalesce(max(attempt), 0) + 1 from trainee_placement where journey_id = ?",
                Integer.class, journeyId);
        jdbc.update("""
                insert into trainee_placement (journey_id, attempt, company_id, role, supervisor_name, supervisor_email,
                                               start_date, end_date, matched_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", journeyId, attempt, match.companyId(), match.role(),
                match.supervisorName(), match.supervisorEmail(), match.startDate(), match.endDate(), matchedBy);
        return attempt;
    }

    /** The journey's latest match, if any. */
    public Optional<Placement> current(UUID journeyId) {
        return jdbc.query("""
                select p.*, c.name as company_name, c.business_id, c.organisation_type
                from trainee_placement p join partner_company c on c.id = p.company_id
                where p.journey_id = ? order by p.attempt desc limit 1""", PlacementRecords::placement, journeyId)
                .stream().findFirst();
    }

    public Placement requireCurrent(UUID journeyId) {
        return current(journeyId).orElseThrow(() -> new IllegalStateException("No trainee placement for journey " + journeyId));
    }

    /** The company's answer to the proposed placement, from Tasklist or the events API. */
    public void recordAnswer(UUID journeyId, boolean confirmed, String source, String answeredBy, String note) {
        jdbc.update("""
                update trainee_placement set status = ?, answer_source = ?, answered_by = ?, answered_at = now(),
                    answer_note = ?
                where id = ? and status = 'PROPOSED'""", confirmed ? "CONFIRMED" : "DECLINED", source, answeredBy, note,
                requireCurrent(journeyId).id());
    }

    /** The company did not answer in time: the match failed. */
    public void recordNoAnswer(UUID journeyId) {
        jdbc.update("update trainee_placement set status = 'NO_ANSWER' where id = ? and status = 'PROPOSED'",
                requireCurrent(journeyId).id());
    }

    /** The placement was cancelled; a journey cancelled before any match has nothing to mark. */
    public void cancel(UUID journeyId, String reason, String comment) {
        current(journeyId).ifPresent(placement -> jdbc.update("""
                update trainee_placement set status = 'CANCELLED', cancel_reason = ?, cancel_comment = ? where id = ?""",
                reason, comment, placement.id()));
    }

    public record HiringDecision(boolean hired, String contractType, LocalDate employmentStart, Integer hoursPerWeek,
                                 Boolean paySubsidised, String feedback) {
    }

    public void saveHiringDecision(UUID journeyId, HiringDecision decision, String decidedBy) {
        jdbc.update("""
                insert into hiring_decision (journey_id, placement_id, hired, contract_type, employment_start,
                                             hours_per_week, pay_subsidised, feedback, decided_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", journeyId, requireCurrent(journeyId).id(), decision.hired(),
                decision.contractType(), decision.employmentStart(), decision.hoursPerWeek(), decision.paySubsidised(),
                decision.feedback(), decidedBy);
    }

    public HiringDecision hiringDecision(UUID journeyId) {
        return jdbc.queryForObject("select * from hiring_decision where journey_id = ?", (rs, row) -> new HiringDecision(
                rs.getBoolean("hired"), rs.getString("contract_type"), rs.getObject("employment_start", LocalDate.class),
                (Integer) rs.getObject("hours_per_week"), (Boolean) rs.getObject("pay_subsidised"),
                rs.getString("feedback")), journeyId);
    }

    /** What DMN helsinki-supplement-eligibility decided; the terms are null when not eligible. */
    public record Supplement(boolean eligible, String reason, Integer percent, Integer maxMonthlyEur, Integer maxMonths,
                             LocalDate applyBy) {
    }

    public void saveSupplement(UUID journeyId, Supplement supplement) {
        jdbc.update("""
                update hiring_decision set supplement_eligible = ?, supplement_reason = ?, supplement_percent = ?,
                    supplement_max_monthly_eur = ?, supplement_max_months = ?, supplement_apply_by = ?
                where journey_id = ?""", supplement.eligible(), supplement.reason(), supplement.percent(),
                supplement.maxMonthlyEur(), supplement.maxMonths(), supplement.applyBy(), journeyId);
    }

    public Supplement supplement(UUID journeyId) {
        return jdbc.queryForObject("select * from hiring_decision where journey_id = ?", (rs, row) -> new Supplement(
                rs.getBoolean("supplement_eligible"), rs.getString("supplement_reason"),
                (Integer) rs.getObject("supplement_percent"), (Integer) rs.getObject("supplement_max_monthly_eur"),
                (Integer) rs.getObject("supplement_max_months"), rs.getObject("supplement_apply_by", LocalDate.class)),
                journeyId);
    }

    public void recordEmployerInformed(UUID journeyId, LocalDate informedOn, String channel, String note,
                                       String informedBy) {
        jdbc.update("""
                update hiring_decision set employer_informed_on = ?, employer_informed_channel = ?,
                    employer_informed_note = ?, employer_informed_by = ?
                where journey_id = ?""", informedOn, channel, note, informedBy, journeyId);
    }

    private static Placement placement(ResultSet rs, int row) throws SQLException {
        return new Placement(rs.getLong("id"), rs.getInt("attempt"), rs.getObject("company_id", UUID.class),
                rs.getString("company_name"), rs.getString("business_id"),
                PartnerCompanyRequest.OrganisationType.valueOf(rs.getString("organisation_type")), rs.getString("role"),
                rs.getString("supervisor_name"), rs.getString("supervisor_email"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("status"));
    }
}
