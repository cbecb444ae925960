package fi.polku.period;

import fi.polku.journey.JourneyTables;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The wage-subsidy period in the domain database: decision, contract, meetings and early exits. */
@Repository
public class WageSubsidyRecords implements JourneyTables {

    private final JdbcTemplate jdbc;

    public WageSubsidyRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> erasedWithParticipant() {
        return List.of("period_exit", "period_meeting", "employment_contract", "wage_subsidy_decision");
    }

    /** Stores the decision; a later one for the same journey replaces it (and is marked changed). */
    public void saveDecision(UUID journeyId, WageSubsidyDecision decision, String source, String decidedBy) {
        jdbc.update("""
                insert into wage_subsidy_decision (journey_id, decision_number, granted, funding, subsidy_percent,
                                                   start_date, end_date, source, decided_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (journey_id) do update set decision_number = excluded.decision_number,
                    granted = excluded.granted, funding = excluded.funding, subsidy_percent = excluded.subsidy_percent,
                    start_date = excluded.start_date, end_date = excluded.end_date, source = excluded.source,
                    decided_by = excluded.decided_by, changed_at = now()""",
                journeyId, decision.decisionNumber(), decision.granted(),
                decision.funding() == null ? null : decision.funding().name(), decision.subsidyPercent(),
                decision.startDate(), decision.endDate(), source, decidedBy);
    }

    public Optional<WageSubsidyDecision> decision(UUID journeyId) {
        return jdbc.query("select * from wage_subsidy_decision where journey_id = ?", WageSubsidyRecords::decision,
                journeyId).stream().findFirst();
    }

    public void saveContract(UUID journeyId, LocalDate contractDate, String workTeam, String mentor, String signedBy) {
        jdbc.update("""
                insert into employment_contract (journey_id, contract_date, work_team, mentor, signed_by)
                values (?, ?, ?, ?, ?)""", journeyId, contractDate, workTeam, mentor, signedBy);
    }

    /** A meeting of the period; fields a kind of meeting does not have are null. */
    public record Meeting(String kind, LocalDate heldOn, Boolean attended, Integer progress, Integer applicationsSent,
                          Integer creditsEarned, Boolean concern, Crear crear, Integer workAbilityScore,
                          String commitment, Boolean traineeReady, String note) {

        public static Meeting of(String kind, LocalDate heldOn, String note) {
            return new Meeting(kind, heldOn, null, null, null, null, null, null, null, null, null, note);
        }
    }

    /** The five CREAR areas, each 1-5, as the midpoint review records them again. */
    public record Crear(int studies, int timeUse, int wellbeing, int careerPlanning, int employment) {
    }

    /** Stores the meeting numbered after the earlier ones of its kind; returns its number. */
    public int addMeeting(UUID journeyId, Meeting meeting, String recordedBy) {
        int number = countMeetings(journeyId, meeting.kind()) + 1;
        Crear crear = meeting.crear();
        jdbc.update("""
                insert into period_meeting (journey_id, kind, number, held_on, attended, progress, applications_sent,
                    credits_earned, concern, crear_studies, crear_time_use, crear_wellbeing, crear_career_planning,
                    crear_employment, work_ability_score, commitment, trainee_ready, note, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                journeyId, meeting.kind(), number, meeting.heldOn(), meeting.attended(), meeting.progress(),
                meeting.applicationsSent(), meeting.creditsEarned(), meeting.concern(),
                crear == null ? null : crear.studies(), crear == null ? null : crear.timeUse(),
                crear == null ? null : crear.wellbeing(), crear == null ? null : crear.careerPlanning(),
                crear == null ? null : crear.employment(),
                meeting.workAbilityScore(), meeting.commitment(), meeting.traineeReady(), meeting.note(), recordedBy);
        return number;
    }

    public int countMeetings(UUID journeyId, String kind) {
        Integer count = jdbc.queryForObject("select count(*) from period_meeting where journey_id = ? and kind = ?",
                Integer.class, journeyId, kind);
        return count == null ? 0 : count;
    }

    /** How the period ended early. */
    public record Exit(String type, String employer, LocalDate startDate, String contractType, String reason,
                       String comment) {
    }

    public void saveExit(UUID journeyId, Exit exit, String recordedBy) {
        jdbc.update("""
                insert into period_exit (journey_id, type, employer, start_date, contract_type, reason, comment, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", journeyId, exit.type(), exit.employer(), exit.startDate(),
                exit.contractType(), exit.reason(), exit.comment(), recordedBy);
    }

    private static WageSubsidyDecision decision(ResultSet rs, int row) throws SQLException {
        String funding = rs.getString("funding");
        return new WageSubsidyDecision(rs.getString("decision_number"), rs.getBoolean("granted"),
                funding == null ? null : WageSubsidyDecision.Funding.valueOf(funding),
                (Integer) rs.getObject("subsidy_percent"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class));
    }
}
