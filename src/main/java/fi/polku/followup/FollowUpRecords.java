package fi.polku.followup;

import fi.polku.journey.JourneyTables;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The follow-up in the domain database: the exit review and each contact attempt after leaving. */
@Repository
class FollowUpRecords implements JourneyTables {

    /** The situations on leaving and at the follow-ups. */
    public enum Situation { EMPLOYED, IN_EDUCATION, JOB_SEARCHING, OTHER_SERVICE, INACTIVE, UNKNOWN }

    public enum Checkpoint { THREE_MONTHS, SIX_MONTHS }

    private final JdbcTemplate jdbc;

    public FollowUpRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> erasedWithParticipant() {
        return List.of("follow_up", "exit_review");
    }

    /** @param leavingRoute how the participant left the period (the placement's or the period's outcome) */
    public record ExitReview(LocalDate leftOn, String leavingRoute, Situation outcome, String employmentType,
                             boolean qualificationGained, Integer creditsGained, Integer workAbilityAtExit,
                             Integer feedbackScore, String feedbackComment, boolean certificatesIssued) {
    }

    public void saveExitReview(UUID journeyId, ExitReview review, String reviewedBy) {
        jdbc.update("""
                insert into exit_review (journey_id, left_on, leaving_route, outcome, employment_type, qualification_gained,
                    credits_gained, work_ability_at_exit, feedback_score, feedback_comment, certificates_issued, reviewed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", journeyId, review.leftOn(), review.leavingRoute(),
                review.outcome().name(), review.employmentType(), review.qualificationGained(), review.creditsGained(),
                review.workAbilityAtExit(), review.feedbackScore(), review.feedbackComment(), review.certificatesIssued(),
                reviewedBy);
    }

    public Optional<ExitReview> exitReview(UUID journeyId) {
        return jdbc.query("select * from exit_review where journey_id = ?", (rs, row) -> new ExitReview(
                rs.getObject("left_on", LocalDate.class), rs.getString("leaving_route"),
                Situation.valueOf(rs.getString("outcome")), rs.getString("employment_type"),
                rs.getBoolean("qualification_gained"), (Integer) rs.getObject("credits_gained"),
                (Integer) rs.getObject("work_ability_at_exit"), (Integer) rs.getObject("feedback_score"),
                rs.getString("feedback_comment"), rs.getBoolean("certificates_issued")), journeyId).stream().findFirst();
    }

    public LocalDate leftOn(UUID journeyId) {
        return exitReview(journeyId).map(ExitReview::leftOn)
                .orElseThrow(() -> new IllegalStateException("No exit review for journey " + journeyId));
    }

    /** One contact attempt; {@code situation} is null for a failed attempt that is not yet the last. */
    public record FollowUp(LocalDate contactedOn, boolean reached, Situation situation, String employmentType,
                           String note) {
    }

    /** Stores the attempt numbered after the earlier ones at this checkpoint; returns its number. */
    public int addFollowUp(UUID journeyId, Checkpoint checkpoint, FollowUp followUp, String recordedBy) {
        int attempt = attempts(journeyId, checkpoint) + 1;
        jdbc.update("""
                insert into follow_up (journey_id, checkpoint, attempt, contacted_on, reached, situation, employment_type,
                                       note, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", journeyId, checkpoint.name(), attempt, followUp.contactedOn(),
                followUp.reached(), followUp.situation() == null ? null : followUp.situation().name(),
                followUp.employmentType(), followUp.note(), recordedBy);
        return attempt;
    }

    public int attempts(UUID journeyId, Checkpoint checkpoint) {
        Integer count = jdbc.queryForObject("select count(*) from follow_up where journey_id = ? and checkpoint = ?",
                Integer.class, journeyId, checkpoint.name());
        return count == null ? 0 : count;
    }
}
