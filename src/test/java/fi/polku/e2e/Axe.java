package fi.polku.e2e;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the script of Deque's axe-core 4.11, from Maven Central) run in the page with the
 * WCAG 2.0 and 2.1 A and AA rules. Every finding is appended to {@code target/e2e/axe-findings.tsv}
 * (page, scope, rule, impact, elements), from which the README's list of Camunda's own findings is
 * taken; {@link #polkuFindings} gives the serious and critical ones inside what Polku controls.
 */
final class Axe {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> BLOCKING = List.of("serious", "critical");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = script();

    /** One rule an element or more break. */
    record Finding(String rule, String impact, String help, List<String> targets) {
        boolean blocking() {
            return BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " " + targets;
        }
    }

    private Axe() {
    }

    private static String script() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The findings in the elements the CSS selector matches (the whole page for null), recorded
     * under the page's name.
     */
    static List<Finding> check(WebDriver driver, String page, String selector) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SCRIPT);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const context = arguments[0] ? {include: [[arguments[0]]]} : document;
                axe.run(context, {runOnly: {type: 'tag', values: arguments[1]}, resultTypes: ['violations']})
                  .then(r => done(JSON.stringify(r.violations.map(v => ({rule: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.map(n => n.target.join(' '))})))))
                  .catch(e => done('ERROR ' + e));""", selector, WCAG_21_AA);
        String text = String.valueOf(result);
        if (text.startsWith("ERROR")) {
            throw new IllegalStateException("axe on " + page + ": " + text);
        }
        try {
            List<Finding> findings = JSON.readValue(text, new TypeReference<List<Finding>>() { });
            record(page, selector == null ? "page" : selector, findings);
            return findings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical findings inside the selector's elements, which Polku makes. */
    static List<Finding> polkuFindings(WebDriver driver, String page, String selector) {
        List<Finding> inPolku = check(driver, page, selector).stream().filter(Finding::blocking).toList();
        // The whole page too, for the README's list of what remains in Camunda's own screens.
        check(driver, page, null);
        return inPolku;
    }

    private static synchronized void record(String page, String scope, List<Finding> findings) {
        try {
            Files.createDirectories(Browser.SCREENSHOTS);
            StringBuilder lines = new StringBuilder();
            for (Finding finding : findings) {
                lines.append(page).append('\t').append(scope).append('\t').append(finding.rule()).append('\t')
                        .append(finding.impact()).append('\t').append(String.join(" | ", finding.targets())).append('\n');
            }
            Files.writeString(Browser.SCREENSHOTS.resolve("axe-findings.tsv"), lines, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
