package fi.polku.reporting;

import fi.polku.journey.JourneyCalendar;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The IPS job-coaching figures of the work-activity journey (journey.md, "Second journey", item 8),
 * computed from its domain tables ({@code vocational_profile}, {@code job_search_meeting},
 * {@code job_start}, {@code in_work_check_in}). Each figure and its detail are computed from the same
 * rows, so the journeys listed are exactly the ones counted. These tables hold personal data and are
 * erased with the participant, so unlike the ESF+ indicators these figures lose an erased client.
 */
@Service
class IpsFigures {

    /** The IPS fidelity rule: an employer contact within 30 days of the vocational profile. */
    static final int CONTACT_WITHIN_DAYS = 30;
    /** The in-work check-in held six months after the job started: the third (one, three, six months). */
    static final int SIX_MONTH_CHECK_IN = 3;

    enum Figure {
        DAYS_TO_FIRST_EMPLOYER_CONTACT("days-to-first-employer-contact",
                "Days from the vocational profile to the first employer contact (median)", "days",
                "the date of the vocational profile"),
        EMPLOYER_CONTACT_WITHIN_30_DAYS("employer-contact-within-30-days",
                "Share with an employer contact within 30 days of the profile", "%",
                "the date of the vocational profile"),
        JOBS_STARTED("jobs-started", "Jobs started", "jobs", "the job's start date"),
        JOBS_STARTED_OPEN_MARKET("jobs-started-open-market", "Jobs started in the open labour market", "jobs",
                "the job's start date"),
        HOURS_PER_WEEK("hours-per-week", "Hours per week in the jobs started (median)", "hours",
                "the job's start date"),
        EMPLOYED_AT_SIX_MONTHS("employed-at-six-months", "Still employed six months after the job started", "%",
                "six months after the job's start date");

        final String id;
        final String label;
        final String unit;
        final String countedBy;

        Figure(String id, String label, String unit, String countedBy) {
            this.id = id;
            this.label = label;
            this.unit = unit;
            this.countedBy = countedBy;
        }

        static Optional<Figure> byId(String id) {
            return Arrays.stream(values()).filter(figure -> figure.id.equals(id)).findFirst();
        }
    }

    @Schema(description = "One IPS figure. value is a median, a share in per cent or a count (unit); counted is the "
            + "number of journeys or jobs in the value (for a share: the numerator), outOf the share's denominator")
    public record IpsFigure(String id, String label, String unit,
                            @Schema(description = "Which date places a journey or job in the period") String countedBy,
                            @Schema(description = "null when nothing was counted") BigDecimal value, long counted,
                            Long outOf) {
    }

    @Schema(description = "The IPS job-coaching figures of the work-activity journeys for a period")
    public record Report(LocalDate from, LocalDate to, List<IpsFigure> figures) {
    }

    @Schema(description = "One journey (or one job of it) behind an IPS figure")
    public record Entry(UUID journeyId,
                        @Schema(description = "The date that places it in the period") LocalDate on,
                        @Schema(description = "Days to the first contact, or hours per week; null when none") Integer value,
                        @Schema(description = "Whether it counts in the figure (for a share: in the numerator)") boolean counts) {
    }

    @Schema(description = "The journeys behind one IPS figure")
    public record Detail(String figure, String label, LocalDate from, LocalDate to, List<UUID> journeyIds,
                         List<Entry> entries) {
    }

    private record Profiled(UUID journeyId, LocalDate profiledOn, LocalDate firstContactOn) {
        Integer days() {
            // A contact the coach dates before the profile was made is a contact from day 0.
            return firstContactOn == null ? null : Math.max(0, (int) (firstContactOn.toEpochDay() - profiledOn.toEpochDay()));
        }

        boolean contactedInTime() {
            return days() != null && days() <= CONTACT_WITHIN_DAYS;
        }

        /** Known once contacted in time or once the 30 days are over (no contact yet is not yet a miss). */
        boolean decided(LocalDate today) {
            return contactedInTime() || !profiledOn.plusDays(CONTACT_WITHIN_DAYS).isAfter(today);
        }
    }

    private record Job(UUID journeyId, LocalDate startedOn, int hoursPerWeek, boolean openMarket) {
    }

    private record SixMonths(UUID journeyId, LocalDate sixMonthsOn, Boolean stillEmployed, Integer hours, boolean ended) {
        /** Known when the six-month check-in was held, or the job ended before it. */
        boolean known() {
            return stillEmployed != null || ended;
        }

        boolean employed() {
            return Boolean.TRUE.equals(stillEmployed);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    IpsFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Report report(LocalDate from, LocalDate to) {
        LocalDate today = JourneyCalendar.today();
        List<Profiled> profiled = profiled(from, to);
        List<Job> jobs = jobs(from, to);
        List<SixMonths> sixMonths = sixMonths(from, to);

        List<Integer> days = profiled.stream().map(Profiled::days).filter(d -> d != null).toList();
        List<Profiled> decided = profiled.stream().filter(p -> p.decided(today)).toList();
        long inTime = decided.stream().filter(Profiled::contactedInTime).count();
        long openMarket = jobs.stream().filter(Job::openMarket).count();
        List<SixMonths> known = sixMonths.stream().filter(SixMonths::known).toList();
        long employed = known.stream().filter(SixMonths::employed).count();

        List<IpsFigure> figures = List.of(
                figure(Figure.DAYS_TO_FIRST_EMPLOYER_CONTACT, median(days), days.size(), null),
                figure(Figure.EMPLOYER_CONTACT_WITHIN_30_DAYS, percent(inTime, decided.size()), inTime, (long) decided.size()),
                figure(Figure.JOBS_STARTED, BigDecimal.valueOf(jobs.size()), jobs.size(), null),
                figure(Figure.JOBS_STARTED_OPEN_MARKET, BigDecimal.valueOf(openMarket), openMarket, (long) jobs.size()),
                figure(Figure.HOURS_PER_WEEK, median(jobs.stream().map(Job::hoursPerWeek).toList()), jobs.size(), null),
                figure(Figure.EMPLOYED_AT_SIX_MONTHS, percent(employed, known.size()), employed, (long) known.size()));
        return new Report(from, to, figures);
    }

    public Detail detail(Figure figure, LocalDate from, LocalDate to) {
        LocalDate today = JourneyCalendar.today();
        List<Entry> entries = switch (figure) {
            case DAYS_TO_FIRST_EMPLOYER_CONTACT -> profiled(from, to).stream().filter(p -> p.days() != null)
                    .map(p -> new Entry(p.journeyId(), p.profiledOn(), p.days(), true)).toList();
            case EMPLOYER_CONTACT_WITHIN_30_DAYS -> profiled(from, to).stream().filter(p -> p.decided(today))
                    .map(p -> new Entry(p.journeyId(), p.profiledOn(), p.days(), p.contactedInTime())).toList();
            case JOBS_STARTED, HOURS_PER_WEEK -> jobs(from, to).stream()
                    .map(j -> new Entry(j.journeyId(), j.startedOn(), j.hoursPerWeek(), true)).toList();
            case JOBS_STARTED_OPEN_MARKET -> jobs(from, to).stream()
                    .map(j -> new Entry(j.journeyId(), j.startedOn(), j.hoursPerWeek(), j.openMarket())).toList();
            case EMPLOYED_AT_SIX_MONTHS -> sixMonths(from, to).stream().filter(SixMonths::known)
                    .map(s -> new Entry(s.journeyId(), s.sixMonthsOn(), s.hours(), s.employed())).toList();
        };
        List<UUID> counted = entries.stream().filter(Entry::counts).map(Entry::journeyId).distinct()
                .sorted(Comparator.comparing(UUID::toString)).toList();
        return new Detail(figure.id, figure.label, from, to, counted, entries);
    }

    private static IpsFigure figure(Figure figure, BigDecimal value, long counted, Long outOf) {
        return new IpsFigure(figure.id, figure.label, figure.unit, figure.countedBy, value, counted, outOf);
    }

    /** Journeys profiled in the period, each with the earliest first employer contact of its meetings. */
    private List<Profiled> profiled(LocalDate from, LocalDate to) {
        return jdbc.query("""
                select p.journey_id, p.profiled_on,
                       (select min(m.first_contact_on) from job_search_meeting m where m.journey_id = p.journey_id) as first_contact_on
                from vocational_profile p where p.profiled_on between :from and :to order by p.profiled_on, p.journey_id""",
                period(from, to), (rs, row) -> new Profiled(rs.getObject("journey_id", UUID.class),
                        rs.getObject("profiled_on", LocalDate.class), rs.getObject("first_contact_on", LocalDate.class)));
    }

    private List<Job> jobs(LocalDate from, LocalDate to) {
        return jdbc.query("""
                select journey_id, started_on, hours_per_week, employment_type from job_start
                where started_on between :from and :to order by started_on, journey_id, id""",
                period(from, to), (rs, row) -> new Job(rs.getObject("journey_id", UUID.class),
                        rs.getObject("started_on", LocalDate.class), rs.getInt("hours_per_week"),
                        "OPEN_MARKET".equals(rs.getString("employment_type"))));
    }

    /** Jobs whose six months were full in the period, with what their six-month check-in said. */
    private List<SixMonths> sixMonths(LocalDate from, LocalDate to) {
        MapSqlParameterSource parameters = period(from, to).addValue("sixMonthCheckIn", SIX_MONTH_CHECK_IN);
        return jdbc.query("""
                select j.journey_id, (j.started_on + interval '6 months')::date as six_months_on, c.still_employed,
                       c.hours_per_week, j.ended_on is not null as ended
                from job_start j
                left join in_work_check_in c on c.job_start_id = j.id and c.check_in_number = :sixMonthCheckIn
                where (j.started_on + interval '6 months')::date between :from and :to
                order by six_months_on, j.journey_id, j.id""",
                parameters, (rs, row) -> new SixMonths(rs.getObject("journey_id", UUID.class),
                        rs.getObject("six_months_on", LocalDate.class), (Boolean) rs.getObject("still_employed"),
                        (Integer) rs.getObject("hours_per_week"), rs.getBoolean("ended")));
    }

    private static MapSqlParameterSource period(LocalDate from, LocalDate to) {
        return new MapSqlParameterSource().addValue("from", from).addValue("to", to);
    }

    /** The middle value, or the mean of the two middle ones; null of nothing. */
    static BigDecimal median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? BigDecimal.valueOf(sorted.get(middle))
                : BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(BigDecimal.valueOf(2));
        return median;
    }

    /** A share in per cent with one decimal; null of nothing. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
