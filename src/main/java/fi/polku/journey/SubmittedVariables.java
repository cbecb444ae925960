package fi.polku.journey;

import fi.polku.api.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a form submission (engine REST {@code submit-form} or {@code complete}, Tasklist, the Java
 * API) set, checked against the form before anything is recorded. The variables the submission set
 * are the ones created or changed in this command so far: the engine sets them just before it
 * completes the task (or starts the process). Every one must be a field of the form, and its value
 * of a type a form sends, text without control characters and within the form's length (the
 * engine keeps text variables in 4,000 characters at most). So a submission cannot rewrite the
 * journey's own variables ({@code journeyId}, routing values), and a field the form hides and no
 * listener reads cannot carry a megabyte into the engine's tables.
 */
public final class SubmittedVariables {

    /** The engine's text column for variables. */
    static final int MAX_TEXT = 4000;

    private static final Set<ValueType> FORM_TYPES = Set.of(ValueType.STRING, ValueType.INTEGER, ValueType.LONG,
            ValueType.SHORT, ValueType.DOUBLE, ValueType.BOOLEAN, ValueType.NULL);

    private SubmittedVariables() {
    }

    /** Throws the engine's form-validation exception (400 in engine REST) naming the first variable refused. */
    public static void check(VariableScope scope, FormFields form) {
        Map<String, TypedValue> submitted = new LinkedHashMap<>();
        setInThisCommand().forEach(variable -> submitted.put(variable.getName(), variable.getTypedValue(false)));
        // Transient variables never reach the database, but a listener would read them all the same.
        VariableMap visible = scope.getVariablesTyped(false);
        for (String name : visible.keySet()) {
            TypedValue value = visible.getValueTyped(name);
            if (value != null && value.isTransient()) {
                submitted.put(name, value);
            }
        }
        submitted.forEach((name, value) -> check(form, name, value));
    }

    private static void check(FormFields form, String name, TypedValue value) {
        FormFields.Field field = form.field(name).orElseThrow(() -> FormValues.invalid(
                name.length() > 100 ? name.substring(0, 100) + "…" : name, "is not a field of the form " + form.formKey()));
        ValueType type = value.getType();
        if (type == null || !(FORM_TYPES.contains(type) || "json".equals(type.getName())
                || (ValueType.OBJECT.equals(type) && isList(field)))) {
            throw FormValues.invalid(name, "has a type no field of this form sends ("
                    + (type == null ? "unknown" : type.getName()) + ")");
        }
        if (ValueType.STRING.equals(type) && value.getValue() instanceof String text) {
            int max = field.maxLength() == null ? MAX_TEXT : Math.min(field.maxLength(), MAX_TEXT);
            if (text.length() > max) {
                throw FormValues.invalid(name, "must be at most " + max + " characters");
            }
            if (Text.refused(text)) {
                throw FormValues.invalid(name, Text.MESSAGE);
            }
        }
    }

    private static boolean isList(FormFields.Field field) {
        return "checklist".equals(field.type()) || "taglist".equals(field.type());
    }

    private static List<VariableInstanceEntity> setInThisCommand() {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            return List.of();
        }
        return command.getDbEntityManager().getDbEntityCache().getCachedEntities().stream()
                .filter(cached -> cached.getEntity() instanceof VariableInstanceEntity)
                .filter(SubmittedVariables::createdOrChanged)
                .map(cached -> (VariableInstanceEntity) cached.getEntity())
                .toList();
    }

    private static boolean createdOrChanged(CachedDbEntity cached) {
        return cached.getEntityState() == DbEntityState.TRANSIENT
                || (cached.getEntityState() == DbEntityState.PERSISTENT && cached.isDirty());
    }
}
