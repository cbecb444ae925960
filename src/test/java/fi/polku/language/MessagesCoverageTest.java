package fi.polku.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.participant.FinnishLevel;
import fi.polku.participant.IctBackground;
import fi.polku.participant.LabourMarketStatus;
import fi.polku.participant.PreferredLanguage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every text a person reads exists in Finnish, Swedish and English (README, "Languages"): each
 * form text, option, user task, process and filter (their English is where they are defined: the
 * forms, the models, {@code TasklistFilterSetup}) and each other message ({@code messages/en.json})
 * has a non-empty text in {@code fi.json} and {@code sv.json}; neither holds a key nothing uses; a
 * translation keeps the English's placeholders ({@code {{…}}}, {@code {name}}) and table shape.
 * The failure names every key to add or remove.
 */
class MessagesCoverageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\{[A-Za-z]+}");

    @Test
    void finnishAndSwedishHaveEveryTextAndNoStaleOne() throws Exception {
        Map<String, String> english = PolkuTexts.english();
        for (Language language : List.of(Language.FI, Language.SV)) {
            Map<String, String> translated = PolkuTexts.file(language);
            Set<String> missing = new TreeSet<>(english.keySet());
            missing.removeAll(translated.keySet());
            Set<String> stale = new TreeSet<>(translated.keySet());
            stale.removeAll(english.keySet());
            assertThat(missing).as("keys to add to messages/%s.json", language.code()).isEmpty();
            assertThat(stale).as("keys in messages/%s.json that nothing uses", language.code()).isEmpty();
            List<String> problems = new ArrayList<>();
            translated.forEach((key, text) -> {
                if (text == null || text.isBlank()) {
                    problems.add(key + ": empty");
                } else if (!placeholders(text).equals(placeholders(english.get(key)))) {
                    problems.add(key + ": placeholders " + placeholders(text) + ", the English has " + placeholders(english.get(key)));
                } else if (count(text, '|') != count(english.get(key), '|') || count(text, '\n') != count(english.get(key), '\n')) {
                    problems.add(key + ": table cells or lines differ from the English");
                }
            });
            assertThat(problems).as("texts of messages/%s.json", language.code()).isEmpty();
        }
    }

    @Test
    void englishHoldsOnlyWhatNoModelCarries() throws Exception {
        Map<String, String> models = PolkuTexts.models();
        Set<String> duplicated = new TreeSet<>(PolkuTexts.file(Language.EN).keySet());
        duplicated.retainAll(models.keySet());
        assertThat(duplicated).as("English texts the models already carry (edit the model instead)").isEmpty();
        assertThat(PolkuTexts.file(Language.EN).values()).allSatisfy(text -> assertThat(text).isNotBlank());
    }

    @Test
    void everyStoredCodeOfASummaryHasItsWords() throws Exception {
        Set<String> english = PolkuTexts.file(Language.EN).keySet();
        List<String> expected = new ArrayList<>();
        Stream.of(IctBackground.values()).forEach(code -> expected.add("value.ict_background." + code));
        Stream.of(LabourMarketStatus.values()).forEach(code -> expected.add("value.labour_market_status." + code));
        Stream.of(FinnishLevel.values()).forEach(code -> expected.add("value.finnish_level." + code));
        Stream.of(PreferredLanguage.values()).forEach(code -> expected.add("value.preferred_language." + code.code()));
        for (int isced = 0; isced <= 8; isced++) {
            expected.add("value.education_level." + isced);
        }
        for (String decision : List.of("referral-eligibility.dmn", "work-activity-eligibility.dmn")) {
            for (String reason : decisionOutputs(decision, "reason")) {
                expected.add("variable.eligibilityReason." + reason);
            }
        }
        for (String course : decisionOutputs("course-level.dmn", "courseCode")) {
            expected.add("value.course." + course);
        }
        assertThat(english).containsAll(expected);
    }

    /** Each notification the models send has its subject and text, and each reason its words. */
    @Test
    void everyNotificationAndReasonHasItsWords() throws Exception {
        Set<String> english = PolkuTexts.file(Language.EN).keySet();
        List<String> expected = new ArrayList<>();
        for (Path model : PolkuTexts.files(Path.of("processes"), ".bpmn")) {
            NodeList parameters = PolkuTexts.xml(model).getElementsByTagNameNS("*", "inputParameter");
            for (int i = 0; i < parameters.getLength(); i++) {
                Element parameter = (Element) parameters.item(i);
                if (parameter.getAttribute("name").equals("notification")) {
                    expected.add("notification." + parameter.getTextContent().trim() + ".subject");
                    expected.add("notification." + parameter.getTextContent().trim() + ".text");
                }
            }
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(20);
        Set<String> reasons = new TreeSet<>(decisionOutputs("referral-eligibility.dmn", "reason"));
        reasons.addAll(decisionOutputs("work-activity-eligibility.dmn", "reason"));
        reasons.removeIf(reason -> reason.startsWith("Meets") || reason.startsWith("Helsinki resident of 18"));
        for (Path form : PolkuTexts.files(Path.of("forms"), ".form")) {
            collectOptions(JSON.readTree(form.toFile()).path("components"),
                    Set.of("declineReason", "referralService", "outcomeOnLeaving"), reasons);
        }
        reasons.addAll(List.of("PARTICIPANT_WITHDREW", "MOVED_AWAY", "OTHER")); // JourneyWithdrawnHandler.Reason
        reasons.forEach(reason -> expected.add("notification.reason." + reason));
        assertThat(english).containsAll(expected);
    }

    private static void collectOptions(JsonNode components, Set<String> keys, Set<String> values) {
        for (JsonNode component : components) {
            if (keys.contains(component.path("key").asText())) {
                component.path("values").forEach(option -> values.add(option.path("value").asText()));
            }
            collectOptions(component.path("components"), keys, values);
        }
    }

    /** A translated process variable is never one a form field edits, so Tasklist never sends the words back. */
    @Test
    void noFormFieldIsBoundToATranslatedVariable() throws Exception {
        Set<String> fieldKeys = new HashSet<>();
        for (Path form : PolkuTexts.files(Path.of("forms"), ".form")) {
            collectKeys(JSON.readTree(form.toFile()).path("components"), fieldKeys);
        }
        Set<String> translatedVariables = new TreeSet<>();
        PolkuTexts.file(Language.EN).keySet().stream().filter(key -> key.startsWith("variable."))
                .forEach(key -> translatedVariables.add(key.split("\\.")[1]));
        translatedVariables.retainAll(fieldKeys);
        assertThat(translatedVariables).isEmpty();
    }

    @Test
    void userTaskIdsAreUniqueAcrossModels() throws Exception {
        List<String> ids = new ArrayList<>();
        for (Path model : PolkuTexts.files(Path.of("processes"), ".bpmn")) {
            NodeList tasks = PolkuTexts.xml(model).getElementsByTagNameNS("*", "userTask");
            for (int i = 0; i < tasks.getLength(); i++) {
                ids.add(((Element) tasks.item(i)).getAttribute("id"));
            }
        }
        assertThat(ids).doesNotHaveDuplicates();
    }

    private static List<String> decisionOutputs(String dmn, String output) throws Exception {
        Element decisionModel = PolkuTexts.xml(Path.of("processes", dmn)).getDocumentElement();
        NodeList outputs = decisionModel.getElementsByTagNameNS("*", "output");
        int column = -1;
        for (int i = 0; i < outputs.getLength(); i++) {
            if (output.equals(((Element) outputs.item(i)).getAttribute("name"))) {
                column = i;
            }
        }
        assertThat(column).as("output %s of %s", output, dmn).isNotNegative();
        List<String> values = new ArrayList<>();
        NodeList rules = decisionModel.getElementsByTagNameNS("*", "rule");
        for (int r = 0; r < rules.getLength(); r++) {
            Element entry = (Element) ((Element) rules.item(r)).getElementsByTagNameNS("*", "outputEntry").item(column);
            String text = entry.getTextContent().trim();
            values.add(text.substring(1, text.length() - 1)); // a FEEL string literal
        }
        return values.stream().distinct().toList();
    }

    private static void collectKeys(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            collectKeys(component.path("components"), keys);
        }
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found.stream().sorted().toList();
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
