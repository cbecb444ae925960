package fi.polku.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The texts a person reads in a Camunda Form (form-js schema), each under its message key:
 * {@code form.<form id>.<name>.<property>} for a component's label, description, text, placeholder
 * and date or time label, and {@code form.<form id>.<name>.option.<value>} for each option, where
 * {@code <name>} is the field's key or, for a component without one (a text block, a group), its
 * id. Both ids and keys are stable in Camunda Modeler, and a text written as an expression
 * ({@code =…}) is the form's logic, not a text.
 */
public final class FormTexts {

    static final List<String> PROPERTIES = List.of("label", "description", "text", "placeholder", "dateLabel", "timeLabel");

    private FormTexts() {
    }

    /** Every text of the form and its key, in the form's order; the form's own language (English). */
    public static Map<String, String> of(JsonNode form) {
        Map<String, String> texts = new LinkedHashMap<>();
        rewrite(form, (key, text) -> {
            texts.put(key, text);
            return text;
        });
        return texts;
    }

    /** Replaces every text of the form (in place) by what {@code replacement} answers for its key and current text. */
    public static void rewrite(JsonNode form, BiFunction<String, String, String> replacement) {
        String prefix = "form." + form.path("id").asText() + ".";
        rewriteComponents(form.path("components"), prefix, replacement);
    }

    private static void rewriteComponents(JsonNode components, String prefix, BiFunction<String, String, String> replacement) {
        for (JsonNode component : components) {
            if (!(component instanceof ObjectNode object)) {
                continue;
            }
            String name = object.hasNonNull("key") ? object.get("key").asText() : object.path("id").asText();
            for (String property : PROPERTIES) {
                JsonNode text = object.get(property);
                if (text != null && text.isTextual() && !text.asText().isBlank() && !text.asText().startsWith("=")) {
                    object.put(property, replacement.apply(prefix + name + "." + property, text.asText()));
                }
            }
            for (JsonNode option : object.path("values")) {
                if (option instanceof ObjectNode value && value.path("label").isTextual()) {
                    value.put("label", replacement.apply(prefix + name + ".option." + value.path("value").asText(),
                            value.get("label").asText()));
                }
            }
            rewriteComponents(object.path("components"), prefix, replacement);
        }
    }
}
