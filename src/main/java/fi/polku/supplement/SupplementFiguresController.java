package fi.polku.supplement;

import fi.polku.api.FieldError;
import fi.polku.api.InvalidRequestException;
import fi.polku.api.PlausibleDate;
import fi.polku.security.ApiCaller;
import fi.polku.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The handlers' figures, per calendar month (Helsinki time): applications received, decided,
 * accepted and rejected, the median days from receipt to decision, euros decided and paid.
 */
@RestController
@RequestMapping(path = "/api/v1/supplement-figures", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "basic")
class SupplementFiguresController {

    static final String PATH = "/api/v1/supplement-figures";

    private final JdbcTemplate jdbc;

    SupplementFiguresController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Schema(description = "The Helsinki supplement in one month")
    record Month(@Schema(example = "2026-11") String month, long received, long decided, long accepted, long rejected,
                 @Schema(description = "Median days from receipt to decision of the month's decisions; null without any")
                 BigDecimal medianDaysToDecision,
                 @Schema(description = "Total of the month's accepted decisions") BigDecimal eurosDecided,
                 @Schema(description = "Instalments in the month's payment files") BigDecimal eurosPaid,
                 @Schema(description = "What each figure counts, so it can be traced: the applications received, "
                         + "decided, accepted and rejected in the month, and the instalments paid (their ids in the "
                         + "payment file)") Trace trace) {
    }

    @Schema(description = "The ids behind a month's figures")
    record Trace(List<UUID> received, List<UUID> decided, List<UUID> accepted, List<UUID> rejected,
                 @Schema(description = "instalment_id of the payment file") List<Long> paidInstalments) {
    }

    record Figures(LocalDate from, LocalDate to, List<Month> months) {
    }

    @Operation(summary = "Supplement figures per month", description = "Supplement handlers and managers. Each month "
            + "from the month of `from` to the month of `to` (at most 60 months), also those with nothing; each "
            + "month's `trace` names the applications and instalments its figures count.")
    @ApiResponse(responseCode = "400", description = "A missing or bad date, or `to` before `from`")
    @GetMapping
    public Figures figures(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           HttpServletRequest request) {
        ApiCaller.of(request).require(Role.SUPPLEMENT_HANDLERS, Role.MANAGERS);
        for (var date : List.of(java.util.Map.entry("from", from), java.util.Map.entry("to", to))) {
            if (!PlausibleDate.Validator.plausible(date.getValue())) {
                throw new InvalidRequestException(new FieldError(date.getKey(), "PlausibleDate",
                        "must be a date from " + PlausibleDate.EARLIEST + " to " + PlausibleDate.LATEST));
            }
        }
        if (to.isBefore(from) || to.isAfter(from.plusMonths(60))) {
            throw new InvalidRequestException(new FieldError("to", "range", "must be from `from` to 60 months after it"));
        }
        List<Month> months = jdbc.query("""
                with month as (
                    select generate_series(date_trunc('month', ?::date), date_trunc('month', ?::date), interval '1 month')::date as m
                ), app as (
                    select id, received_at at time zone 'Europe/Helsinki' as received, decided_at at time zone 'Europe/Helsinki' as decided,
                           status, decision_total_eur
                    from supplement_application
                )
                select to_char(month.m, 'YYYY-MM') as month,
                       (select count(*) from app where date_trunc('month', received)::date = month.m) as received,
                       (select count(*) from app where date_trunc('month', decided)::date = month.m) as decided,
                       (select count(*) from app where date_trunc('month', decided)::date = month.m and status = 'ACCEPTED') as accepted,
                       (select count(*) from app where date_trunc('month', decided)::date = month.m and status = 'REJECTED') as rejected,
                       (select round(percentile_cont(0.5) within group (order by extract(epoch from decided - received) / 86400)::numeric, 1)
                          from app where date_trunc('month', decided)::date = month.m) as median_days,
                       (select coalesce(sum(decision_total_eur), 0) from app
                          where date_trunc('month', decided)::date = month.m and status = 'ACCEPTED') as euros_decided,
                       (select coalesce(sum(amount_eur), 0) from supplement_instalment
                          where date_trunc('month', exported_on)::date = month.m) as euros_paid,
                       array(select id from app where date_trunc('month', received)::date = month.m order by received) as received_ids,
                       array(select id from app where date_trunc('month', decided)::date = month.m order by decided) as decided_ids,
                       array(select id from app where date_trunc('month', decided)::date = month.m and status = 'ACCEPTED'
                             order by decided) as accepted_ids,
                       array(select id from app where date_trunc('month', decided)::date = month.m and status = 'REJECTED'
                             order by decided) as rejected_ids,
                       array(select id from supplement_instalment where date_trunc('month', exported_on)::date = month.m
                             order by exported_on, id) as paid_ids
                from month order by month.m""", (rs, row) -> new Month(rs.getString("month"), rs.getLong("received"),
                rs.getLong("decided"), rs.getLong("accepted"), rs.getLong("rejected"), rs.getBigDecimal("median_days"),
                rs.getBigDecimal("euros_decided"), rs.getBigDecimal("euros_paid"), new Trace(ids(rs, "received_ids"),
                ids(rs, "decided_ids"), ids(rs, "accepted_ids"), ids(rs, "rejected_ids"), instalments(rs, "paid_ids"))), from, to);
        return new Figures(from, to, months);
    }

    private static List<Long> instalments(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(id -> ((Number) id).longValue()).toList();
    }

    private static List<UUID> ids(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray())
                .map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())).toList();
    }
}
