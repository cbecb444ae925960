package fi.polku.supplement;

import fi.polku.participant.JourneyErasureHandler;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The employee's personal data in supplement applications, and how long the applications stay.
 * <p>
 * An application is the employer's, and once decided it is the city's record of de minimis aid
 * granted and of payments made: the EU de minimis regulation (2023/2831, art. 6(4)) has the granting
 * state keep such records for ten fiscal years, and the Accounting Act (kirjanpitolaki 2:10 §) keeps
 * payment vouchers for six years after the year's end. So an erasure request for the employee, or
 * the end of the journeys' retention, removes the employee's name, birth date, home municipality and
 * the link to the journey, and leaves the employer, the decision and the payment records; those are
 * deleted {@code polku.supplement.payment-record-years} (10) after the decision or cancellation.
 * Applications without a journey lose the employee's data {@code polku.retention.days} after the
 * decision or cancellation, as journeys do.
 */
@Component
class SupplementErasure implements JourneyErasureHandler {

    private static final Logger log = LoggerFactory.getLogger(SupplementErasure.class);

    private static final String CLEAR_EMPLOYEE = "update supplement_application set employee_first_name = null,"
            + " employee_last_name = null, employee_birth_date = null, employee_municipality = null, journey_id = null,"
            + " updated_at = now()";

    private final JdbcTemplate jdbc;
    private final SupplementProperties properties;
    private final int retentionDays;

    SupplementErasure(JdbcTemplate jdbc, SupplementProperties properties,
                      @org.springframework.beans.factory.annotation.Value("${polku.retention.days:1825}") int retentionDays) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.retentionDays = retentionDays;
    }

    @Override
    public void eraseJourneys(List<UUID> journeyIds) {
        for (UUID journeyId : journeyIds) {
            jdbc.update(CLEAR_EMPLOYEE + " where journey_id = ?", journeyId);
        }
    }

    @Override
    public List<String> clearedTables() {
        return List.of("supplement_application");
    }

    @Scheduled(cron = "${polku.retention.cron:0 30 1 * * *}", zone = "Europe/Helsinki")
    public void run() {
        applyRetention();
    }

    /** Clears the employee's data past retention and deletes applications past the payment records' time. */
    int applyRetention() {
        int cleared = jdbc.update(CLEAR_EMPLOYEE + " where employee_last_name is not null and coalesce(decided_at,"
                + " cancelled_at) < now() - make_interval(days => ?)", retentionDays);
        String expired = "select id from supplement_application where coalesce(decided_at, cancelled_at)"
                + " < now() - make_interval(years => ?)";
        int years = properties.paymentRecordYears();
        jdbc.update("delete from supplement_recovery where application_id in (" + expired + ")", years);
        jdbc.update("delete from supplement_instalment where application_id in (" + expired + ")", years);
        jdbc.update("delete from supplement_info_request where application_id in (" + expired + ")", years);
        int deleted = jdbc.update("delete from supplement_application where id in (" + expired + ")", years);
        if (cleared + deleted > 0) {
            log.info("Supplement retention: employee data cleared from {} applications, {} applications past {} years deleted",
                    cleared, deleted, years);
        }
        return cleared + deleted;
    }
}
