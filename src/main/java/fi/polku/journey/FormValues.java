package fi.polku.journey;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads what a Camunda Form submitted and checks it again on the server: the form's own
 * validation is a convenience for the user, not a guarantee (engine REST accepts anything).
 * A broken rule becomes a {@link FormFieldValidationException}: engine REST answers it with 400
 * and the message (Tasklist shows it), the transaction rolls back and the task stays open. It is
 * the engine's own form-validation exception, the one its REST layer maps to 400.
 */
public final class FormValues {

    private final VariableScope scope;

    private FormValues(VariableScope scope) {
        this.scope = scope;
    }

    public static FormValues of(VariableScope scope) {
        return new FormValues(scope);
    }

    public String requiredChoice(String name, Set<String> allowed) {
        String value = optionalText(name, 100);
        if (value == null || !allowed.contains(value)) {
            throw invalid(name, "is required and must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return value;
    }

    public String requiredText(String name, int maxLength) {
        String value = optionalText(name, maxLength);
        if (value == null) {
            throw invalid(name, "is required");
        }
        return value;
    }

    /** The trimmed text, or null when missing or blank. */
    public String optionalText(String name, int maxLength) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > maxLength) {
            throw invalid(name, "must be at most " + maxLength + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    public int requiredInt(String name, int min, int max) {
        Object value = scope.getVariable(name);
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
                || number.intValue() < min || number.intValue() > max) {
            throw invalid(name, "is required and must be a whole number from " + min + " to " + max);
        }
        return number.intValue();
    }

    /**
     * A checklist: at least one of the allowed values. Tasklist submits it as a JSON array (a Spin
     * JSON variable); Java callers may pass a collection.
     */
    public List<String> requiredChoices(String name, Set<String> allowed) {
        Object value = scope.getVariable(name);
        List<String> choices = new ArrayList<>();
        if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(element -> choices.add(element.isString() ? element.stringValue() : element.toString()));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> choices.add(String.valueOf(item)));
        }
        if (choices.isEmpty() || !allowed.containsAll(choices)) {
            throw invalid(name, "needs at least one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return List.copyOf(new LinkedHashSet<>(choices));
    }

    /** A checkbox: true only when ticked. */
    public boolean flag(String name) {
        Object value = scope.getVariable(name);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    public LocalDate requiredDate(String name) {
        String text = requiredText(name, 30);
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date (YYYY-MM-DD)");
        }
    }

    /** Removes a value that was only on its way to the domain database. */
    public void discard(String... names) {
        for (String name : names) {
            scope.removeVariable(name);
        }
    }

    public static FormFieldValidationException invalid(String field, String rule) {
        return new FormFieldValidationException(field, "Field '" + field + "' " + rule);
    }
}
