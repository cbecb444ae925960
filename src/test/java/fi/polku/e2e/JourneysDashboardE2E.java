package fi.polku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The manager opens Cockpit's Journeys page: the figures on screen are the indicator report's for a
 * seeded data set (2035, which no other test uses), and one journey opens with its phases and tasks.
 */
class JourneysDashboardE2E extends IntegrationTest {

    private static final String PERIOD = "from=2035-01-01&to=2035-12-31";

    @LocalServerPort
    int port;

    private void record(String gender, String startedOn, String leftOn, String outcome, String situation6m,
                        String followedUpOn) {
        jdbc.update("""
                insert into indicator_record (journey_id, gender, age_band, education_band, long_term_unemployed, started_on,
                    left_on, outcome_on_leaving, outcome_recorded_on, qualification_gained, situation_6m, followed_up_6m_on)
                values (?, ?, '18_29', 'ISCED_3_4', true, ?::date, ?::date, ?, ?::date, ?, ?, ?::date)""",
                UUID.randomUUID(), gender, startedOn, leftOn, outcome, leftOn, outcome != null, situation6m, followedUpOn);
    }

    @Test
    void theManagerSeesTheReportsFiguresAndOneJourney() {
        jdbc.update("delete from indicator_record where started_on between '2034-01-01' and '2036-12-31'");
        record("FEMALE", "2035-01-10", "2035-06-30", "EMPLOYED", "EMPLOYED", "2035-12-30");
        record("FEMALE", "2035-02-01", "2035-09-01", "IN_EDUCATION", null, null);
        record("MALE", "2035-03-01", "2035-04-15", "JOB_SEARCHING", null, null);
        record("NON_BINARY", "2035-05-05", null, null, null, null);
        freeAllPlaces();
        String journeyId = journeyInAssessment();

        Map<String, String> expected = new HashMap<>();
        for (JsonNode figure : get("manager", "/api/v1/reports/indicators?" + PERIOD).getBody().get("indicators")) {
            expected.put(figure.get("id").asText() + ".total", figure.get("total").asText());
            figure.get("byGender").fields().forEachRemaining(g -> expected.put(figure.get("id").asText() + "." + g.getKey(),
                    g.getValue().asText()));
        }
        assertThat(expected).containsEntry("participants.total", "4").containsEntry("leaving-employed.FEMALE", "1");

        try (Browser manager = new Browser("http://localhost:" + port).login("cockpit", "manager")) {
            manager.click(By.xpath("//a[normalize-space(.)='Journeys']"));
            manager.visible(By.cssSelector("[data-figure='phase.INITIAL_ASSESSMENT']"));
            manager.driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/journeys?" + PERIOD
                    + "&journey=" + journeyId);
            // A new query on the same route keeps the first page in the DOM: load the page afresh.
            manager.driver().navigate().refresh();
            manager.waitUntil(d -> "4".equals(d.findElement(By.cssSelector("[data-figure='participants.total']")).getText()));
            int compared = 0;
            for (WebElement cell : manager.driver().findElements(By.cssSelector("[data-figure]"))) {
                String figure = cell.getAttribute("data-figure");
                if (expected.containsKey(figure)) {
                    ((org.openqa.selenium.JavascriptExecutor) manager.driver()).executeScript("arguments[0].scrollIntoView()", cell);
                    assertThat(cell.getText()).as(figure).isEqualTo(expected.get(figure));
                    compared++;
                }
            }
            assertThat(compared).as("figures compared with the report").isEqualTo(8 * 5);
            assertThat(manager.driver().findElements(By.cssSelector(".ce-eol-banner")))
                    .allMatch(banner -> !banner.isDisplayed());
            manager.screenshot("17-manager-journeys-dashboard");

            WebElement journey = manager.visible(By.cssSelector("[data-journey='" + journeyId + "']"));
            assertThat(journey.getText()).startsWith("Journey of Aino Virtanen-");
            ((org.openqa.selenium.JavascriptExecutor) manager.driver()).executeScript("arguments[0].scrollIntoView()", journey);
            assertThat(manager.driver().findElement(By.cssSelector(".polku-journey")).getText())
                    .contains("Initial assessment", "Run digital skills test", "Hold suitability interview", "coach",
                            "REFERRAL_ACCEPTED");
            manager.screenshot("18-manager-journey-view");
        }
    }
}
