package fi.polku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps speak the browser's language: Finnish for a Finnish browser, Swedish for a Swedish
 * one, English otherwise. Task and process names come from the models and stay as they are.
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
        // The filters and the model's names are Polku's own, not the webapp's.
        assertThat(finnish).contains("Job coaches: open");

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
}
