package fi.polku.placement;

import fi.polku.journey.Journey;
import fi.polku.journey.JourneyStatus;
import fi.polku.journey.JourneyStatusPart;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The trainee placement in a journey's status, once it has begun. */
@Component
class TraineePlacementStatusPart implements JourneyStatusPart<JourneyStatus.TraineePlacement> {

    private final JdbcTemplate jdbc;

    TraineePlacementStatusPart(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Class<JourneyStatus.TraineePlacement> type() {
        return JourneyStatus.TraineePlacement.class;
    }

    /** The latest match with a partner company, and the hiring decision that ended it. */
    @Override
    public JourneyStatus.TraineePlacement read(Journey journey) {
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
}
