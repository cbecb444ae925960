package fi.polku.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The fields of a Camunda Form ({@code forms/<key>.form}, the same files the engine deploys): the
 * variables a submission of the form may carry, with the component type and the form's own
 * maximum length. A group with a {@code path} is one variable (an object) under the path's first
 * part, as the form submits it.
 */
public final class FormFields {

    /**
     * One variable the form submits, with the rules the form gives it: a text's maximum length, a
     * date field ({@code datetime} of subtype {@code date}), a number's range and decimal digits
     * (null: not limited).
     */
    public record Field(String name, String type, Integer maxLength, boolean dateOnly, Double min, Double max,
                        Integer decimalDigits) {

        Field(String name, String type, Integer maxLength) {
            this(name, type, maxLength, false, null, null, null);
        }

        /** A checklist or a tag list: submitted as a list. */
        boolean isList() {
            return "checklist".equals(type) || "taglist".equals(type);
        }

        boolean isNumber() {
            return "number".equals(type);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, FormFields> FORMS = new ConcurrentHashMap<>();

    private final String formKey;
    private final Map<String, Field> fields;

    private FormFields(String formKey, Map<String, Field> fields) {
        this.formKey = formKey;
        this.fields = Collections.unmodifiableMap(fields);
    }

    /** Every form Polku deploys ({@code forms/*.form} on the class path). */
    public static List<FormFields> all() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form");
            return Arrays.stream(resources).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> of(name.substring(0, name.length() - ".form".length()))).toList();
        } catch (IOException e) {
            throw new IllegalStateException("The forms cannot be listed", e);
        }
    }

    /** The form's fields; a form Polku does not have is a deployment error. */
    public static FormFields of(String formKey) {
        return FORMS.computeIfAbsent(formKey, FormFields::load);
    }

    public String formKey() {
        return formKey;
    }

    public Optional<Field> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public Map<String, Field> fields() {
        return fields;
    }

    private static FormFields load(String formKey) {
        try (InputStream in = FormFields.class.getResourceAsStream("/forms/" + formKey + ".form")) {
            if (in == null) {
                throw new IllegalStateException("No form forms/" + formKey + ".form");
            }
            Map<String, Field> fields = new LinkedHashMap<>();
            collect(JSON.readTree(in).path("components"), fields);
            return new FormFields(formKey, fields);
        } catch (IOException e) {
            throw new IllegalStateException("Form " + formKey + " cannot be read", e);
        }
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode component : components) {
            String path = component.path("path").asText("");
            String key = component.path("key").asText("");
            if (!path.isEmpty()) {
                String name = path.split("\\.")[0];
                fields.putIfAbsent(name, new Field(name, "group", null));
            } else if (!key.isEmpty()) {
                String name = key.split("\\.")[0];
                JsonNode validate = component.path("validate");
                JsonNode maxLength = validate.path("maxLength");
                String type = component.path("type").asText();
                Field field = new Field(name, type, maxLength.canConvertToInt() ? maxLength.intValue() : null,
                        "datetime".equals(type) && "date".equals(component.path("subtype").asText()),
                        validate.path("min").isNumber() ? validate.path("min").doubleValue() : null,
                        validate.path("max").isNumber() ? validate.path("max").doubleValue() : null,
                        component.path("decimalDigits").canConvertToInt() ? component.path("decimalDigits").intValue() : null);
                // A key used by two components (conditional variants) keeps the larger limit.
                fields.merge(name, field, (a, b) -> a.maxLength() == null ? a : b.maxLength() == null ? b
                        : a.maxLength() >= b.maxLength() ? a : b);
            } else if (component.has("components")) {
                collect(component.path("components"), fields);
            }
        }
    }
}
