package fi.polku.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.language.FormTexts;
import fi.polku.language.Language;
import fi.polku.language.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The words of a case file in the reader's language: the case file's own labels
 * ({@code casefile.*} in the message files), a form's labels and options (the form's English, or
 * its {@code form.*} translations), and a stored value as a person reads it: yes or no, a date as
 * the language writes it, a code as its word.
 */
@Component
class CaseWords {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final ObjectMapper objectMapper;
    private final Map<String, Map<String, String>> formTexts = new ConcurrentHashMap<>();
    /** A code or a decision table's text → the key of its words, when the field's own key is not known. */
    private final Map<String, String> wordsOfCode = new HashMap<>();

    CaseWords(Messages messages, ObjectMapper objectMapper) {
        this.messages = messages;
        this.objectMapper = objectMapper;
        for (String key : messages.all(Language.EN).keySet()) {
            if (key.startsWith("value.") || key.startsWith("variable.") || key.startsWith("casefile.code.")) {
                String code = key.startsWith("casefile.code.") ? key.substring("casefile.code.".length())
                        : key.substring(key.indexOf('.', key.indexOf('.') + 1) + 1);
                wordsOfCode.putIfAbsent(code, key);
            }
        }
    }

    /** The case file's texts for the tab ({@code casefile.ui.*}), keyed without the prefix. */
    Map<String, String> ui(Language language) {
        Map<String, String> texts = new TreeMap<>();
        messages.all(Language.EN).keySet().stream().filter(key -> key.startsWith("casefile.ui."))
                .forEach(key -> texts.put(key.substring("casefile.ui.".length()), messages.text(language, key)));
        return texts;
    }

    /**
     * A notification's subject as its recipient read it, naming the referral; for a message without
     * a template of its own (the request for more information), the case file's name for it.
     */
    String notificationTitle(Language language, String type, Map<String, ?> arguments) {
        if (messages.find(Language.EN, "notification." + type + ".subject").isPresent()) {
            return messages.format(language, "notification." + type + ".subject", arguments);
        }
        return messages.find(Language.EN, "casefile.notification." + type).isPresent()
                ? text(language, "notification." + type) : type;
    }

    /** A case-file text: {@code casefile.<key>}. */
    String text(Language language, String key) {
        return messages.text(language, "casefile." + key);
    }

    /** A domain table's column as a person reads it ({@code casefile.column.<name>}), else its name. */
    String column(Language language, String column) {
        return messages.find(Language.EN, "casefile.column." + column).isPresent()
                ? text(language, "column." + column) : column;
    }

    /** A text the models carry in English (task, process and group names) and the message files translate. */
    String modelText(Language language, String key, String english) {
        return language == Language.EN ? english : messages.find(language, key).orElse(english);
    }

    /** A form field's label. */
    String fieldLabel(Language language, String formKey, String field) {
        String key = "form." + formKey + "." + field + ".label";
        return modelText(language, key, englishOfForm(formKey).getOrDefault(key, field));
    }

    /** A form field's value: an option's label, yes or no, a date, a list of either; else as written. */
    String fieldValue(Language language, String formKey, String field, Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(item -> fieldValue(language, formKey, field, item)).collect(Collectors.joining(", "));
        }
        String option = "form." + formKey + "." + field + ".option." + value;
        String english = englishOfForm(formKey).get(option);
        if (english != null) {
            return modelText(language, option, english);
        }
        return value(language, field, value);
    }

    /**
     * A stored value: yes or no, a date (a moment: its date and time in Helsinki), a code's or a decision table's text in words
     * ({@code value.<field>.<code>}, {@code variable.<field>.<text>}, or the same code's words under
     * another field, or {@code casefile.code.<code>}), else as written (a person's own text).
     */
    String value(Language language, String field, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return text(language, yes ? "yes" : "no");
        }
        String text = value.toString();
        Optional<LocalDate> date = date(text);
        if (date.isPresent()) {
            return language.date(date.get());
        }
        Optional<ZonedDateTime> time = time(text);
        if (time.isPresent()) {
            return language.date(time.get().toLocalDate()) + " " + time.get().format(HOURS);
        }
        if (value instanceof Number || NUMBER.matcher(text).matches()) {
            // A score or a count is itself: never another field's code (3 is not "ISCED 3").
            return messages.find(language, "value." + field + "." + text).orElse(text);
        }
        return messages.find(language, "value." + field + "." + text)
                .or(() -> messages.find(language, "variable." + field + "." + text))
                .or(() -> Optional.ofNullable(wordsOfCode.get(text)).flatMap(key -> messages.find(language, key)))
                .orElse(text);
    }

    private static Optional<ZonedDateTime> time(String text) {
        if (text.length() < 20 || text.charAt(10) != 'T') {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).atZoneSameInstant(HELSINKI));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        if (text.length() != 10 || text.charAt(4) != '-') {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Map<String, String> englishOfForm(String formKey) {
        return formTexts.computeIfAbsent(formKey, key -> {
            try (InputStream in = CaseWords.class.getResourceAsStream("/forms/" + key + ".form")) {
                if (in == null) {
                    return Map.of();
                }
                JsonNode form = objectMapper.readTree(in);
                return FormTexts.of(form);
            } catch (IOException e) {
                throw new IllegalStateException("Form " + key + " cannot be read", e);
            }
        });
    }
}
