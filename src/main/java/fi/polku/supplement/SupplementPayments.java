package fi.polku.supplement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The supplement's payments: instalments (each lands in exactly one payment file and is never
 * changed afterwards; the database refuses it) and recoveries of overpayments.
 */
@Repository
class SupplementPayments {

    private final JdbcTemplate jdbc;

    SupplementPayments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Half of the total, to the cent (the first instalment); the second is the rest. */
    static BigDecimal firstHalf(BigDecimal total) {
        return total.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
    }

    /** Adds the next instalment of the application; nothing for an amount of zero. */
    void addInstalment(UUID applicationId, BigDecimal amount, String iban, LocalDate dueOn) {
        if (amount.signum() <= 0) {
            return;
        }
        jdbc.update("""
                insert into supplement_instalment (application_id, number, amount_eur, iban, due_on)
                values (?, (select coalesce(max(number), 0) + 1 from supplement_instalment where application_id = ?), ?, ?, ?)""",
                applicationId, applicationId, amount, iban, dueOn);
    }

    /** Everything put in the payment files for the application so far (paid or about to be). */
    BigDecimal paid(UUID applicationId) {
        return jdbc.queryForObject("select coalesce(sum(amount_eur), 0) from supplement_instalment where application_id = ?",
                BigDecimal.class, applicationId);
    }

    void recordRecovery(UUID applicationId, LocalDate endedOn, BigDecimal recomputedTotal, BigDecimal paid,
                        String recordedBy) {
        jdbc.update("""
                insert into supplement_recovery (application_id, employment_ended_on, recomputed_total_eur, paid_eur,
                                                 amount_eur, recorded_by)
                values (?, ?, ?, ?, ?, ?)""", applicationId, endedOn, recomputedTotal, paid,
                paid.subtract(recomputedTotal), recordedBy);
    }

    /** One row of the payment file. */
    record ExportRow(long instalmentId, UUID applicationId, int number, String caseNumber, String businessId,
                     String employerName, String iban, BigDecimal amountEur, LocalDate dueOn, LocalDate exportedOn) {
    }

    /**
     * The payment file of the day: first every instalment due by then that is in no file yet is put
     * in this one, then the file's rows are read. Serialised by a lock, so two calls at once, or
     * one after the other, give the same file and no instalment lands in two.
     */
    List<ExportRow> export(LocalDate date) {
        jdbc.query("select pg_advisory_xact_lock(hashtext('supplement-payment-export'))", rs -> null);
        jdbc.update("update supplement_instalment set exported_on = ? where exported_on is null and due_on <= ?", date, date);
        return jdbc.query("""
                select i.id, i.application_id, i.number, a.case_number, a.business_id, a.employer_name, i.iban,
                       i.amount_eur, i.due_on, i.exported_on
                from supplement_instalment i join supplement_application a on a.id = i.application_id
                where i.exported_on = ? order by i.id""", (rs, row) -> new ExportRow(rs.getLong("id"),
                rs.getObject("application_id", UUID.class), rs.getInt("number"), rs.getString("case_number"),
                rs.getString("business_id"), rs.getString("employer_name"), rs.getString("iban"),
                rs.getBigDecimal("amount_eur"), rs.getObject("due_on", LocalDate.class),
                rs.getObject("exported_on", LocalDate.class)), date);
    }
}
