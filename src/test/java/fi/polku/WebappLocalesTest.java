package fi.polku;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Polku's locale files for Camunda's webapps (Finnish and Swedish) against the English ones Camunda
 * ships in the webapp jar: every key has a value in each language, nothing English is left except
 * the values listed in {@code i18n/<language>-same-as-english.json}, and every placeholder and HTML
 * tag survives. A Camunda upgrade that adds keys fails here, not in front of the staff as blank
 * labels.
 */
class WebappLocalesTest {

    private static final String APPS = "/META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*\\}\\}");
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(a|b|i|em|strong|span|br|p|code|pre|ul|ol|li|div|small|kbd|h[1-6])\\b[^>]*>");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each language Polku adds, with the name of January its date locale must use. */
    private static final Map<String, String> JANUARY = Map.of("fi", "tammikuu", "sv", "januari");

    private static Stream<Arguments> languagesAndApps(String... apps) {
        return JANUARY.keySet().stream().sorted()
                .flatMap(language -> Stream.of(apps).map(app -> Arguments.of(language, app)));
    }

    static Stream<Arguments> labelFiles() {
        return languagesAndApps("tasklist", "cockpit", "admin", "welcome");
    }

    static Stream<Arguments> dateFiles() {
        return languagesAndApps("tasklist", "cockpit", "admin");
    }

    private static JsonNode read(String path) throws IOException {
        try (InputStream in = WebappLocalesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replaceAll("\\s+", ""));
        }
        found.sort(String::compareTo);
        return found;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("labelFiles")
    void everyEnglishLabelIsTranslatedWithItsPlaceholders(String language, String app) throws IOException {
        JsonNode english = read(APPS + app + "/locales/en.json").get("labels");
        JsonNode translated = read(APPS + app + "/locales/" + language + ".json").get("labels");
        Set<String> allowedSame = new TreeSet<>();
        read("/i18n/" + language + "-same-as-english.json").get(app)
                .forEach(key -> allowedSame.add(key.asText()));

        List<String> missing = new ArrayList<>();
        List<String> stillEnglish = new ArrayList<>();
        List<String> brokenMarkup = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            String en = entry.getValue().asText();
            JsonNode value = translated.get(key);
            if (value == null || !value.isTextual() || (value.asText().isBlank() && !en.isBlank())) {
                missing.add(key);
                continue;
            }
            if (value.asText().equals(en) && !en.isBlank() && !allowedSame.contains(key)) {
                stillEnglish.add(key + "=" + en);
            }
            if (!all(PLACEHOLDER, en).equals(all(PLACEHOLDER, value.asText()))
                    || !all(HTML_TAG, en).equals(all(HTML_TAG, value.asText()))) {
                brokenMarkup.add(key);
            }
        }
        List<String> unknown = new ArrayList<>();
        translated.fieldNames().forEachRemaining(key -> {
            if (!english.has(key)) {
                unknown.add(key);
            }
        });
        String where = language + "/" + app;
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(missing).as(where + ": keys without a value").isEmpty();
            softly.assertThat(stillEnglish).as(where + ": values left in English").isEmpty();
            softly.assertThat(brokenMarkup).as(where + ": placeholders or HTML tags changed").isEmpty();
            softly.assertThat(unknown).as(where + ": keys Camunda no longer has").isEmpty();
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dateFiles")
    void datesAreWrittenTheFinnishWay(String language, String app) throws IOException {
        JsonNode english = read(APPS + app + "/locales/en.json").get("dateLocales");
        JsonNode translated = read(APPS + app + "/locales/" + language + ".json").get("dateLocales");
        Set<String> englishKeys = new TreeSet<>();
        english.fieldNames().forEachRemaining(englishKeys::add);
        Set<String> translatedKeys = new TreeSet<>();
        translated.fieldNames().forEachRemaining(translatedKeys::add);
        assertThat(translatedKeys).isEqualTo(englishKeys);
        assertThat(translated.get("months").get(0).asText()).isEqualTo(JANUARY.get(language));
        assertThat(translated.get("longDateFormat").get("L").asText()).isEqualTo("D.M.YYYY");
        assertThat(translated.get("longDateFormat").get("LT").asText()).isEqualTo("HH.mm");
        assertThat(translated.get("week").get("dow").asInt()).isOne();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void finnishAndSwedishAreOfferedWithEnglishAsTheFallback(String app) throws IOException {
        try (InputStream in = WebappLocalesTest.class.getResourceAsStream(APPS + app + "/scripts/config.js")) {
            String config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(config).contains("availableLocales: ['en', 'fi', 'sv']", "fallbackLocale: 'en'");
        }
    }
}
