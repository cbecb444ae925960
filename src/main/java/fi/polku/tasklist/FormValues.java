package fi.polku.tasklist;

import fi.polku.api.PlausibleDate;
import fi.polku.api.Text;
import fi.polku.engine.FormFieldRefusal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads what a Camunda Form submitted and checks it again on the server: the form's own
 * validation is a convenience for the user, not a guarantee (engine REST accepts anything).
 * A broken rule becomes the engine's form-validation exception ({@link FormFieldRefusal}): engine REST answers it with 400
 * and the message (Tasklist shows it), the transaction rolls back and the task stays open. It is
 * the engine's own form-validation exception, the one its REST layer maps to 400. A value of the
 * wrong type is a broken rule too, never a {@code ClassCastException}: text must be a string, a
 * number a whole number, a checkbox true or false, a checklist a list of the options.
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
        Object value = value(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String string)) {
            throw invalid(name, "must be text");
        }
        if (Text.refused(string)) {
            throw invalid(name, Text.MESSAGE);
        }
        String text = string.strip();
        if (text.length() > maxLength) {
            throw invalid(name, "must be at most " + maxLength + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    public int requiredInt(String name, int min, int max) {
        Object value = value(name);
        double number = value instanceof Number n ? n.doubleValue() : Double.NaN;
        // Compared as a double: a long such as 2^32 + 1 is not cut to 1 first.
        if (Double.isNaN(number) || number != Math.rint(number) || number < min || number > max) {
            throw invalid(name, "is required and must be a whole number from " + min + " to " + max);
        }
        return (int) number;
    }

    /** An amount of euros to the cent, from {@code min} to {@code max}. */
    public java.math.BigDecimal requiredAmount(String name, java.math.BigDecimal min, java.math.BigDecimal max) {
        Object value = value(name);
        java.math.BigDecimal amount = value instanceof Number n && Double.isFinite(n.doubleValue())
                ? new java.math.BigDecimal(n.toString()) : null;
        if (amount == null || amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(min) < 0 || amount.compareTo(max) > 0) {
            throw invalid(name, "is required and must be an amount in euros and cents from " + min.toPlainString()
                    + " to " + max.toPlainString());
        }
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /**
     * A checklist: at least one of the allowed values, each at most once. Tasklist submits it as a
     * JSON array (a Spin JSON variable); Java callers may pass a collection.
     */
    public List<String> requiredChoices(String name, Set<String> allowed) {
        Object value = value(name);
        List<String> choices = new ArrayList<>();
        if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(element -> choices.add(element.isString() ? element.stringValue() : element.toString()));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> choices.add(String.valueOf(item)));
        }
        Set<String> unique = new LinkedHashSet<>(choices);
        if (choices.isEmpty() || unique.size() < choices.size() || !allowed.containsAll(unique)) {
            throw invalid(name, "needs at least one of " + String.join(", ", allowed.stream().sorted().toList())
                    + ", each at most once");
        }
        return List.copyOf(unique);
    }

    /** A checkbox: true only when ticked; absent is not ticked. */
    public boolean flag(String name) {
        Object value = value(name);
        if (value == null || Boolean.FALSE.equals(value) || "false".equals(value)) {
            return false;
        }
        if (Boolean.TRUE.equals(value) || "true".equals(value)) {
            return true;
        }
        throw invalid(name, "must be true or false");
    }

    /**
     * A day of the calendar, from 1900 to 2100: YYYY-MM-DD as a date field submits it, or the date
     * of an ISO date-time. Read strictly: 2026-02-31 is refused, never rolled over into March, and
     * nothing may follow the date.
     */
    public LocalDate requiredDate(String name) {
        String text = requiredText(name, 30);
        LocalDate date;
        try {
            date = text.length() > 10 ? DateTimeFormatter.ISO_DATE_TIME.parse(text, LocalDate::from)
                    : LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date (YYYY-MM-DD)");
        }
        if (!PlausibleDate.Validator.plausible(date)) {
            throw invalid(name, "must be a date from " + PlausibleDate.EARLIEST + " to " + PlausibleDate.LATEST);
        }
        return date;
    }

    /** Removes a value that was only on its way to the domain database. */
    public void discard(String... names) {
        for (String name : names) {
            scope.removeVariable(name);
        }
    }

    public static RuntimeException invalid(String field, String rule) {
        return FormFieldRefusal.of(field, "Field '" + field + "' " + rule);
    }

    private static final Set<ValueType> PRIMITIVES = Set.of(ValueType.STRING, ValueType.INTEGER, ValueType.LONG,
            ValueType.SHORT, ValueType.DOUBLE, ValueType.BOOLEAN);

    /**
     * The submitted value, or null: a string, number or boolean as it is, a JSON value or an object
     * deserialized. Any other type, or a value that cannot be read (JSON nested too deeply, an
     * object of a class not allowed), is a broken rule of the field.
     */
    private Object value(String name) {
        TypedValue typed;
        try {
            typed = scope.getVariableTyped(name, false);
        } catch (RuntimeException e) {
            throw invalid(name, "cannot be read");
        }
        if (typed == null || typed.getType() == null || ValueType.NULL.equals(typed.getType())) {
            return typed == null ? null : typed.getValue();
        }
        if (PRIMITIVES.contains(typed.getType())) {
            return typed.getValue();
        }
        if (typed instanceof SerializableValue) {
            try {
                TypedValue deserialized = scope.getVariableTyped(name, true);
                return deserialized == null ? null : deserialized.getValue();
            } catch (RuntimeException e) {
                throw invalid(name, "cannot be read as " + typed.getType().getName());
            }
        }
        throw invalid(name, "has a type no form sends (" + typed.getType().getName() + ")");
    }
}
