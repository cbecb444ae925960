package fi.polku.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.journey.JourneyEventType;
import fi.polku.language.Language;
import fi.polku.security.Role;
import fi.polku.tasklist.TaskRecords;
import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A participant's case file for one journey, as a reader in the given groups may see it: every
 * entry of the parts they may read, newest first, in their language. It reads the journey's rows
 * in the domain database (the referral, events, notifications, the task records, notes) and the
 * engine's history (tasks, decision tables' results); it writes nothing (the access log is the
 * caller's).
 */
@Service
class CaseFile {

    @Schema(description = "A journey's case file: only the parts the reader may see, newest entry first")
    record View(UUID journeyId, UUID participantId, String displayName, String status, String phase,
                List<String> parts, List<Entry> entries) {
    }

    @Schema(description = "One entry: a record, decision, event, notification, task or note")
    record Entry(OffsetDateTime at, String part, String kind, String title, String by, List<Line> lines) {
    }

    record Line(String label, String value) {
    }

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    /** Decisions whose results are support details. */
    private static final Set<String> SUPPORT_DECISIONS = Set.of("support-plan");

    private final JdbcTemplate jdbc;
    private final TaskRecords taskRecords;
    private final CaseNotes notes;
    private final CaseWords words;
    private final HistoryService historyService;
    private final TaskService taskService;
    private final ObjectMapper objectMapper;

    CaseFile(JdbcTemplate jdbc, TaskRecords taskRecords, CaseNotes notes, CaseWords words, HistoryService historyService,
             TaskService taskService, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.taskRecords = taskRecords;
        this.notes = notes;
        this.words = words;
        this.historyService = historyService;
        this.taskService = taskService;
        this.objectMapper = objectMapper;
    }

    Optional<View> of(UUID journeyId, Set<CasePart> parts, Language language) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select j.*, p.first_name || ' ' || p.last_name as display_name from journey j
                join participant p on p.id = j.participant_id where j.id = ?""", journeyId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> journey = rows.get(0);
        List<Entry> entries = new ArrayList<>();
        if (parts.contains(CasePart.REFERRAL)) {
            entries.add(referral(journey, language));
        }
        if (parts.contains(CasePart.REFERRAL) || parts.contains(CasePart.EVENTS)) {
            entries.addAll(events(journeyId, parts, language));
        }
        if (parts.contains(CasePart.RECORDS) || parts.contains(CasePart.SUPPORT)) {
            entries.addAll(records(journeyId, parts, language));
        }
        if (parts.contains(CasePart.DECISIONS)) {
            entries.addAll(journeyDecisions(journey, language));
        }
        if (parts.contains(CasePart.DECISIONS) || parts.contains(CasePart.SUPPORT)) {
            entries.addAll(decisionTables(journeyId, parts, language));
        }
        if (parts.contains(CasePart.NOTIFICATIONS)) {
            entries.addAll(notifications(journeyId, language));
        }
        if (parts.contains(CasePart.TASKS)) {
            entries.addAll(tasks(journeyId, language));
        }
        if (parts.contains(CasePart.SUPPLEMENT)) {
            entries.addAll(supplementApplications(journeyId, language));
        }
        if (parts.contains(CasePart.NOTES)) {
            notes.of(journeyId).forEach(note -> entries.add(new Entry(note.writtenAt(), CasePart.NOTES.code(), "NOTE",
                    words.text(language, "note"), note.writtenBy(), List.of(new Line(words.text(language, "label.text"),
                    note.text())))));
        }
        entries.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return Optional.of(new View(journeyId, (UUID) journey.get("participant_id"), (String) journey.get("display_name"),
                words.value(language, "status", journey.get("status")), words.value(language, "phase", journey.get("phase")),
                parts.stream().map(CasePart::code).toList(), entries));
    }

    private Entry referral(Map<String, Object> journey, Language language) {
        List<Line> lines = new ArrayList<>();
        line(lines, language, "sourceType", words.value(language, "sourceType", journey.get("source_type")));
        line(lines, language, "sourceOrganisation", journey.get("source_organisation"));
        line(lines, language, "referrer", journey.get("referrer_name"));
        line(lines, language, "reason", journey.get("reason"));
        return new Entry(at(journey.get("created_at")), CasePart.REFERRAL.code(), "REFERRAL",
                words.text(language, "referral"), (String) journey.get("registered_by"), lines);
    }

    private List<Entry> events(UUID journeyId, Set<CasePart> parts, Language language) {
        return jdbc.query("select type, data::text, received_by, received_at from journey_event where journey_id = ?",
                (rs, row) -> {
                    String type = rs.getString("type");
                    CasePart part = JourneyEventType.REFERRAL_INFO_PROVIDED.name().equals(type) ? CasePart.REFERRAL
                            : CasePart.EVENTS;
                    if (!parts.contains(part)) {
                        return null;
                    }
                    List<Line> lines = new ArrayList<>();
                    JsonNode data = json(rs.getString("data"));
                    for (Iterator<Map.Entry<String, JsonNode>> fields = data.fields(); fields.hasNext(); ) {
                        Map.Entry<String, JsonNode> field = fields.next();
                        line(lines, language, field.getKey(), words.value(language, field.getKey(),
                                field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString()));
                    }
                    return new Entry(rs.getObject("received_at", OffsetDateTime.class), part.code(), "EVENT",
                            words.text(language, "event." + type), rs.getString("received_by"), lines);
                }, journeyId).stream().filter(entry -> entry != null).toList();
    }

    private List<Entry> records(UUID journeyId, Set<CasePart> parts, Language language) {
        List<Entry> entries = new ArrayList<>();
        for (TaskRecords.TaskRecord record : taskRecords.of(journeyId)) {
            CasePart part = CasePart.ofForm(record.formKey());
            if (!parts.contains(part)) {
                continue;
            }
            List<Line> lines = new ArrayList<>();
            record.fields().forEach((field, value) -> lines.add(new Line(words.fieldLabel(language, record.formKey(), field),
                    words.fieldValue(language, record.formKey(), field, value))));
            entries.add(new Entry(record.completedAt(), part.code(), "RECORD",
                    words.modelText(language, "task." + record.taskKey(), record.taskName()), record.completedBy(), lines));
        }
        return entries;
    }

    /** The referral decision and the journey's outcome (the eligibility is the decision table's entry). */
    private List<Entry> journeyDecisions(Map<String, Object> journey, Language language) {
        List<Entry> entries = new ArrayList<>();
        if (journey.get("decision") != null) {
            entries.add(decision(language, "decision", at(journey.get("updated_at")), journey.get("decision"),
                    journey.get("decision_reason")));
        }
        if (journey.get("outcome") != null) {
            entries.add(decision(language, "outcome", at(journey.get("ended_at") != null ? journey.get("ended_at")
                    : journey.get("updated_at")), journey.get("outcome"), journey.get("outcome_reason")));
        }
        return entries;
    }

    private Entry decision(Language language, String name, OffsetDateTime at, Object value, Object reason) {
        List<Line> lines = new ArrayList<>();
        line(lines, language, name, words.value(language, name, value));
        if (reason != null) {
            line(lines, language, "reason", words.value(language, "eligibilityReason", reason));
        }
        return new Entry(at, CasePart.DECISIONS.code(), "DECISION", words.text(language, "decision." + name), null, lines);
    }

    private List<Entry> decisionTables(UUID journeyId, Set<CasePart> parts, Language language) {
        List<String> instances = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(journeyId.toString()).list().stream().map(HistoricProcessInstance::getId).toList();
        List<HistoricDecisionInstance> decisions = new ArrayList<>();
        instances.forEach(instance -> decisions.addAll(historyService.createHistoricDecisionInstanceQuery()
                .processInstanceId(instance).includeOutputs().list()));
        List<Entry> entries = new ArrayList<>();
        for (HistoricDecisionInstance decision : decisions) {
            CasePart part = SUPPORT_DECISIONS.contains(decision.getDecisionDefinitionKey()) ? CasePart.SUPPORT : CasePart.DECISIONS;
            if (!parts.contains(part)) {
                continue;
            }
            String key = "casefile.decision." + decision.getDecisionDefinitionKey();
            List<Line> lines = new ArrayList<>();
            decision.getOutputs().forEach(output -> lines.add(new Line(
                    words.modelText(language, key + "." + output.getVariableName(), output.getClauseName()),
                    words.value(language, output.getVariableName(), output.getValue()))));
            entries.add(new Entry(at(decision.getEvaluationTime()), part.code(), "DECISION_TABLE",
                    words.modelText(language, key, decision.getDecisionDefinitionName()), null, lines));
        }
        return entries;
    }

    private List<Entry> notifications(UUID journeyId, Language language) {
        return jdbc.query("""
                select type, target, status, attempts, created_at, sent_at, payload ->> 'referralId' as referral_id,
                       payload ->> 'company' as company
                from outbox_message where journey_id = ?""",
                (rs, row) -> {
                    List<Line> lines = new ArrayList<>();
                    line(lines, language, "target", rs.getString("target"));
                    line(lines, language, "deliveryState", words.value(language, "delivery", rs.getString("status")));
                    line(lines, language, "attempts", rs.getInt("attempts"));
                    OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
                    if (sent != null) {
                        line(lines, language, "sentAt", words.value(language, "sentAt",
                                sent.atZoneSameInstant(HELSINKI).toLocalDate().toString()));
                    }
                    return new Entry(rs.getObject("created_at", OffsetDateTime.class), CasePart.NOTIFICATIONS.code(),
                            "NOTIFICATION", words.notificationTitle(language, rs.getString("type"), Map.of("referralId",
                            Objects.toString(rs.getString("referral_id"), ""), "company", Objects.toString(rs.getString("company"), ""))), null, lines);
                }, journeyId);
    }

    /**
     * The supplement applications that name this journey (supplement_application_journey_idx): where
     * each stands, when it was received and decided, and the amount decided, which is the employer's
     * aid. The employee's pay, the bank account and the de minimis sums stay with the handlers.
     */
    static final String SUPPLEMENT_APPLICATIONS = """
            select id, employer_name, status, channel, received_at, decided_at, cancelled_at, decision_total_eur,
                   decision_months, case_number, period_start, period_end
            from supplement_application where journey_id = ? order by received_at""";

    private List<Entry> supplementApplications(UUID journeyId, Language language) {
        return jdbc.query(SUPPLEMENT_APPLICATIONS, (rs, row) -> {
            List<Line> lines = new ArrayList<>();
            line(lines, language, "employer", rs.getString("employer_name"));
            line(lines, language, "supplementStatus", words.value(language, "supplementStatus", rs.getString("status")));
            line(lines, language, "receivedOn", words.value(language, "receivedOn", helsinkiDay(rs.getObject("received_at",
                    OffsetDateTime.class))));
            line(lines, language, "periodApplied", words.value(language, "periodStart", rs.getObject("period_start",
                    java.time.LocalDate.class).toString()) + " – " + words.value(language, "periodEnd",
                    rs.getObject("period_end", java.time.LocalDate.class).toString()));
            OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
            if (decided != null) {
                line(lines, language, "decidedOn", words.value(language, "decidedOn", helsinkiDay(decided)));
            }
            OffsetDateTime cancelled = rs.getObject("cancelled_at", OffsetDateTime.class);
            if (cancelled != null) {
                line(lines, language, "cancelledOn", words.value(language, "cancelledOn", helsinkiDay(cancelled)));
            }
            if (rs.getBigDecimal("decision_total_eur") != null && decided != null) {
                line(lines, language, "amountDecided", rs.getBigDecimal("decision_total_eur").toPlainString() + " €");
            }
            line(lines, language, "caseNumber", rs.getString("case_number"));
            line(lines, language, "applicationId", rs.getString("id"));
            return new Entry(rs.getObject("received_at", OffsetDateTime.class), CasePart.SUPPLEMENT.code(), "SUPPLEMENT",
                    words.text(language, "supplementApplication"), null, lines);
        }, journeyId);
    }

    private static String helsinkiDay(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(HELSINKI).toLocalDate().toString();
    }

    private List<Entry> tasks(UUID journeyId, Language language) {
        String businessKey = journeyId.toString();
        List<Entry> entries = new ArrayList<>();
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(businessKey).list()) {
            List<Line> lines = new ArrayList<>();
            line(lines, language, "taskState", words.text(language, "open"));
            candidateGroup(task).ifPresent(group -> line(lines, language, "group", groupName(language, group)));
            if (task.getAssignee() != null) {
                line(lines, language, "assignee", task.getAssignee());
            }
            if (task.getDueDate() != null) {
                line(lines, language, "due", words.value(language, "due", day(task.getDueDate())));
            }
            entries.add(new Entry(at(task.getCreateTime()), CasePart.TASKS.code(), "OPEN_TASK",
                    words.modelText(language, "task." + task.getTaskDefinitionKey(), task.getName()), null, lines));
        }
        historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey).finished().list().stream()
                .filter(task -> "completed".equals(task.getDeleteReason()))
                .forEach(task -> entries.add(new Entry(at(task.getEndTime()), CasePart.TASKS.code(), "COMPLETED_TASK",
                        words.modelText(language, "task." + task.getTaskDefinitionKey(), task.getName()), task.getAssignee(),
                        List.of(new Line(words.text(language, "label.taskState"), words.text(language, "completed"))))));
        return entries;
    }

    private Optional<String> candidateGroup(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst();
    }

    private String groupName(Language language, String groupId) {
        String english = Arrays.stream(Role.values()).filter(role -> role.groupId().equals(groupId))
                .map(Role::displayName).findFirst().orElse(groupId);
        return words.modelText(language, "group." + groupId, english);
    }

    private void line(List<Line> lines, Language language, String label, Object value) {
        if (value != null) {
            lines.add(new Line(words.text(language, "label." + label), value.toString()));
        }
    }

    private JsonNode json(String text) {
        try {
            return objectMapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journey_event.data is not JSON", e);
        }
    }

    private static String day(Date date) {
        return date.toInstant().atZone(HELSINKI).toLocalDate().toString();
    }

    private static OffsetDateTime at(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        return null;
    }
}
