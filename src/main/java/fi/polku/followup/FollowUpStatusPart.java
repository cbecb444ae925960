package fi.polku.followup;

import fi.polku.journey.Journey;
import fi.polku.journey.JourneyStatus;
import fi.polku.journey.JourneyStatusPart;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The exit review and the follow-ups in a journey's status, once the participant has left. */
@Component
class FollowUpStatusPart implements JourneyStatusPart<JourneyStatus.FollowUp> {

    private final JdbcTemplate jdbc;

    FollowUpStatusPart(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Class<JourneyStatus.FollowUp> type() {
        return JourneyStatus.FollowUp.class;
    }

    /** The exit review and the situation found at each follow-up (the attempt that settled it). */
    @Override
    public JourneyStatus.FollowUp read(Journey journey) {
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
}
