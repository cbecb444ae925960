package fi.polku.period;

import fi.polku.journey.Journey;
import fi.polku.journey.JourneyStatus;
import fi.polku.journey.JourneyStatusPart;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The wage-subsidy decision in a journey's status, once it is recorded. */
@Component
class WageSubsidyStatusPart implements JourneyStatusPart<JourneyStatus.WageSubsidy> {

    private final JdbcTemplate jdbc;

    WageSubsidyStatusPart(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Class<JourneyStatus.WageSubsidy> type() {
        return JourneyStatus.WageSubsidy.class;
    }

    @Override
    public JourneyStatus.WageSubsidy read(Journey journey) {
        return jdbc.query("""
                        select decision_number, granted, funding, subsidy_percent, start_date, end_date
                        from wage_subsidy_decision where journey_id = ?""",
                (rs, row) -> new JourneyStatus.WageSubsidy(rs.getString("decision_number"), rs.getBoolean("granted"),
                        rs.getString("funding"), (Integer) rs.getObject("subsidy_percent"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        journey.periodStatus()), journey.id())
                .stream().findFirst().orElse(null);
    }
}
