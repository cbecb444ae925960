package fi.polku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case file in real Chromium, as each role opens it: the coordinator reads the referrer's
 * answer in the tab beside the review before deciding, and adds a note; a job coach and a study
 * counsellor beside their tasks see the records but not the support details a social instructor
 * recorded, which the social instructor sees; a team lead finds the participant in Cockpit's
 * Participants page by name and birth date, reads the case file and who has viewed it, and opens
 * the printable export. Screenshots {@code 40-…} to {@code 45-…} in {@code target/e2e/}.
 */
class CaseFileE2E extends IntegrationTest {

    private static final String ANSWER = "Certificate sent by e-mail on 1 December";
    private static final String SUPPORT_NOTE = "Lives with a friend for now";

    @LocalServerPort
    int port;

    private Browser browser() {
        return new Browser("http://localhost:" + port);
    }

    /** Opens the task and its Case file tab; returns the tab's text once its entries are shown. */
    private String caseFileBeside(Browser browser, String filter, String task) {
        browser.openTask(filter, task);
        browser.clickText("Case file");
        browser.visible(By.cssSelector(".polku-case-entry"));
        return textOf(browser, ".polku-case-file");
    }

    /** The element's text, read again when Tasklist has just rendered it anew. */
    private static String textOf(Browser browser, String css) {
        String[] text = new String[1];
        browser.waitUntil(d -> {
            try {
                text[0] = d.findElement(By.cssSelector(css)).getText();
                return true;
            } catch (StaleElementReferenceException | NoSuchElementException renderedAgain) {
                return false;
            }
        });
        return text[0];
    }

    @Test
    void eachRoleReadsItsPartOfTheCaseFileAndATeamLeadFindsTheParticipant() {
        freeAllPlaces();
        ObjectNode referral = referral();
        participant(referral).put("educationLevel", 2);
        String lastName = participant(referral).get("lastName").asText();
        String journeyId = createJourney(referral);
        work("coordinator", "referral-coordinators", awaitTask(journeyId, "Task_ReviewReferral"),
                Map.of("reviewDecision", "REQUEST_INFO", "reviewNote", "Please send the vocational certificate"));
        post("integration", "/api/v1/journeys/" + journeyId + "/events",
                "{\"type\": \"REFERRAL_INFO_PROVIDED\", \"data\": {\"information\": \"" + ANSWER + "\"}}");
        awaitTask(journeyId, "Task_ReviewReferral");

        try (Browser coordinator = browser().login("tasklist", "coordinator")) {
            String tab = caseFileBeside(coordinator, "Referral coordinators: open", "Review referral");
            assertThat(tab).contains("The referrer's answer", ANSWER, "Please send the vocational certificate",
                    "Check referral eligibility", "needs review");
            coordinator.visible(By.xpath("//label[normalize-space(.)='New note for the team']"));
            coordinator.driver().findElement(By.cssSelector(".polku-case-note textarea"))
                    .sendKeys("Phoned the referrer: certificate checked.");
            coordinator.clickText("Add note");
            coordinator.waitUntil(d -> textOf(coordinator, ".polku-case-file").contains("Note added."));
            coordinator.visible(By.cssSelector(".polku-case-entry[data-kind='NOTE']"));
            assertThat(coordinator.driver().findElements(By.cssSelector(".polku-case-entry[data-kind='NOTE']"))).hasSize(1);
            coordinator.screenshot("40-case-file-coordinator-reads-the-answer");
            // Then decides, on the Form tab.
            coordinator.clickText("Form");
            coordinator.claim();
            coordinator.choose("Accept for a suitability interview");
            coordinator.complete();
            coordinator.waitUntil(d -> taskService.createTaskQuery().processInstanceBusinessKey(journeyId)
                    .taskDefinitionKey("Task_ReviewReferral").count() == 0);
        }
        work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldSuitabilityInterview"),
                Map.of("interviewOutcome", "SUITABLE", "interviewDate", "2026-11-20", "motivation", 4,
                        "preferredWorkTeam", "SOFTWARE"));
        work("instructor", "social-instructors", awaitTask(journeyId, "Task_ReviewServiceNeed"),
                Map.of("crearStudies", 3, "crearTimeUse", 4, "crearWellbeing", 2, "crearCareerPlanning", 3,
                        "crearEmployment", 2, "supportNeedLevel", "SOME", "supportNeeds", List.of("HOUSING"),
                        "serviceNeedNote", SUPPORT_NOTE));
        awaitTask(journeyId, "Task_RecordWorkAbility");
        awaitTask(createJourney(referral()), "Task_HoldSuitabilityInterview");

        try (Browser coach = browser().login("tasklist", "coach")) {
            String tab = caseFileBeside(coach, "Job coaches: open", "Run digital skills test");
            assertThat(tab).contains("Aino " + lastName, "Hold suitability interview",
                    "Phoned the referrer: certificate checked.", "Review service-need assessment (CREAR)")
                    .doesNotContain(SUPPORT_NOTE, "support and well-being");
            coach.screenshot("41-case-file-job-coach");
            // Another task, the tab still open: it follows to that task's participant.
            coach.click(By.xpath("//h4[contains(@class,'task')]/a[normalize-space(.)='Hold suitability interview']"));
            coach.waitUntil(d -> {
                try {
                    String whose = d.findElement(By.cssSelector(".polku-case-whose")).getText();
                    return !whose.isEmpty() && !whose.endsWith(lastName);
                } catch (StaleElementReferenceException | NoSuchElementException renderedAgain) {
                    return false; // Tasklist may render the tab anew for the other task: look again
                }
            });
            coach.visible(By.cssSelector(".polku-case-entry"));
            coach.waitUntil(d -> {
                try {
                    String shown = d.findElement(By.cssSelector(".polku-case-file")).getText();
                    return !shown.contains(lastName) && !shown.contains("Phoned the referrer");
                } catch (StaleElementReferenceException | NoSuchElementException renderedAgain) {
                    return false;
                }
            });
        }
        try (Browser counsellor = browser().login("tasklist", "counsellor")) {
            String tab = caseFileBeside(counsellor, "Study counsellors: open", "Discuss pathway studies");
            assertThat(tab).contains("Hold suitability interview").doesNotContain(SUPPORT_NOTE);
        }
        try (Browser instructor = browser().login("tasklist", "instructor")) {
            String tab = caseFileBeside(instructor, "Social instructors: open", "Record work-ability baseline (Kykyviisari)");
            assertThat(tab).contains(SUPPORT_NOTE, "support and well-being", "Housing");
            instructor.screenshot("42-case-file-social-instructor");
        }

        try (Browser lead = browser().login("cockpit", "lead")) {
            lead.driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/participants");
            lead.visible(By.cssSelector("form[name='search'] input[name='name']")).sendKeys("Aino " + lastName);
            WebElement birthDate = lead.driver().findElement(By.cssSelector("form[name='search'] input[name='birthDate']"));
            ((JavascriptExecutor) lead.driver()).executeScript("arguments[0].value = '1998-04-12'", birthDate);
            lead.clickText("Find");
            lead.visible(By.cssSelector(".polku-hit"));
            lead.click(By.cssSelector(".polku-hit button[data-journey='" + journeyId + "']"));
            lead.visible(By.cssSelector(".polku-detail .polku-case-entry"));
            assertThat(lead.driver().findElement(By.cssSelector(".polku-detail")).getText())
                    .contains(ANSWER, SUPPORT_NOTE, "Phoned the referrer: certificate checked.");
            lead.screenshot("43-participants-page-case-file");
            lead.clickText("Who has viewed the data");
            lead.visible(By.cssSelector(".polku-access-log"));
            String log = lead.driver().findElement(By.cssSelector(".polku-access-log")).getText();
            assertThat(log).contains("coordinator", "coach", "counsellor", "instructor", "lead",
                    "GET /api/v1/case-files/tasks/{taskId}", "GET /api/v1/case-files/search");
            lead.screenshot("44-participants-page-access-log");
            String export = lead.driver().findElement(By.xpath("//a[normalize-space(.)='printable, in Finnish']"))
                    .getAttribute("href");
            lead.driver().get(export);
            lead.visible(By.tagName("h1"));
            assertThat(lead.driver().findElement(By.tagName("body")).getText())
                    .contains("Kaikki Polun tiedot osallistujasta", lastName, ANSWER, "Ketkä ovat katsoneet tietoja");
            lead.screenshot("45-subject-access-export-in-finnish");
        }
    }
}
