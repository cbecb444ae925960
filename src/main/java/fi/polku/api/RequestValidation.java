package fi.polku.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns JSON into a request object and checks its Bean Validation rules, naming every broken rule
 * by its JSON path. Used by the API's error handler and by the Tasklist start form, so both intake
 * channels apply and report the same rules.
 */
@Component
public class RequestValidation {

    private final ObjectMapper objectMapper;
    private final Validator validator;

    public RequestValidation(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    /** Reads and validates; throws {@link InvalidRequestException} naming the broken rules. */
    public <T> T read(String json, Class<T> type) {
        T value;
        try {
            value = objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(describe(e));
        }
        if (value == null) {
            // JSON's null is well-formed JSON but no request: refused like an empty body.
            throw new InvalidRequestException(new FieldError("(body)", "required", "must be a JSON object"));
        }
        List<FieldError> errors = validate(value);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return value;
    }

    public List<FieldError> validate(Object value) {
        return validator.validate(value).stream()
                .map(RequestValidation::describe)
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    private static FieldError describe(ConstraintViolation<?> violation) {
        String rule = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new FieldError(violation.getPropertyPath().toString(), rule, violation.getMessage());
    }

    /** Describes why JSON could not be read: which field, and what it should have been. */
    public static FieldError describe(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // Met while reading a nested object, it comes wrapped in the path of the object.
            if (cause instanceof JsonParseException parse && parse.getOriginalMessage() != null
                    && parse.getOriginalMessage().startsWith("Duplicate field")) {
                return new FieldError(path(parse.getProcessor() == null ? null : parse.getProcessor().getParsingContext()),
                        "duplicate-key", "appears more than once");
            }
        }
        if (e instanceof StrictJsonConfiguration.InvalidTextException text) {
            return new FieldError(path(text), Text.RULE, Text.MESSAGE);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(path(unknown), "unknown-field", "is not a field of this request");
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                String allowed = Arrays.stream(target.getEnumConstants()).map(RequestValidation::jsonName)
                        .collect(Collectors.joining(", "));
                return new FieldError(path(format), "enum", "must be one of " + allowed);
            }
            if (target == LocalDate.class) {
                return new FieldError(path(format), "format", DATE_FORMAT);
            }
            return new FieldError(path(format), "type", "must be " + typeName(target));
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            if (mismatch.getTargetType() == LocalDate.class) {
                return new FieldError(path(mismatch), "format", DATE_FORMAT);
            }
            return new FieldError(path(mismatch), "type", "must be " + typeName(mismatch.getTargetType()));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // A problem of the value's JSON text, met while reading this field.
            Throwable cause = mapping.getCause();
            if (cause instanceof InputCoercionException) {
                return new FieldError(path(mapping), "range", "is a number out of range");
            }
            if (cause instanceof StreamConstraintsException) {
                return new FieldError(path(mapping), "limits", LIMITS);
            }
            if (cause instanceof JsonProcessingException) {
                return new FieldError(path(mapping), "json", "is not well-formed JSON text in UTF-8");
            }
            return new FieldError(path(mapping), "type", "has a value of the wrong type");
        }
        if (e instanceof StreamConstraintsException) {
            return new FieldError("(body)", "limits", LIMITS);
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return new FieldError("(body)", "json", "is not well-formed JSON in UTF-8" + where);
    }

    private static final String DATE_FORMAT = "must be a date in the form YYYY-MM-DD";
    private static final String LIMITS = "nests more than 1,000 levels deep, or holds a number or name too long to read";

    /** The dotted path of the field the parser was at, e.g. {@code participant.firstName}, {@code skills[1]}. */
    private static String path(JsonStreamContext context) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.getCurrentName() != null) {
                parts.addFirst(at.getCurrentName());
            } else if (at.inArray()) {
                parts.addFirst("[" + Math.max(0, at.getCurrentIndex()) + "]");
            }
        }
        StringBuilder path = new StringBuilder();
        parts.forEach(part -> path.append(path.isEmpty() || part.startsWith("[") ? "" : ".").append(part));
        return path.isEmpty() ? "(body)" : path.toString();
    }

    private static final ObjectMapper JSON_NAMES = new ObjectMapper();

    private static String jsonName(Object constant) {
        // As the API spells it: an enum's @JsonValue name where it has one (e.g. "fi" for FI).
        return JSON_NAMES.valueToTree(constant).asText();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        return "a JSON object";
    }
}
