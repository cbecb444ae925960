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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Polku's Finnish locale files against the English ones Camunda ships in the webapp jar: every key
 * has a Finnish value, nothing English is left except the listed technical values, and every
 * placeholder and HTML tag survives. A Camunda upgrade that adds keys fails here, not in front of
 * the staff as blank labels.
 */
class FinnishLocalesTest {

    private static final String APPS = "/META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*\\}\\}");
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(a|b|i|em|strong|span|br|p|code|pre|ul|ol|li|div|small|kbd|h[1-6])\\b[^>]*>");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode read(String path) throws IOException {
        try (InputStream in = FinnishLocalesTest.class.getResourceAsStream(path)) {
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

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishLabelHasAFinnishOneWithItsPlaceholders(String app) throws IOException {
        JsonNode english = read(APPS + app + "/locales/en.json").get("labels");
        JsonNode finnish = read(APPS + app + "/locales/fi.json").get("labels");
        Set<String> allowedSame = new TreeSet<>();
        read("/i18n/fi-same-as-english.json").get(app).forEach(key -> allowedSame.add(key.asText()));

        List<String> missing = new ArrayList<>();
        List<String> stillEnglish = new ArrayList<>();
        List<String> brokenMarkup = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            String en = entry.getValue().asText();
            JsonNode fi = finnish.get(key);
            if (fi == null || !fi.isTextual() || (fi.asText().isBlank() && !en.isBlank())) {
                missing.add(key);
                continue;
            }
            if (fi.asText().equals(en) && !en.isBlank() && !allowedSame.contains(key)) {
                stillEnglish.add(key + "=" + en);
            }
            if (!all(PLACEHOLDER, en).equals(all(PLACEHOLDER, fi.asText()))
                    || !all(HTML_TAG, en).equals(all(HTML_TAG, fi.asText()))) {
                brokenMarkup.add(key);
            }
        }
        assertThat(missing).as(app + ": keys without a Finnish value").isEmpty();
        assertThat(stillEnglish).as(app + ": values left in English").isEmpty();
        assertThat(brokenMarkup).as(app + ": placeholders or HTML tags changed").isEmpty();
        List<String> unknown = new ArrayList<>();
        finnish.fieldNames().forEachRemaining(key -> {
            if (!english.has(key)) {
                unknown.add(key);
            }
        });
        assertThat(unknown).as(app + ": Finnish keys Camunda no longer has").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void datesAreFinnish(String app) throws IOException {
        JsonNode english = read(APPS + app + "/locales/en.json").get("dateLocales");
        JsonNode finnish = read(APPS + app + "/locales/fi.json").get("dateLocales");
        Set<String> englishKeys = new TreeSet<>();
        english.fieldNames().forEachRemaining(englishKeys::add);
        Set<String> finnishKeys = new TreeSet<>();
        finnish.fieldNames().forEachRemaining(finnishKeys::add);
        assertThat(finnishKeys).isEqualTo(englishKeys);
        assertThat(finnish.get("months").get(0).asText()).isEqualTo("tammikuu");
        assertThat(finnish.get("longDateFormat").get("L").asText()).isEqualTo("DD.MM.YYYY");
        assertThat(finnish.get("week").get("dow").asInt()).isOne();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void finnishIsOfferedWithEnglishAsTheFallback(String app) throws IOException {
        try (InputStream in = FinnishLocalesTest.class.getResourceAsStream(APPS + app + "/scripts/config.js")) {
            String config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(config).contains("availableLocales: ['en', 'fi']", "fallbackLocale: 'en'");
        }
    }
}
