package fi.polku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.language.Language;
import fi.polku.language.Messages;
import fi.polku.period.WageSubsidyDecision;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * WCAG 2.1 A and AA (axe-core) on what Polku puts in front of the staff: every user task's Camunda
 * Form as Tasklist shows it, the referral and supplement-application start forms, and Cockpit's
 * Journeys page, in English and in Finnish. No finding of serious or critical impact may be inside them; whatever axe finds in the
 * rest of each page (Camunda's own screens) is written to {@code target/e2e/axe-findings.tsv} and
 * listed in the README. And one task is done with the keyboard alone.
 */
class AccessibilityE2E extends IntegrationTest {

    private static final String FORM = ".fjs-container";

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    private static void openTask(Browser browser, String baseUrl, Task task) {
        browser.driver().get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId());
        browser.visible(By.cssSelector(".fjs-form"));
    }

    @Autowired
    WageSubsidyRecords wageSubsidyRecords;
    @Autowired
    Messages messages;

    @Test
    void everyFormThePagesAndTheirFinnishVariantsHaveNoSeriousFinding() {
        String journeyId = createJourney(referral());
        // The period's and the placement's forms show the granted decision.
        LocalDate today = LocalDate.now();
        wageSubsidyRecords.saveDecision(UUID.fromString(journeyId), new WageSubsidyDecision("AXE-1", true,
                WageSubsidyDecision.Funding.PAY_SUBSIDY, 50, today, today.plusMonths(12)), "API", "lead");
        Map<String, List<Axe.Finding>> inPolku = new LinkedHashMap<>();
        List<Task> opened = new ArrayList<>();
        for (String language : List.of("en-GB", "fi-FI")) {
            try (Browser admin = new Browser(base(), language).login("tasklist", "admin")) {
                for (String kind : EveryUserTask.kinds()) {
                    Task task = EveryUserTask.start(runtimeService, taskService, kind, journeyId);
                    opened.add(task);
                    openTask(admin, base(), task);
                    List<Axe.Finding> findings = Axe.polkuFindings(admin.driver(), language + " " + kind, FORM);
                    if (!findings.isEmpty()) {
                        inPolku.put(language + " " + kind, findings);
                    }
                }
            }
            try (Browser coordinator = new Browser(base(), language).login("tasklist", "coordinator")) {
                Language shown = Language.fromAcceptLanguage(language);
                coordinator.openStartForm(shown == Language.EN ? "Participant journey" // the model's own name
                        : messages.text(shown, "process.participant-journey"));
                List<Axe.Finding> findings = Axe.polkuFindings(coordinator.driver(), language + " referral start form",
                        ".modal-dialog " + FORM);
                if (!findings.isEmpty()) {
                    inPolku.put(language + " referral start form", findings);
                }
            }
            try (Browser handler = new Browser(base(), language).login("tasklist", "handler")) {
                Language shown = Language.fromAcceptLanguage(language);
                handler.openStartForm(shown == Language.EN ? "Helsinki supplement application" // the model's own name
                        : messages.text(shown, "process.supplement-application"));
                List<Axe.Finding> findings = Axe.polkuFindings(handler.driver(), language + " supplement start form",
                        ".modal-dialog " + FORM);
                if (!findings.isEmpty()) {
                    inPolku.put(language + " supplement start form", findings);
                }
            }
            try (Browser manager = new Browser(base(), language).login("cockpit", "manager")) {
                manager.driver().get(base() + "/camunda/app/cockpit/default/#/journeys");
                manager.visible(By.cssSelector("[data-figure='phase.REFERRAL']"));
                List<Axe.Finding> findings = Axe.polkuFindings(manager.driver(), language + " Journeys page",
                        ".polku-journeys");
                if (!findings.isEmpty()) {
                    inPolku.put(language + " Journeys page", findings);
                }
            }
            try (Browser handler = new Browser(base(), language).login("cockpit", "handler")) {
                handler.driver().get(base() + "/camunda/app/cockpit/default/#/supplements");
                handler.visible(By.cssSelector(".polku-supplements [data-figure]"));
                List<Axe.Finding> findings = Axe.polkuFindings(handler.driver(), language + " Helsinki supplement figures page",
                        ".polku-supplements");
                if (!findings.isEmpty()) {
                    inPolku.put(language + " Helsinki supplement figures page", findings);
                }
            }
        }
        opened.forEach(task -> runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "accessibility test done"));
        assertThat(inPolku).as("serious or critical WCAG 2.1 findings in Polku's forms and pages").isEmpty();
    }

    @Test
    void aJobCoachRecordsTheDigitalSkillsTestWithTheKeyboardAlone() {
        freeAllPlaces();
        String journeyId = journeyInAssessment();
        Task test = awaitTask(journeyId, "Task_RunDigitalSkillsTest");
        try (Browser coach = new Browser(base())) {
            WebDriver driver = coach.driver();
            driver.get(base() + "/camunda/app/tasklist/");
            coach.visible(By.cssSelector("input[ng-model='username']"));
            // The login form's first field has the focus.
            keys(driver, "coach", Keys.TAB, "coach", Keys.ENTER);
            coach.visible(By.cssSelector("div.task-filter h4 a"));
            driver.get(base() + "/camunda/app/tasklist/default/#/?task=" + test.getId());
            coach.visible(By.cssSelector(".fjs-form"));
            // From the top of the page with Tab alone: to "Claim", Enter; on to the score, type it; on to
            // "Complete".
            tabTo(driver, element -> "Claim".equals(element.getText().trim()));
            keys(driver, Keys.ENTER);
            coach.waitUntil(d -> "coach".equals(taskService.createTaskQuery().taskId(test.getId()).singleResult().getAssignee()));
            coach.visible(By.cssSelector(".fjs-form input"));
            org.openqa.selenium.WebElement score = coach.field("Test score").findElement(By.cssSelector("input"));
            tabTo(driver, score::equals);
            keys(driver, "78");
            tabTo(driver, element -> "Complete".equals(element.getText().trim()));
            coach.screenshot("40-coach-keyboard-only-before-complete");
            keys(driver, Keys.ENTER);
            coach.waitUntil(d -> taskService.createTaskQuery().taskId(test.getId()).count() == 0);
        }
        assertThat(jdbc.queryForObject("select digital_skills_score from assessment where journey_id = ?::uuid",
                Integer.class, journeyId)).isEqualTo(78);
    }

    /** Presses Tab until the focused element is the one wanted (at most 400 times). */
    private static void tabTo(WebDriver driver, java.util.function.Predicate<org.openqa.selenium.WebElement> wanted) {
        for (int presses = 0; presses < 400; presses++) {
            if (wanted.test(driver.switchTo().activeElement())) {
                return;
            }
            keys(driver, Keys.TAB);
        }
        throw new AssertionError("400 presses of Tab did not reach the element; focus is on "
                + driver.switchTo().activeElement().getTagName() + " '" + driver.switchTo().activeElement().getText() + "'");
    }

    private static void keys(WebDriver driver, CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }
}
