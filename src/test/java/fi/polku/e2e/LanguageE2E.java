package fi.polku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.language.Language;
import fi.polku.language.Messages;
import fi.polku.language.PolkuTexts;
import fi.polku.period.WageSubsidyDecision;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps speak the browser's language: Finnish for a Finnish browser, Swedish for a Swedish
 * one, English otherwise: Camunda's screens and Polku's own texts (task, process and filter
 * names, every form, the Journeys page). In Finnish and Swedish no English word is left on any
 * Polku task form, list or page.
 */
class LanguageE2E extends IntegrationTest {

    @LocalServerPort
    int port;

    private String tasklistIn(String language, String screenshot) {
        try (Browser coach = new Browser("http://localhost:" + port, language).login("tasklist", "coach")) {
            coach.visible(By.cssSelector("div.task-filter h4 a"));
            coach.waitUntil(d -> !d.findElements(By.xpath("//*[normalize-space(.)='Käynnistä prosessi' or "
                    + "normalize-space(.)='Start process']")).isEmpty());
            coach.screenshot(screenshot);
            return coach.driver().findElement(By.tagName("body")).getText();
        }
    }

    @Test
    void aFinnishBrowserSeesTasklistInFinnishAndAnEnglishOneInEnglish() {
        freeAllPlaces();
        journeyInAssessment();

        String finnish = tasklistIn("fi-FI", "20-tasklist-in-finnish");
        assertThat(finnish).contains("Käynnistä prosessi", "Pikanäppäimet").doesNotContain("Start process",
                "Keyboard Shortcuts");
        // Polku's own filters and the models' names follow the same language.
        assertThat(finnish).contains("Työvalmentajat: avoimet").doesNotContain("Job coaches: open");

        String english = tasklistIn("en-GB", "21-tasklist-in-english");
        assertThat(english).contains("Start process", "Keyboard Shortcuts").doesNotContain("Käynnistä prosessi");
    }

    @Test
    void cockpitIsFinnishForAFinnishManager() {
        try (Browser manager = new Browser("http://localhost:" + port, "fi-FI").login("cockpit", "manager")) {
            manager.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("Prosessit"));
            manager.screenshot("22-cockpit-in-finnish");
            assertThat(manager.driver().findElement(By.tagName("body")).getText()).contains("Prosessit", "Päätökset");
            // Polku's own Journeys page follows the same language.
            manager.click(By.xpath("//a[normalize-space(.)='Polut']"));
            manager.visible(By.xpath("//h3[normalize-space(.)='Osallistujat vaiheittain nyt']"));
            manager.screenshot("23-cockpit-journeys-in-finnish");
        }
    }

    @Test
    void cockpitAndItsJourneysPageAreSwedishForASwedishManager() {
        try (Browser manager = new Browser("http://localhost:" + port, "sv-FI").login("cockpit", "manager")) {
            manager.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("Processer"));
            assertThat(manager.driver().findElement(By.tagName("body")).getText()).contains("Processer", "Beslut");
            manager.click(By.xpath("//a[normalize-space(.)='Stigar']"));
            manager.visible(By.xpath("//h3[normalize-space(.)='Deltagare per skede nu']"));
            assertThat(manager.driver().findElement(By.cssSelector(".polku-journeys")).getText())
                    .contains("Hänvisning", "Jobbcoacher", "Kölista");
            manager.screenshot("24-cockpit-journeys-in-swedish");
        }
    }

    @Autowired
    Messages messages;
    @Autowired
    WageSubsidyRecords wageSubsidyRecords;

    /** Names that are the same in every language (README, "Languages"). */
    private static final Set<String> NAMES = Set.of("polku", "crear", "kykyviisari", "isced", "ects", "ict", "camunda",
            "helsinki", "aino", "virtanen", "accessible");

    /**
     * Every user task's form as Tasklist shows it, with its list and filters around it, the referral
     * and supplement-application start forms and Cockpit's Journeys page, in a Finnish and a Swedish browser: the page's visible
     * text holds no word that only the English texts use (Polku's and Camunda's English, less the
     * words the language's own texts use too, less names).
     */
    @Test
    void finnishAndSwedishScreensHaveNoEnglishWord() throws Exception {
        freeAllPlaces();
        // What a Finnish referrer writes: the referral's own words are shown as they were sent.
        com.fasterxml.jackson.databind.node.ObjectNode referral = referral();
        ((com.fasterxml.jackson.databind.node.ObjectNode) referral.get("source")).put("organisation", "Ohjaamo Helsinki");
        referral.put("reason", "Suoritti ICT-alan ammatillisen tutkinnon ja haluaa ohjelmistokehittäjäksi.");
        String journeyId = createJourney(referral);
        Task interview = awaitTask(journeyId, "Task_HoldSuitabilityInterview");
        // The period's and the placement's forms show the granted decision.
        java.time.LocalDate today = java.time.LocalDate.now();
        wageSubsidyRecords.saveDecision(java.util.UUID.fromString(journeyId), new WageSubsidyDecision("LANG-1", true,
                WageSubsidyDecision.Funding.PAY_SUBSIDY, 50, today, today.plusMonths(12)), "API", "lead");
        Map<String, Set<String>> english = new TreeMap<>();
        for (String browserLanguage : List.of("fi-FI", "sv-SE")) {
            Language language = Language.fromAcceptLanguage(browserLanguage);
            Set<String> onlyEnglish = onlyEnglishWords(language);
            String base = "http://localhost:" + port;
            try (Browser coach = new Browser(base, browserLanguage).login("tasklist", "coach")) {
                openTask(coach, base, interview);
                coach.screenshot("25-task-form-in-" + language.code());
                collect(english, browserLanguage + " interview with its summary", coach, onlyEnglish);
            }
            try (Browser admin = new Browser(base, browserLanguage).login("tasklist", "admin")) {
                for (String kind : EveryUserTask.kinds()) {
                    Task task = EveryUserTask.start(runtimeService, taskService, kind, journeyId);
                    openTask(admin, base, task);
                    collect(english, browserLanguage + " " + kind, admin, onlyEnglish);
                    runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "language check done");
                }
            }
            for (String[] startForm : new String[][] {{"coordinator", "participant-journey", "referral"},
                    {"socialworker", "work-activity-journey", "work-activity"}, {"handler", "supplement-application", "supplement application"}}) {
                try (Browser starter = new Browser(base, browserLanguage).login("tasklist", startForm[0])) {
                    starter.openStartForm(messages.text(language, "process." + startForm[1]));
                    collect(english, browserLanguage + " " + startForm[2] + " start form", starter, onlyEnglish);
                }
            }
            try (Browser manager = new Browser(base, browserLanguage).login("cockpit", "manager")) {
                manager.driver().get(base + "/camunda/app/cockpit/default/#/journeys");
                manager.visible(By.cssSelector("[data-figure='phase.REFERRAL']"));
                collect(english, browserLanguage + " Journeys page", manager, onlyEnglish);
            }
            try (Browser handler = new Browser(base, browserLanguage).login("cockpit", "handler")) {
                handler.driver().get(base + "/camunda/app/cockpit/default/#/supplements");
                handler.visible(By.cssSelector(".polku-supplements [data-figure]"));
                collect(english, browserLanguage + " Helsinki supplement figures page", handler, onlyEnglish);
            }
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/e2e"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/e2e/english-in-camunda-screens.tsv"),
                englishInCamundaScreens.entrySet().stream().map(e -> e.getKey() + "\t" + String.join(" ", e.getValue())).toList());
        assertThat(english).as("English words in Polku's part of Finnish and Swedish screens").isEmpty();
    }

    private static void openTask(Browser browser, String base, Task task) {
        browser.driver().get(base + "/camunda/app/tasklist/default/#/?task=" + task.getId());
        browser.visible(By.cssSelector(".fjs-form"));
        // The form's texts and its summary's values are there once the task's name is in the header.
        browser.waitUntil(d -> !d.findElement(By.cssSelector(".fjs-container")).getText().isBlank());
    }

    /**
     * Polku's part of a page: filter names, the task list's task and process names and columns, the
     * task's header, the form, the Journeys page. Camunda's own screens around them are theirs to
     * translate: what English they keep goes to {@code target/e2e/english-in-camunda-screens.tsv}.
     */
    private static final String POLKU_PARTS = "div.task-filter h4, .tasks-list h4, .tasks-list h6, .tasks-list dt, "
            + ".task-details .names, .fjs-container, .polku-journeys, .polku-supplements";

    private final Map<String, Set<String>> englishInCamundaScreens = new TreeMap<>();

    private void collect(Map<String, Set<String>> english, String where, Browser browser, Set<String> onlyEnglish) {
        Set<String> found = new TreeSet<>();
        // Tasklist renders the list and filters anew at its own moments: read them again if that happens meanwhile.
        browser.waitUntil(d -> {
            try {
                Set<String> read = new TreeSet<>();
                d.findElements(By.cssSelector(POLKU_PARTS)).forEach(part -> read.addAll(words(part.getText())));
                found.clear();
                found.addAll(read);
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException renderedAgain) {
                return false;
            }
        });
        found.retainAll(onlyEnglish);
        if (!found.isEmpty()) {
            english.put(where, found);
        }
        Set<String> onPage = new TreeSet<>(words(browser.driver().findElement(By.tagName("body")).getText()));
        onPage.retainAll(onlyEnglish);
        onPage.removeAll(found);
        if (!onPage.isEmpty()) {
            englishInCamundaScreens.put(where, onPage);
        }
    }

    /** Words Polku's or Camunda's English uses and the language's own texts do not. */
    private static Set<String> onlyEnglishWords(Language language) throws Exception {
        Set<String> english = new HashSet<>();
        PolkuTexts.english().values().forEach(text -> english.addAll(words(text)));
        english.addAll(words(String.join(" ", List.of("Field is required", "Field must have minimum value of",
                "maximum length", "Value is not a number", "Select", "Search", "Nothing to show", "Increment", "Decrement"))));
        Set<String> own = new HashSet<>();
        PolkuTexts.file(language).values().forEach(text -> own.addAll(words(text)));
        for (String app : List.of("tasklist", "cockpit")) {
            english.addAll(words(String.join(" ", labels(app, "en"))));
            own.addAll(words(String.join(" ", labels(app, language.code()))));
        }
        english.removeAll(own);
        english.removeAll(NAMES);
        return english;
    }

    private static Collection<String> labels(String app, String language) {
        String path = "/META-INF/resources/webjars/camunda/app/" + app + "/locales/" + language + ".json";
        try (InputStream in = LanguageE2E.class.getResourceAsStream(path)) {
            JsonNode labels = new ObjectMapper().readTree(in).path("labels");
            List<String> texts = new java.util.ArrayList<>();
            labels.forEach(label -> texts.add(label.asText()));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 3) {
                words.add(word);
            }
        }
        return words;
    }
}
