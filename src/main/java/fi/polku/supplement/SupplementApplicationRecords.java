package fi.polku.supplement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code supplement_application} table. */
@Repository
class SupplementApplicationRecords {

    private static final String COLUMNS = "id, employer_application_id, channel, language, status, business_id, "
            + "employer_name, journey_id, received_at, cancelled_at";

    private final JdbcTemplate jdbc;

    SupplementApplicationRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises transactions on the same employer application id until commit (a repeat waits for the first). */
    void lockEmployerApplicationId(String employerApplicationId) {
        jdbc.query("select pg_advisory_xact_lock(hashtext('supplement-application'), hashtext(?))", rs -> null,
                employerApplicationId);
    }

    Optional<SupplementApplication> findByEmployerApplicationId(String employerApplicationId) {
        return jdbc.query("select " + COLUMNS + " from supplement_application where employer_application_id = ?",
                SupplementApplicationRecords::map, employerApplicationId).stream().findFirst();
    }

    Optional<SupplementApplication> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from supplement_application where id = ?",
                SupplementApplicationRecords::map, id).stream().findFirst();
    }

    /** The application, its row locked until commit: a status change and a decision do not cross. */
    Optional<SupplementApplication> lock(UUID id) {
        return jdbc.query("select " + COLUMNS + " from supplement_application where id = ? for update",
                SupplementApplicationRecords::map, id).stream().findFirst();
    }

    void insert(UUID id, String channel, SupplementApplicationRequest a, String receivedBy) {
        SupplementApplicationRequest.Employer e = a.employer();
        SupplementApplicationRequest.Employee p = a.employee();
        SupplementApplicationRequest.Employment w = a.employment();
        jdbc.update("""
                insert into supplement_application (id, employer_application_id, channel, language, business_id,
                    employer_name, organisation_type, contact_person, contact_email, contact_phone, iban,
                    de_minimis_current_year, de_minimis_previous_year, de_minimis_year_before,
                    employee_first_name, employee_last_name, employee_birth_date, employee_municipality, journey_id,
                    employment_start, employment_end, hours_per_week, monthly_pay_eur, collective_agreement, job_title,
                    pay_subsidised, period_start, period_end, received_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, a.employerApplicationId(), channel, a.language().code(), e.businessId(), e.name().strip(),
                e.organisationType().name(), e.contactPerson().strip(), e.email(), e.phone(), e.iban(),
                a.deMinimis().currentYearEur(), a.deMinimis().previousYearEur(), a.deMinimis().yearBeforeEur(),
                p.firstName().strip(), p.lastName().strip(), p.birthDate(), p.homeMunicipality().strip(), p.journeyId(),
                w.startDate(), w.endDate(), w.hoursPerWeek(), w.monthlyPayEur(), w.collectiveAgreement().strip(),
                w.jobTitle().strip(), w.paySubsidised(), a.period().startDate(), a.period().endDate(), receivedBy);
    }

    void cancel(UUID id) {
        jdbc.update("update supplement_application set status = 'CANCELLED', cancelled_at = now(), updated_at = now()"
                + " where id = ?", id);
    }

    /** The facts the decision tables and the summaries read; personal data, never a process variable. */
    record Facts(UUID id, String employerName, String businessId, OrganisationType organisationType,
                 ApplicantLanguage language, String contactEmail, String iban, java.math.BigDecimal deMinimisTotal,
                 UUID journeyId, String municipality, java.time.LocalDate employmentStart,
                 java.time.LocalDate employmentEnd, java.math.BigDecimal hoursPerWeek,
                 java.math.BigDecimal monthlyPayEur, String jobTitle, boolean paySubsidised,
                 java.time.LocalDate periodStart, java.time.LocalDate periodEnd, OffsetDateTime receivedAt) {
    }

    Facts facts(UUID id) {
        return jdbc.queryForObject("""
                select id, employer_name, business_id, organisation_type, language, contact_email, iban,
                       de_minimis_current_year + de_minimis_previous_year + de_minimis_year_before as de_minimis_total,
                       journey_id, employee_municipality, employment_start, employment_end, hours_per_week,
                       monthly_pay_eur, job_title, pay_subsidised, period_start, period_end, received_at
                from supplement_application where id = ?""", (rs, row) -> new Facts(rs.getObject("id", UUID.class),
                rs.getString("employer_name"), rs.getString("business_id"),
                OrganisationType.valueOf(rs.getString("organisation_type")),
                ApplicantLanguage.ofCode(rs.getString("language")), rs.getString("contact_email"), rs.getString("iban"),
                rs.getBigDecimal("de_minimis_total"), rs.getObject("journey_id", UUID.class),
                rs.getString("employee_municipality"), rs.getObject("employment_start", java.time.LocalDate.class),
                rs.getObject("employment_end", java.time.LocalDate.class), rs.getBigDecimal("hours_per_week"),
                rs.getBigDecimal("monthly_pay_eur"), rs.getString("job_title"), rs.getBoolean("pay_subsidised"),
                rs.getObject("period_start", java.time.LocalDate.class),
                rs.getObject("period_end", java.time.LocalDate.class),
                rs.getObject("received_at", OffsetDateTime.class)), id);
    }

    /** The handling's results so far: what the tables gave, what was prepared and by whom. */
    record Handling(Boolean eligible, String eligibilityReason, Integer supplementPercent, Integer maxMonthlyEur,
                    Integer maxMonths, Integer monthsApplied, java.math.BigDecimal computedMonthlyEur,
                    Integer computedMonths, java.math.BigDecimal computedTotalEur, Boolean deMinimisCapped,
                    String decision, java.math.BigDecimal decisionMonthlyEur, Integer decisionMonths,
                    java.math.BigDecimal decisionTotalEur, String decisionReason, String decisionText,
                    String preparedBy, String approvedBy, String caseNumber) {
    }

    Handling handling(UUID id) {
        return jdbc.queryForObject("""
                select eligible, eligibility_reason, supplement_percent, max_monthly_eur, max_months, months_applied,
                       computed_monthly_eur, computed_months, computed_total_eur, de_minimis_capped, decision,
                       decision_monthly_eur, decision_months, decision_total_eur, decision_reason, decision_text,
                       prepared_by, approved_by, case_number
                from supplement_application where id = ?""", (rs, row) -> new Handling(
                (Boolean) rs.getObject("eligible"), rs.getString("eligibility_reason"),
                (Integer) rs.getObject("supplement_percent", Integer.class), rs.getObject("max_monthly_eur", Integer.class),
                rs.getObject("max_months", Integer.class), rs.getObject("months_applied", Integer.class),
                rs.getBigDecimal("computed_monthly_eur"), rs.getObject("computed_months", Integer.class),
                rs.getBigDecimal("computed_total_eur"), (Boolean) rs.getObject("de_minimis_capped"),
                rs.getString("decision"), rs.getBigDecimal("decision_monthly_eur"),
                rs.getObject("decision_months", Integer.class), rs.getBigDecimal("decision_total_eur"),
                rs.getString("decision_reason"), rs.getString("decision_text"), rs.getString("prepared_by"),
                rs.getString("approved_by"), rs.getString("case_number")), id);
    }

    void setStatus(UUID id, SupplementStatus status) {
        jdbc.update("update supplement_application set status = ?, updated_at = now() where id = ?", status.name(), id);
    }

    void recordEligibility(UUID id, boolean eligible, String reason, Integer percent, Integer maxMonthlyEur,
                           Integer maxMonths) {
        jdbc.update("""
                update supplement_application set eligible = ?, eligibility_reason = ?, supplement_percent = ?,
                    max_monthly_eur = ?, max_months = ?, updated_at = now() where id = ?""",
                eligible, reason, percent, maxMonthlyEur, maxMonths, id);
    }

    void recordAmount(UUID id, int monthsApplied, java.math.BigDecimal monthlyEur, int months,
                      java.math.BigDecimal totalEur, boolean deMinimisCapped) {
        jdbc.update("""
                update supplement_application set months_applied = ?, computed_monthly_eur = ?, computed_months = ?,
                    computed_total_eur = ?, de_minimis_capped = ?, updated_at = now() where id = ?""",
                monthsApplied, monthlyEur, months, totalEur, deMinimisCapped, id);
    }

    void recordCheck(UUID id, String checkedBy) {
        jdbc.update("update supplement_application set checked_by = ?, checked_at = now(), updated_at = now() where id = ?",
                checkedBy, id);
    }

    void requestInformation(UUID id, String question, String requestedBy) {
        jdbc.update("insert into supplement_info_request (application_id, question, requested_by) values (?, ?, ?)",
                id, question, requestedBy);
    }

    /** The open request's question, for the message to the employer. */
    String openQuestion(UUID id) {
        return jdbc.queryForObject("select question from supplement_info_request where application_id = ?"
                + " and answered_at is null order by id desc limit 1", String.class, id);
    }

    void answerInformation(UUID id, String answer, String answeredBy) {
        jdbc.update("""
                update supplement_info_request set answer = ?, answered_by = ?, answered_at = now()
                where id = (select max(id) from supplement_info_request where application_id = ? and answered_at is null)""",
                answer, answeredBy, id);
    }

    void recordPrepared(UUID id, String decision, java.math.BigDecimal monthlyEur, Integer months,
                        java.math.BigDecimal totalEur, String reason, String text, String preparedBy) {
        jdbc.update("""
                update supplement_application set decision = ?, decision_monthly_eur = ?, decision_months = ?,
                    decision_total_eur = ?, decision_reason = ?, decision_text = ?, prepared_by = ?, prepared_at = now(),
                    approved_by = null, approved_at = null, case_number = null, updated_at = now() where id = ?""",
                decision, monthlyEur, months, totalEur, reason, text, preparedBy, id);
    }

    void recordApproval(UUID id, String approvedBy, String caseNumber) {
        jdbc.update("update supplement_application set approved_by = ?, approved_at = now(), case_number = ?,"
                + " updated_at = now() where id = ?", approvedBy, caseNumber, id);
    }

    void recordReturn(UUID id, String note) {
        jdbc.update("update supplement_application set return_note = ?, updated_at = now() where id = ?", note, id);
    }

    /** What an accepted application may still earn: the recomputed total after an early end, else the decided total. */
    java.math.BigDecimal earnableTotal(UUID id) {
        return jdbc.queryForObject("select coalesce(recomputed_total_eur, decision_total_eur) from supplement_application"
                + " where id = ?", java.math.BigDecimal.class, id);
    }

    void recordEmploymentEnded(UUID id, java.time.LocalDate endedOn) {
        jdbc.update("update supplement_application set employment_ended_on = ?, updated_at = now() where id = ?",
                endedOn, id);
    }

    java.time.LocalDate employmentEndedOn(UUID id) {
        return jdbc.queryForObject("select employment_ended_on from supplement_application where id = ?",
                java.time.LocalDate.class, id);
    }

    void recordRecomputedTotal(UUID id, java.math.BigDecimal recomputedTotal) {
        jdbc.update("update supplement_application set recomputed_total_eur = ?, updated_at = now() where id = ?",
                recomputedTotal, id);
    }

    void recordRealisedPay(UUID id, java.math.BigDecimal realisedPay) {
        jdbc.update("update supplement_application set realised_pay_eur = ?, updated_at = now() where id = ?",
                realisedPay, id);
    }

    java.math.BigDecimal realisedPay(UUID id) {
        return jdbc.queryForObject("select realised_pay_eur from supplement_application where id = ?",
                java.math.BigDecimal.class, id);
    }

    /** No answer to the request for information in time: rejected without a handler's decision text. */
    void rejectForNoResponse(UUID id) {
        jdbc.update("""
                update supplement_application set decision = 'REJECT', decision_reason = 'NO_RESPONSE',
                    decision_monthly_eur = null, decision_months = null, decision_total_eur = null, updated_at = now()
                where id = ?""", id);
    }

    void decide(UUID id, SupplementStatus status) {
        jdbc.update("update supplement_application set status = ?, decided_at = now(), updated_at = now() where id = ?",
                status.name(), id);
    }

    private static SupplementApplication map(ResultSet rs, int row) throws SQLException {
        return new SupplementApplication(
                rs.getObject("id", UUID.class),
                rs.getString("employer_application_id"),
                rs.getString("channel"),
                ApplicantLanguage.ofCode(rs.getString("language")),
                SupplementStatus.valueOf(rs.getString("status")),
                rs.getString("business_id"),
                rs.getString("employer_name"),
                rs.getObject("journey_id", UUID.class),
                rs.getObject("received_at", OffsetDateTime.class),
                rs.getObject("cancelled_at", OffsetDateTime.class));
    }
}
