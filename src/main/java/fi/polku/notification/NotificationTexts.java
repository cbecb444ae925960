package fi.polku.notification;

import fi.polku.language.Language;
import fi.polku.language.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The words of a notification for the people who read it at the recipient (README,
 * "Notifications"): a subject and a text in the target's language (Finnish where the
 * configuration does not say), from the message files' {@code notification.<type>.subject} and
 * {@code .text}, their {@code {placeholders}} filled from the message's own fields, a reason in
 * words ({@code notification.reason.<reason>}) and dates as the language writes them. The fields
 * stay as they are for the recipient's system.
 */
@Component
class NotificationTexts {

    private final Messages messages;
    private final DeliveryTargets targets;

    NotificationTexts(Messages messages, DeliveryTargets targets) {
        this.messages = messages;
        this.targets = targets;
    }

    /** The payload with {@code language} and {@code message: {subject, text}} added. */
    Map<String, Object> withWords(String type, String target, Map<String, ?> payload) {
        return withWords(type, targets.languageOf(target), payload);
    }

    /** The same in a language the caller knows the reader reads. */
    Map<String, Object> withWords(String type, Language language, Map<String, ?> payload) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        payload.forEach((name, value) -> arguments.put(name, words(name, value, language)));
        Map<String, Object> withWords = new LinkedHashMap<>(payload);
        withWords.put("language", language.code());
        withWords.put("message", Map.of(
                "subject", messages.format(language, "notification." + type + ".subject", arguments),
                "text", messages.format(language, "notification." + type + ".text", arguments)));
        return withWords;
    }

    private String words(String name, Object value, Language language) {
        if (value == null) {
            return "—";
        }
        String text = value.toString();
        if (name.equals("reason")) {
            return messages.find(language, "notification.reason." + text).orElse(text);
        }
        try {
            return language.date(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            return text;
        }
    }
}
