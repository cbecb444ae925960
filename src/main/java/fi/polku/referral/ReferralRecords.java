package fi.polku.referral;

import fi.polku.journey.JourneyTables;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What the team records during the referral phase: reviews, waiting-list decisions, interviews. */
@Repository
class ReferralRecords implements JourneyTables {

    private final JdbcTemplate jdbc;

    public ReferralRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> erasedWithParticipant() {
        return List.of("referral_review", "suitability_interview");
    }

    public void addReview(UUID journeyId, String decision, String note, String reviewedBy) {
        jdbc.update("insert into referral_review (journey_id, decision, note, reviewed_by) values (?, ?, ?, ?)",
                journeyId, decision, note, reviewedBy);
    }

    /** The note of the latest review, e.g. the information a coordinator asked the referrer for. */
    public String latestReviewNote(UUID journeyId) {
        return jdbc.queryForList("select note from referral_review where journey_id = ? order by id desc limit 1",
                String.class, journeyId).stream().findFirst().orElse(null);
    }

    public record Interview(LocalDate date, String outcome, Integer motivation, String preferredWorkTeam, String note,
                            String interviewedBy) {
    }

    public void addInterview(UUID journeyId, Interview interview) {
        jdbc.update("""
                insert into suitability_interview (journey_id, interview_date, outcome, motivation, preferred_work_team,
                                                   note, interviewed_by)
                values (?, ?, ?, ?, ?, ?, ?)""",
                journeyId, interview.date(), interview.outcome(), interview.motivation(), interview.preferredWorkTeam(),
                interview.note(), interview.interviewedBy());
    }

    public int countInterviews(UUID journeyId, String outcome) {
        Integer count = jdbc.queryForObject("select count(*) from suitability_interview where journey_id = ? and outcome = ?",
                Integer.class, journeyId, outcome);
        return count == null ? 0 : count;
    }
}
