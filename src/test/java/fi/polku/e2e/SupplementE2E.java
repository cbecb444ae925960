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

    /** What was typed into the start form, by label: read back once more before it is submitted. */
    private final java.util.Map<String, String> typed = new java.util.LinkedHashMap<>();

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
            handler.openStartForm("Helsinki supplement application");
            type(handler, "Employer's application id", paperId);
            handler.select("Applicant's language", "Finnish");
            type(handler, "Business ID", businessId);
            type(handler, "Employer name", "Paperipaja Oy");
            handler.select("Organisation type", "Company");
            type(handler, "Contact person", "Pia Paperi");
            type(handler, "E-mail", "pia@paperipaja.example");
            type(handler, "Bank account (IBAN)", "FI4950009420028731"); // one digit wrong
            type(handler, "This year", "0");
            type(handler, "Last year", "5000");
            type(handler, "The year before", "0");
            type(handler, "First name", "Aino");
            type(handler, "Last name", "Paperinen");
            date(handler, "Birth date", 0, LocalDate.of(1998, 4, 12));
            type(handler, "Home municipality", "Helsinki");
            date(handler, "Start date", 0, start);
            type(handler, "Hours a week", "37.5");
            type(handler, "Gross pay a month (€)", "2800");
            type(handler, "Job title", "Junior developer");
            type(handler, "Collective agreement", "ICT-alan työehtosopimus");
            date(handler, "Start date", 1, start);
            date(handler, "End date", 1, start.plusMonths(6).minusDays(1));
            handler.screenshot("60-handler-paper-application-filled");
            startProcess(handler);
            WebElement refusal = handler.visible(By.xpath("//*[contains(@class,'alert') or contains(@class,'notification')]"
                    + "[contains(.,'Bank account (IBAN) (employer.iban)')]"));
            ((org.openqa.selenium.JavascriptExecutor) handler.driver()).executeScript("arguments[0].scrollIntoView()", refusal);
            handler.screenshot("61-handler-wrong-iban-refused-naming-the-field");
            assertThat(jdbc.queryForObject("select count(*) from supplement_application where employer_application_id = ?",
                    Long.class, paperId)).isZero();

            handler.dismissNotifications();
            type(handler, "Bank account (IBAN)", "FI4950009420028730");
            startProcess(handler);
            handler.waitUntil(d -> jdbc.queryForObject("select count(*) from supplement_application where "
                    + "employer_application_id = ?", Long.class, paperId) == 1);
            typed.clear();
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
            type(handler, "Supplement a month (€)", "1400");
            type(handler, "Months", "6");
            type(handler, "Decision text", "Myönnetään Helsinki-lisä 1 400 € kuukaudessa kuuden kuukauden ajalta.");
            verifyTyped(handler);
            handler.screenshot("63-handler-prepares-decision");
            complete(handler);
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
            type(handler2, "Case number in the decision system", "HEL 2027-004211");
            verifyTyped(handler2);
            handler2.screenshot("65-second-handler-approves");
            complete(handler2);
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

    /**
     * Types into the start form's field and reads it back: form-js renders a row again as a value
     * of another field settles, and a key typed meanwhile can be lost; then it is typed again.
     */
    private void type(Browser browser, String label, String value) {
        typed.put(label, value);
        for (int attempt = 0; attempt < 5; attempt++) {
            browser.type(label, value);
            settle();
            WebElement input = browser.field(label).findElement(By.cssSelector("input.fjs-input, textarea"));
            if (value.equals(input.getAttribute("value"))) {
                return;
            }
        }
        throw new AssertionError("The field " + label + " does not keep " + value);
    }

    /** The nth (from 0) date field with the label: the employment's and the period's dates share theirs. */
    private static void date(Browser browser, String label, int index, LocalDate date) {
        for (int attempt = 0; attempt < 5; attempt++) {
            WebElement input = browser.driver().findElements(By.xpath(
                    "//div[contains(@class,'fjs-form-field') and not(contains(@class,'fjs-form-field-group'))]"
                            + "[.//label[starts-with(normalize-space(.)," + Browser.quote(label) + ")]]")).get(index)
                    .findElement(By.cssSelector("input.fjs-input"));
            input.clear();
            input.sendKeys(date.format(TYPED));
            browser.driver().findElement(By.cssSelector(".modal-dialog .fjs-form h2")).click();
            String kept = browser.driver().findElements(By.xpath(
                    "//div[contains(@class,'fjs-form-field') and not(contains(@class,'fjs-form-field-group'))]"
                            + "[.//label[starts-with(normalize-space(.)," + Browser.quote(label) + ")]]")).get(index)
                    .findElement(By.cssSelector("input.fjs-input")).getAttribute("value");
            if (kept != null && !kept.isBlank()) {
                return;
            }
        }
        throw new AssertionError("The date " + label + " is not kept");
    }

    /** form-js applies a number field's value a moment after the key (debounced), rendering the form's data again. */
    private static void settle() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads back every field typed since the last submission, and types again what form-js lost. */
    private void verifyTyped(Browser browser) {
        for (var field : new java.util.LinkedHashMap<>(typed).entrySet()) {
            WebElement input = browser.field(field.getKey()).findElement(By.cssSelector("input.fjs-input, textarea"));
            if (!field.getValue().equals(input.getAttribute("value"))) {
                type(browser, field.getKey(), field.getValue());
            }
        }
    }

    private void complete(Browser browser) {
        verifyTyped(browser);
        typed.clear();
        browser.complete();
    }

    private void startProcess(Browser browser) {
        verifyTyped(browser);
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
