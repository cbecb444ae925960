package fi.polku.api;

import com.fasterxml.jackson.core.JsonProcessingException;
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
                return new FieldError(path(format), "format", "must be a date in the form YYYY-MM-DD");
            }
            return new FieldError(path(format), "type", "must be " + typeName(target));
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return new FieldError(path(mismatch), "type", "must be " + typeName(mismatch.getTargetType()));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new FieldError(path(mapping), "type", "has a value of the wrong type");
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return new FieldError("(body)", "json", "is not well-formed JSON" + where);
    }

    private static String jsonName(Object constant) {
        return constant instanceof fi.polku.participant.PreferredLanguage language ? language.code() : constant.toString();
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
        return "a JSON object";
    }
}
