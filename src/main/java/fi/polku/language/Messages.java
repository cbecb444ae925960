package fi.polku.language;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Polku's texts in Finnish, Swedish and English: one message file per language
 * ({@code messages/fi.json}, {@code sv.json}, {@code en.json} in the project root, flat JSON, key →
 * text). The models keep their English where Camunda Modeler shows it (form labels, task and
 * process names), so {@code en.json} holds only texts no model carries; Finnish and Swedish hold
 * both. {@code MessagesCoverageTest} names every key missing in a language, every stale key and
 * every placeholder that differs from the English.
 *
 * <p>Keys: {@code form.<form id>.<field key or component id>.<label|description|text|…>},
 * {@code form.<form id>.<field key>.option.<value>}, {@code task.<user task id>},
 * {@code process.<process id>}, {@code filter.…}, {@code value.<field>.<code>} (a code of a
 * task's summary shown as a word), {@code variable.<name>.<text>} (a process variable's text, such
 * as a decision's reason, in the reader's language).
 */
@Component
public class Messages {

    private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);

    public Messages(ObjectMapper objectMapper) {
        for (Language language : Language.values()) {
            texts.put(language, load(objectMapper, language));
        }
    }

    /** The text in the language; empty when the language file lacks the key (the model's English applies). */
    public Optional<String> find(Language language, String key) {
        return Optional.ofNullable(texts.get(language).get(key));
    }

    /** The text in the language, or in English, or else the key itself (which a test prevents). */
    public String text(Language language, String key) {
        return find(language, key).or(() -> find(Language.EN, key)).orElse(key);
    }

    /** {@link #text} with each {@code {name}} replaced by its argument. */
    public String format(Language language, String key, Map<String, ?> arguments) {
        String text = text(language, key);
        for (Map.Entry<String, ?> argument : arguments.entrySet()) {
            text = text.replace("{" + argument.getKey() + "}", String.valueOf(argument.getValue()));
        }
        return text;
    }

    /** Every key and text of a language, for tests and the browser's scripts. */
    public Map<String, String> all(Language language) {
        return texts.get(language);
    }

    static Map<String, String> load(ObjectMapper objectMapper, Language language) {
        String resource = "messages/" + language.code() + ".json";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Message file " + resource + " is not on the classpath");
            }
            return objectMapper.readValue(in, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Message file " + resource + " is not valid JSON", e);
        }
    }
}
