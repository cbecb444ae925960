package fi.polku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.journey.JourneyCalendar;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import fi.polku.support.IntegrationTest;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A Helsinki supplement application the way the handlers meet it, in real Chromium: a handler records
 * a paper application with Tasklist's start form (a wrong IBAN refused first, naming the field),
 * checks it and prepares the decision; the approval is not in the preparer's list (four eyes), and
 * the other handler approves it with the case number; the day's payment file holds the first
 * instalment once. Screenshots {@code 60-…} to {@code 66-…} in {@code target/e2e/}.
 */
class SupplementE2E extends IntegrationTest {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @LocalServerPort
    int port;

    private Browser browser() {
        return new Browser("http://localhost:" + port);
    }

    @Test
    void aPaperApplicationFromTasklistToThePaymentFile() {
        String paperId = "PAPER-" + UUID.randomUUID().toString().substring(0, 8);
        String businessId = freshBusinessId();
        LocalDate start = JourneyCalendar.today().minusMonths(1).withDayOfMonth(1);
        String applicationId;

        try (Browser handler = browser().login("tasklist", "handler")) {
            handler.click(By.cssSelector(".start-process-action a"));
            handler.click(By.xpath("//a[contains(normalize-space(.),'Helsinki supplement application')]"));
            handler.visible(By.cssSelector(".modal-dialog .fjs-form"));
            handler.type("Employer's application id", paperId);
            handler.select("Applicant's language", "Finnish");
            handler.type("Business ID", businessId);
            handler.type("Employer name", "Paperipaja Oy");
            handler.select("Organisation type", "Company");
            handler.type("Contact person", "Pia Paperi");
            handler.type("E-mail", "pia@paperipaja.example");
            handler.type("Bank account (IBAN)", "FI4950009420028731"); // one digit wrong
            handler.type("This year", "0");
            handler.type("Last year", "5000");
            handler.type("The year before", "0");
            handler.type("First name", "Aino");
            handler.type("Last name", "Paperinen");
            handler.date("Birth date", "04/12/1998");
            handler.type("Home municipality", "Helsinki");
            date(handler, "Start date", 0, start);
            handler.type("Hours a week", "37.5");
            handler.type("Gross pay a month (€)", "2800");
            handler.type("Job title", "Junior developer");
            handler.type("Collective agreement", "ICT-alan työehtosopimus");
            date(handler, "Start date", 1, start);
            date(handler, "End date", 1, start.plusMonths(6).minusDays(1));
            handler.screenshot("60-handler-paper-application-filled");
            startProcess(handler);
            handler.visible(By.xpath("//*[contains(.,'Bank account (IBAN) (employer.iban)')]"));
            handler.screenshot("61-handler-wrong-iban-refused-naming-the-field");
            assertThat(jdbc.queryForObject("select count(*) from supplement_application where employer_application_id = ?",
                    Long.class, paperId)).isZero();

            handler.dismissNotifications();
            handler.type("Bank account (IBAN)", "FI4950009420028730");
            startProcess(handler);
            handler.waitUntil(d -> jdbc.queryForObject("select count(*) from supplement_application where "
                    + "employer_application_id = ?", Long.class, paperId) == 1);
            applicationId = jdbc.queryForObject("select id::text from supplement_application where employer_application_id = ?",
                    String.class, paperId);
            assertThat(jdbc.queryForObject("select channel || ' ' || received_by from supplement_application where id = ?::uuid",
                    String.class, applicationId)).isEqualTo("PAPER handler");
            awaitTask(applicationId, "Task_CheckApplication");

            handler.driver().navigate().refresh();
            handler.openTask("Supplement handlers: open", "Check application");
            assertThat(handler.formText()).contains("Paperipaja Oy", "Junior developer");
            handler.claim();
            handler.choose("Complete: prepare the decision");
            handler.screenshot("62-handler-check-application");
            handler.complete();
            awaitTask(applicationId, "Task_PrepareDecision");

            handler.openTask("Supplement handlers: open", "Prepare decision");
            handler.claim();
            handler.choose("Accept");
            handler.type("Supplement a month (€)", "1400");
            handler.type("Months", "6");
            handler.type("Decision text", "Myönnetään Helsinki-lisä 1 400 € kuukaudessa kuuden kuukauden ajalta.");
            handler.screenshot("63-handler-prepares-decision");
            handler.complete();
            Task approve = awaitTask(applicationId, "Task_ApproveDecision");

            // Four eyes: the preparer does not find the approval in the group's list, nor opens it by its link.
            handler.driver().navigate().refresh();
            handler.openFilter("Supplement handlers: open");
            handler.waitUntil(d -> !handler.taskNamesInList().contains("Prepare decision"));
            assertThat(handler.taskNamesInList()).doesNotContain("Approve decision");
            handler.screenshot("64-preparer-does-not-see-the-approval");
            handler.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + approve.getId());
            handler.waitUntil(d -> d.findElements(By.cssSelector(".fjs-form")).isEmpty());
            assertThat(call("handler", HttpMethod.POST, "/engine-rest/task/" + approve.getId() + "/claim",
                    "{\"userId\": \"handler\"}").getStatusCode().value()).isIn(403, 404);
        }

        try (Browser handler2 = browser().login("tasklist", "handler2")) {
            handler2.openTask("Supplement handlers: open", "Approve decision");
            assertThat(handler2.formText()).contains("Paperipaja Oy");
            handler2.claim();
            handler2.choose("Approve");
            handler2.type("Case number in the decision system", "HEL 2027-004211");
            handler2.screenshot("65-second-handler-approves");
            handler2.complete();
            handler2.waitUntil(d -> "ACCEPTED".equals(jdbc.queryForObject(
                    "select status from supplement_application where id = ?::uuid", String.class, applicationId)));
        }

        String today = JourneyCalendar.today().toString();
        String file = export(today);
        List<String> rows = file.lines().filter(line -> line.contains(applicationId)).toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).contains(";1;", "\"HEL 2027-004211\"", businessId, "4200.00");
        assertThat(export(today).lines().filter(line -> line.contains(applicationId)).count()).isOne();

        try (Browser handler = browser().login("cockpit", "handler")) {
            handler.driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/supplements");
            String month = JourneyCalendar.today().toString().substring(0, 7);
            handler.click(By.cssSelector("[data-figure='" + month + ".accepted']"));
            handler.visible(By.cssSelector("[data-trace-id='" + applicationId + "']"));
            handler.screenshot("66-handler-figures-traced");
        }
    }

    /** The nth (from 0) date field with the label: the employment's and the period's dates share theirs. */
    private static void date(Browser browser, String label, int index, LocalDate date) {
        List<WebElement> fields = browser.driver().findElements(By.xpath(
                "//div[contains(@class,'fjs-form-field') and not(contains(@class,'fjs-form-field-group'))]"
                        + "[.//label[starts-with(normalize-space(.)," + Browser.quote(label) + ")]]"));
        WebElement input = fields.get(index).findElement(By.cssSelector("input.fjs-input"));
        input.sendKeys(date.format(TYPED));
        browser.driver().findElement(By.cssSelector(".fjs-form h2, .fjs-form h1")).click();
    }

    private static void startProcess(Browser browser) {
        browser.click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Start']"));
    }

    private String export(String date) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("handler", "handler");
        ResponseEntity<String> answer = http.exchange("/api/v1/supplement-payments/export?date=" + date, HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return answer.getBody();
    }
}
