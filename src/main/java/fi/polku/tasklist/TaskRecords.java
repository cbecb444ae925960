package fi.polku.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.engine.EngineUser;
import fi.polku.engine.EveryUserTaskCompleteListener;
import fi.polku.journey.JourneyProcess;
import fi.polku.journey.JourneyTables;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a professional submitted in a task's form, kept for the participant's case file: as every
 * user task of a journey is completed, the values of its form's fields, who completed it and when
 * ({@code task_record}). A built-in listener, so no model needs a line for it and a new form is in
 * the case file the day it is deployed. A task without a form or outside a journey records nothing.
 */
@Component
public class TaskRecords implements JourneyTables, EveryUserTaskCompleteListener {

    public record TaskRecord(String taskKey, String formKey, String taskName, Map<String, Object> fields,
                             String completedBy, OffsetDateTime completedAt) {
    }

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final IdentityService identityService;

    /** Lazy: the engine is built with its listeners, so what they use must not need the engine yet. */
    public TaskRecords(@Lazy JdbcTemplate jdbc, ObjectMapper objectMapper, @Lazy IdentityService identityService) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.identityService = identityService;
    }

    @Override
    public List<String> erasedWithParticipant() {
        return List.of("task_record");
    }

    @Override
    public void notify(DelegateTask task) {
        Object journeyId = task.getVariable(JourneyProcess.JOURNEY_ID);
        UserTask userTask = task.getBpmnModelElementInstance();
        String formKey = userTask == null ? null : userTask.getCamundaFormRef();
        if (journeyId == null || formKey == null) {
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name : FormFields.of(formKey).fields().keySet()) {
            Object value = task.getVariable(name);
            if (value != null) {
                fields.put(name, value instanceof Date date ? date.toInstant().atZone(HELSINKI).toLocalDate().toString() : value);
            }
        }
        String completedBy = EngineUser.current(identityService).map(EngineUser::userId).orElse(null);
        jdbc.update("""
                insert into task_record (journey_id, task_key, form_key, task_name, fields, completed_by)
                select j.id, ?, ?, ?, ?::jsonb, ? from journey j where j.id = ?""", task.getTaskDefinitionKey(), formKey,
                task.getName() == null ? task.getTaskDefinitionKey() : task.getName(), json(fields), completedBy,
                UUID.fromString(journeyId.toString()));
    }

    /** The journey's records, newest first. */
    public List<TaskRecord> of(UUID journeyId) {
        return jdbc.query("""
                select task_key, form_key, task_name, fields::text, completed_by, completed_at from task_record
                where journey_id = ? order by completed_at desc, id desc""", (rs, row) -> new TaskRecord(
                rs.getString("task_key"), rs.getString("form_key"), rs.getString("task_name"), map(rs.getString("fields")),
                rs.getString("completed_by"), rs.getObject("completed_at", OffsetDateTime.class)), journeyId);
    }

    private String json(Map<String, Object> fields) {
        try {
            return objectMapper.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A form's values cannot be written as JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String json) {
        try {
            return objectMapper.readValue(json, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("task_record.fields is not JSON", e);
        }
    }
}
