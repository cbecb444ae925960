package fi.polku.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Puts a read-only summary from the domain database on a task, as a task-local JSON variable its
 * Camunda Form shows (<code>{{name.field}}</code>, or a select's options with {@code valuesKey}). The copy goes with the task; list its name in
 * {@code PersonalDataVariables} so it stays out of the history.
 */
@Component
public class TaskSummary {

    private final ObjectMapper objectMapper;

    public TaskSummary(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public void show(DelegateTask task, String name, Object summary) {
        try {
            task.setVariableLocal(name, SpinValues.jsonValue(objectMapper.writeValueAsString(summary)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Summary " + name + " is not serialisable", e);
        }
    }
}
