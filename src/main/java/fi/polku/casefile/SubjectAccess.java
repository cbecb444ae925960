package fi.polku.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.journey.AccessLog;
import fi.polku.language.Language;
import fi.polku.participant.ParticipantErasure;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Everything Polku holds about a participant (GDPR Art. 15): the participant and consent rows,
 * each journey's row and every row of every module's journey tables (the same list erasure uses,
 * so a new module's tables are in the export the day they exist), each journey's whole case file
 * in the chosen language, and who has viewed the participant's data. As JSON, and as a printable
 * document.
 */
@Service
class SubjectAccess {

    record Export(OffsetDateTime producedAt, String language, Map<String, Object> participant, Map<String, Object> consent,
                  List<JourneyExport> journeys, List<AccessLog.Entry> accessLog) {
    }

    record JourneyExport(Map<String, Object> journey, Map<String, List<Map<String, Object>>> rows, CaseFile.View caseFile) {
    }

    private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() { };
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final JdbcTemplate jdbc;
    private final ParticipantErasure erasure;
    private final CaseFile caseFile;
    private final AccessLog accessLog;
    private final CaseWords words;
    private final ObjectMapper objectMapper;

    SubjectAccess(JdbcTemplate jdbc, ParticipantErasure erasure, CaseFile caseFile, AccessLog accessLog, CaseWords words,
                  ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.erasure = erasure;
        this.caseFile = caseFile;
        this.accessLog = accessLog;
        this.words = words;
        this.objectMapper = objectMapper;
    }

    Export of(UUID participantId, Language language) {
        List<JourneyExport> journeys = new ArrayList<>();
        for (Map<String, Object> journey : rows("select * from journey t where participant_id = ? order by created_at",
                participantId)) {
            UUID journeyId = UUID.fromString(journey.get("id").toString());
            Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
            Stream.concat(erasure.journeyTables().stream(), erasure.anonymousTables().stream())
                    .filter(table -> !table.equals("journey") && !table.equals("access_log")).distinct()
                    .forEach(table -> rows.put(table, rows("select * from " + table + " t where journey_id = ?", journeyId)));
            journeys.add(new JourneyExport(journey, rows,
                    caseFile.of(journeyId, EnumSet.allOf(CasePart.class), language).orElse(null)));
        }
        return new Export(OffsetDateTime.now(), language.code(),
                first(rows("select * from participant t where id = ?", participantId)),
                first(rows("select * from consent t where participant_id = ?", participantId)), journeys,
                accessLog.ofParticipant(participantId));
    }

    /** The export as a document to print or save as PDF from the browser; every value escaped. */
    String html(Export export, Language language) {
        StringBuilder html = new StringBuilder();
        String title = words.text(language, "export.title");
        html.append("<!DOCTYPE html><html lang=\"").append(language.code()).append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto;"
                        + "line-height:1.4}table{border-collapse:collapse;width:100%;margin-bottom:1em}th,td{border:1px solid "
                        + "#999;padding:.25em .5em;text-align:left;vertical-align:top}th{width:30%}</style></head><body>");
        html.append("<h1>").append(escape(title)).append("</h1><p>")
                .append(escape(words.text(language, "export.producedAt"))).append(": ")
                .append(escape(time(export.producedAt()))).append("</p>");
        html.append("<h2>").append(escape(words.text(language, "export.participant"))).append("</h2>");
        table(html, export.participant(), language);
        if (export.consent() != null) {
            html.append("<h2>").append(escape(words.text(language, "export.consent"))).append("</h2>");
            table(html, export.consent(), language);
        }
        for (JourneyExport journey : export.journeys()) {
            html.append("<h2>").append(escape(words.text(language, "export.journey"))).append(' ')
                    .append(escape(String.valueOf(journey.journey().get("id")))).append("</h2>");
            table(html, journey.journey(), language);
            if (journey.caseFile() != null) {
                for (CaseFile.Entry entry : journey.caseFile().entries()) {
                    html.append("<h3>").append(escape(entry.title())).append(" — ").append(escape(time(entry.at())));
                    if (entry.by() != null) {
                        html.append(" — ").append(escape(entry.by()));
                    }
                    html.append("</h3><table>");
                    entry.lines().forEach(line -> html.append("<tr><th>").append(escape(line.label())).append("</th><td>")
                            .append(escape(line.value())).append("</td></tr>"));
                    html.append("</table>");
                }
            }
        }
        html.append("<h2>").append(escape(words.text(language, "export.accessLog"))).append("</h2><table><tr><th>")
                .append(escape(words.text(language, "export.viewedAt"))).append("</th><td><b>")
                .append(escape(words.text(language, "export.viewedBy"))).append("</b> · ")
                .append(escape(words.text(language, "export.parts"))).append("</td></tr>");
        export.accessLog().forEach(entry -> html.append("<tr><th>").append(escape(time(entry.viewedAt()))).append("</th><td>")
                .append(escape(entry.viewedBy())).append(" · ").append(escape(entry.part())).append(" · ")
                .append(escape(entry.endpoint())).append("</td></tr>"));
        return html.append("</table></body></html>").toString();
    }

    /** A row as label and value lines: the column's name and the value in words where the case file has them. */
    private void table(StringBuilder html, Map<String, Object> row, Language language) {
        html.append("<table>");
        if (row != null) {
            row.forEach((column, value) -> html.append("<tr><th>").append(escape(words.column(language, column)))
                    .append("</th><td>").append(escape(words.value(language, column, value))).append("</td></tr>"));
        }
        html.append("</table>");
    }

    private List<Map<String, Object>> rows(String sql, UUID id) {
        String json = jdbc.queryForObject("select coalesce(json_agg(r), '[]')::text from (" + sql + ") r", String.class, id);
        try {
            return objectMapper.readValue(json, ROWS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL's json_agg answered something that is not JSON", e);
        }
    }

    private static Map<String, Object> first(List<Map<String, Object>> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static String time(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(HELSINKI).format(TIME);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
