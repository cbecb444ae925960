package fi.polku.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.language.Language;
import fi.polku.language.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names a start form gives its fields, by the path the intake API's validation reports
 * ({@code employer.iban}): a refusal of the form then names the field as the person saw it, in
 * their language ({@code Pankkitili (IBAN)}), beside the path a developer searches for. The label's
 * message key is the one {@code FormTexts} gives it (the field's key, a group's id); English is the
 * form's own text.
 */
final class StartFormFieldNames {

    /** A field's (or a group's) message key and its English label, after its group's ("Employment: Start date"). */
    private record Label(Label group, String messageKey, String english) {
    }

    private final Map<String, Label> byPath = new HashMap<>();
    private final Messages messages;

    private StartFormFieldNames(Messages messages) {
        this.messages = messages;
    }

    /** The form {@code forms/<formId>.form} on the classpath; {@code rootPath} is the submitted variable's group. */
    static StartFormFieldNames of(String formId, String rootPath, Messages messages, ObjectMapper objectMapper) {
        StartFormFieldNames names = new StartFormFieldNames(messages);
        String resource = "forms/" + formId + ".form";
        try (InputStream in = StartFormFieldNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Start form " + resource + " is not on the classpath");
            }
            JsonNode form = objectMapper.readTree(in);
            names.collect(form.path("components"), "", "form." + formId + ".", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The API's paths start below the variable the form submits.
        Map<String, Label> relative = new HashMap<>();
        String prefix = rootPath + ".";
        names.byPath.forEach((path, label) -> {
            if (path.startsWith(prefix)) {
                relative.put(path.substring(prefix.length()), label);
            }
        });
        names.byPath.clear();
        names.byPath.putAll(relative);
        return names;
    }

    private void collect(JsonNode components, String prefix, String keyPrefix, Label group) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                String property = component.path("label").isTextual() ? "label" : "dateLabel";
                String text = component.path(property).asText("");
                if (!text.isBlank()) {
                    byPath.put(prefix + component.get("key").asText(),
                            new Label(group, keyPrefix + component.get("key").asText() + "." + property, text));
                }
            }
            String groupPath = component.path("path").asText("");
            Label inner = group;
            if (!component.path("label").asText("").isBlank() && "group".equals(component.path("type").asText())) {
                inner = new Label(group, keyPrefix + component.path("id").asText() + ".label", component.path("label").asText());
                if (!groupPath.isEmpty()) {
                    byPath.put(prefix + groupPath, inner);
                }
            }
            collect(component.path("components"), groupPath.isEmpty() ? prefix : prefix + groupPath + ".", keyPrefix, inner);
        }
    }

    /** The field's label in the language, or empty for a path the form has no field for. */
    Optional<String> label(String path, Language language) {
        Label label = byPath.get(path);
        if (label == null) {
            return Optional.empty();
        }
        return Optional.of(text(label, language));
    }

    private String text(Label label, Language language) {
        String own = language == Language.EN ? label.english()
                : messages.find(language, label.messageKey()).orElse(label.english());
        return label.group() == null ? own : text(label.group(), language) + ": " + own;
    }
}
