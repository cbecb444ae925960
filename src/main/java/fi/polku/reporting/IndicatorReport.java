package fi.polku.reporting;

import fi.polku.journey.JourneyType;
import fi.polku.participant.Gender;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** Counts the programme indicators from the anonymous indicator records, by gender, and lists what is behind each. */
@Service
class IndicatorReport {

    private final NamedParameterJdbcTemplate jdbc;

    public IndicatorReport(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Schema(description = "One indicator: the total and the count per gender")
    public record Figure(String id, String label, @Schema(description = "Which date places a participant in the period")
                         String countedBy, long total, Map<Gender, Long> byGender) {
    }

    @Schema(description = "The programme indicators of a period")
    public record Report(LocalDate from, LocalDate to,
                         @Schema(description = "The journeys counted: PARTICIPANT or WORK_ACTIVITY; both when absent")
                         JourneyType journeyType, List<Figure> indicators) {
    }

    /** Every indicator of the period (both days included), each broken down by gender; of one journey type when given. */
    public Report report(LocalDate from, LocalDate to, JourneyType journeyType) {
        String counts = Arrays.stream(Indicator.values())
                .map(indicator -> "count(*) filter (where " + indicator.where() + ") as \"" + indicator.id() + "\"")
                .collect(Collectors.joining(",\n"));
        String anyDate = Arrays.stream(Indicator.Counted.values())
                .map(counted -> counted.column + " between :from and :to").collect(Collectors.joining(" or "));
        Map<Indicator, Map<Gender, Long>> byIndicator = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            Map<Gender, Long> zeros = new EnumMap<>(Gender.class);
            Arrays.stream(Gender.values()).forEach(gender -> zeros.put(gender, 0L));
            byIndicator.put(indicator, zeros);
        }
        MapSqlParameterSource parameters = period(from, to, journeyType);
        jdbc.query("select gender,\n" + counts + "\nfrom indicator_record where (" + anyDate + ")"
                        + ofType(journeyType) + " group by gender",
                parameters, rs -> {
                    Gender gender = Gender.valueOf(rs.getString("gender"));
                    for (Indicator indicator : Indicator.values()) {
                        byIndicator.get(indicator).put(gender, rs.getLong(indicator.id()));
                    }
                });
        List<Figure> figures = Arrays.stream(Indicator.values()).map(indicator -> {
            Map<Gender, Long> counts1 = byIndicator.get(indicator);
            return new Figure(indicator.id(), indicator.label(), indicator.counted().description(),
                    counts1.values().stream().mapToLong(Long::longValue).sum(), counts1);
        }).toList();
        return new Report(from, to, journeyType, figures);
    }

    @Schema(description = "The journeys one figure counts")
    public record Detail(String indicator, String label, LocalDate from, LocalDate to, Gender gender,
                         JourneyType journeyType, List<UUID> journeyIds) {
    }

    /** The journeys behind one figure (of one gender when given), in a stable order. */
    public Detail detail(Indicator indicator, LocalDate from, LocalDate to, Gender gender, JourneyType journeyType) {
        MapSqlParameterSource parameters = period(from, to, journeyType);
        String sql = "select journey_id from indicator_record where " + indicator.where() + ofType(journeyType);
        if (gender != null) {
            sql += " and gender = :gender";
            parameters.addValue("gender", gender.name());
        }
        List<UUID> ids = jdbc.queryForList(sql + " order by journey_id", parameters, UUID.class);
        return new Detail(indicator.id(), indicator.label(), from, to, gender, journeyType, ids);
    }

    /** The report as CSV: one line per indicator, a column per gender. */
    public static String csv(Report report) {
        StringBuilder csv = new StringBuilder("indicator,label,counted_by,total,"
                + Arrays.stream(Gender.values()).map(g -> g.name().toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.joining(",")) + "\r\n");
        for (Figure figure : report.indicators()) {
            csv.append(figure.id()).append(',').append(quote(figure.label())).append(',')
                    .append(quote(figure.countedBy())).append(',').append(figure.total());
            Arrays.stream(Gender.values()).forEach(gender -> csv.append(',').append(figure.byGender().get(gender)));
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** The detail as CSV: one journey id per line. */
    public static String csv(Detail detail) {
        return "journey_id\r\n" + detail.journeyIds().stream().map(UUID::toString)
                .collect(Collectors.joining("\r\n", "", detail.journeyIds().isEmpty() ? "" : "\r\n"));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static MapSqlParameterSource period(LocalDate from, LocalDate to, JourneyType journeyType) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("from", from);
        values.put("to", to);
        values.put("journeyType", journeyType == null ? null : journeyType.name());
        return new MapSqlParameterSource(values);
    }

    private static String ofType(JourneyType journeyType) {
        return journeyType == null ? "" : " and journey_type = :journeyType";
    }
}
