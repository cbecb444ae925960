package fi.polku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The first look a manager gets of a fresh demo start: every diagram in Cockpit with journeys
 * standing in it (the screenshots are the README's, and show whether any label runs over a flow or
 * a shape), and the Journeys page with participants in every phase and phase averages that are not
 * zero, with no failed request. The demo seeding moves the engine's clock, so this runs in a JVM of
 * its own (failsafe execution "e2e-demo"), on a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "polku.db.embedded.data-directory=target/test-postgres-demo-e2e",
        "polku.test.webhook-url=http://127.0.0.1:9"})
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class DemoFirstLookE2E {

    private static final List<String> PROCESSES = List.of("participant-journey", "referral", "initial-assessment",
            "wage-subsidy-period", "trainee-placement", "follow-up");

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    @Test
    void aManagerSeesJourneysInEveryPhaseAtFirstStart() {
        String base = "http://localhost:" + port;
        List<String> failed = new ArrayList<>();
        try (Browser manager = new Browser(base).login("cockpit", "manager")) {
            int shot = 50;
            for (String key : PROCESSES) {
                String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                        .latestVersion().singleResult().getId();
                manager.driver().get(base + "/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
                manager.visible(By.cssSelector(".djs-container svg"));
                // The instance counts on the diagram come last.
                manager.waitUntil(d -> !d.findElements(By.cssSelector(".djs-overlay")).isEmpty());
                manager.screenshot((shot++) + "-demo-cockpit-" + key);
                failed.addAll(manager.failedRequests());
            }

            manager.driver().get(base + "/camunda/app/cockpit/default/#/journeys");
            manager.visible(By.cssSelector("[data-figure='phase.FOLLOW_UP']"));
            for (String phase : List.of("REFERRAL", "INITIAL_ASSESSMENT", "WAGE_SUBSIDY_PERIOD", "TRAINEE_PLACEMENT",
                    "FOLLOW_UP")) {
                assertThat(Integer.parseInt(figure(manager, "phase." + phase))).as("participants in " + phase).isPositive();
                assertThat(Double.parseDouble(figure(manager, "days." + phase))).as("average days in " + phase)
                        .isPositive();
            }
            assertThat(Integer.parseInt(figure(manager, "waiting.length"))).isPositive();
            assertThat(Integer.parseInt(figure(manager, "month.starts"))).isPositive();
            assertThat(Integer.parseInt(figure(manager, "month.leavers"))).isPositive();
            manager.screenshot((shot++) + "-demo-journeys-page");
            failed.addAll(manager.failedRequests());
        }
        assertThat(failed).as("requests that answered 4xx/5xx").isEmpty();
    }

    private static String figure(Browser browser, String figure) {
        WebElement cell = browser.visible(By.cssSelector("[data-figure='" + figure + "']"));
        return cell.getText().trim();
    }
}
