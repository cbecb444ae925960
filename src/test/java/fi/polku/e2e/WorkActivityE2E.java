package fi.polku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One client of rehabilitative work activity the way the staff meet them: the social worker refers
 * the client from Tasklist's start form, the job coach builds the vocational profile, the
 * work-activity instructor assesses the digital skills, the job coach holds the job-search meeting
 * at which a job starts, a month later (the timer fired through the engine) the first in-work
 * check-in, and the manager sees the IPS figures on the Journeys page. Each user logs in as
 * themself. Screenshots: {@code target/e2e/}.
 */
class WorkActivityE2E extends IntegrationTest {

    private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    @LocalServerPort
    int port;

    private Browser browser() {
        return new Browser("http://localhost:" + port);
    }

    private long openTasks(String journeyId, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(journeyId).taskDefinitionKey(taskKey).count();
    }

    /** A field of the form by its exact label (a required field's label ends with its asterisk). */
    private static WebElement input(Browser browser, String label) {
        return browser.visible(By.xpath("//div[contains(@class,'fjs-form-field-textfield')][.//label[normalize-space(.)="
                + Browser.quote(label) + " or normalize-space(.)=" + Browser.quote(label + "*") + "]]//input"));
    }

    private static void typeExactly(Browser browser, String label, String value) {
        WebElement input = input(browser, label);
        input.clear();
        input.sendKeys(value);
    }

    /** Types into a text field until it holds the text, each try given time for form-js's debounce. */
    private static void typeSettled(Browser browser, String label, String text) {
        browser.waitUntil(d -> {
            WebElement input = browser.field(label).findElement(By.cssSelector("input.fjs-input, textarea"));
            String now = input.getAttribute("value");
            if (text.equals(now)) {
                return true;
            }
            if (!now.isEmpty()) {
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
            }
            input.sendKeys(text);
            try {
                Thread.sleep(800);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        });
    }

    @Test
    void oneClientFromTheSocialWorkersReferralToTheFirstInWorkCheckIn() {
        String referralId = "ASW-E2E-" + UUID.randomUUID().toString().substring(0, 8);

        try (Browser socialWorker = browser().login("tasklist", "socialworker")) {
            socialWorker.openStartForm("Work-activity journey");
            typeSettled(socialWorker, "Organisation name", "Helsinki adult social work, North");
            typeSettled(socialWorker, "Their referral id", referralId);
            typeExactly(socialWorker, "Name", "Satu Sorsa");
            typeExactly(socialWorker, "E-mail", "satu.sorsa@example.org");
            typeExactly(socialWorker, "Phone", "+358401234999");
            typeSettled(socialWorker, "First name", "Tapio");
            typeSettled(socialWorker, "Last name", "Työläinen");
            socialWorker.date("Birth date", "03/15/1985");
            socialWorker.select("Gender", "Male");
            typeSettled(socialWorker, "Home municipality", "Helsinki");
            socialWorker.select("Preferred language", "Finnish");
            typeSettled(socialWorker, "Highest education", "2");
            socialWorker.select("ICT background", "None");
            socialWorker.select("Labour-market status on entry", "Unemployed");
            typeSettled(socialWorker, "Months unemployed", "30");
            socialWorker.select("Finnish language level", "C2");
            socialWorker.select("Work centre", "Pakila work centre");
            socialWorker.date("Activation plan starts", TODAY.minusMonths(1).format(FORM_DATE));
            socialWorker.date("Activation plan ends", TODAY.plusMonths(11).format(FORM_DATE));
            typeSettled(socialWorker, "Days per week in work activity", "3");
            // form-js applies a text area's input after a short debounce, with the form's values of that
            // moment: type it once, let it settle, then tick the consent (a later tick would be undone).
            typeSettled(socialWorker, "Reason for the referral", "A year in the bicycle workshop; ready to try paid work.");
            // A required checkbox's label ends with its asterisk; the tick shows once form-js has applied it.
            socialWorker.click(By.xpath("//label[starts-with(normalize-space(.),"
                    + "'The participant consents to the processing of their data')]"));
            socialWorker.waitUntil(d -> d.findElement(By.xpath("//div[contains(@class,'fjs-form-field-checkbox')]"
                    + "[.//label[starts-with(normalize-space(.),'The participant consents to the processing')]]"
                    + "//input[@type='checkbox']")).isSelected());
            socialWorker.screenshot("wa-01-social-worker-referral");
            try {
                socialWorker.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']"));
                socialWorker.waitUntil(d -> jdbc.queryForObject("select count(*) from journey where source_referral_id = ?",
                        Long.class, referralId) == 1);
            } catch (org.openqa.selenium.TimeoutException notStarted) {
                // What the social worker saw instead (a field refused, a notification), for whoever reads the failure.
                socialWorker.screenshot("wa-01-social-worker-referral-not-started");
                throw new AssertionError("The referral did not start: " + socialWorker.driver()
                        .findElement(By.cssSelector(".modal-dialog")).getAttribute("outerHTML"), notStarted);
            }
        }
        String journeyId = jdbc.queryForObject("select id::text from journey where source_referral_id = ?", String.class,
                referralId);
        awaitTask(journeyId, "Task_BuildVocationalProfile");
        awaitTask(journeyId, "Task_AssessDigitalSkills");
        assertThat(status(journeyId).get("journeyType").asText()).isEqualTo("WORK_ACTIVITY");
        assertThat(status(journeyId).get("phase").asText()).isEqualTo("VOCATIONAL_PROFILE");

        try (Browser coach = browser().login("tasklist", "coach")) {
            coach.openTask("Job coaches: open", "Build vocational profile");
            assertThat(coach.formText()).contains("Pakila work centre");
            coach.claim();
            typeSettled(coach, "Work history", "Warehouse worker for eight years; a year in the Pakila bicycle workshop");
            typeSettled(coach, "Preferred sectors", "Logistics, bicycle repairs");
            typeSettled(coach, "Preferred tasks", "Picking, repairs");
            typeSettled(coach, "Preferred hours per week", "20");
            typeSettled(coach, "Strengths", "Precise, punctual, good with tools");
            typeSettled(coach, "What the client wants employers to be told", "Only that a job coach supports the start");
            coach.screenshot("wa-02-coach-vocational-profile");
            coach.complete();
            coach.waitUntil(d -> openTasks(journeyId, "Task_BuildVocationalProfile") == 0);
        }
        awaitTask(journeyId, "Task_HoldJobSearchMeeting");
        assertThat(status(journeyId).get("phase").asText()).isEqualTo("JOB_SEARCH");

        try (Browser instructor = browser().login("tasklist", "wainstructor")) {
            instructor.openTask("Work-activity instructors: open", "Assess digital skills");
            assertThat(instructor.taskNamesInList()).doesNotContain("Hold job-search meeting");
            instructor.claim();
            typeSettled(instructor, "Information and data literacy", "2");
            typeSettled(instructor, "Communication and collaboration", "2");
            typeSettled(instructor, "Digital content creation", "1");
            typeSettled(instructor, "Safety", "1");
            typeSettled(instructor, "Problem solving", "2");
            instructor.screenshot("wa-03-instructor-digital-skills");
            instructor.complete();
            instructor.waitUntil(d -> openTasks(journeyId, "Task_AssessDigitalSkills") == 0);
        }

        try (Browser coach = browser().login("tasklist", "coach")) {
            coach.openTask("Job coaches: open", "Hold job-search meeting");
            coach.claim();
            coach.date("Met on", TODAY.format(FORM_DATE));
            typeSettled(coach, "Employer contacts since the last meeting", "3");
            coach.date("Date of the first of these contacts", TODAY.minusDays(5).format(FORM_DATE));
            typeSettled(coach, "Job interviews since the last meeting", "1");
            typeSettled(coach, "Job offers since the last meeting", "1");
            coach.choose("A job started");
            typeSettled(coach, "Employer", "Pyöräkorjaamo Vauhti Oy");
            coach.date("Start date", TODAY.format(FORM_DATE));
            typeSettled(coach, "Hours per week", "20");
            coach.choose("Open labour market");
            coach.screenshot("wa-04-coach-job-started");
            coach.complete();
            coach.waitUntil(d -> openTasks(journeyId, "Task_HoldJobSearchMeeting") == 0);
        }
        awaitStatus(journeyId, "phase", "IN_WORK_SUPPORT");
        assertThat(jdbc.queryForMap("select employer, hours_per_week, employment_type from job_start where journey_id = ?::uuid",
                UUID.fromString(journeyId))).containsAllEntriesOf(Map.of("employer", "Pyöräkorjaamo Vauhti Oy",
                "hours_per_week", 20, "employment_type", "OPEN_MARKET"));

        // A month later: the check-in's timer fires through the engine, as the job executor would.
        fireTimer(journeyId, "work-activity-journey", "Timer_InWorkCheckInDue");
        awaitTask(journeyId, "Task_HoldInWorkCheckIn");
        try (Browser coach = browser().login("tasklist", "coach")) {
            coach.openTask("Job coaches: open", "Hold in-work support check-in");
            coach.claim();
            coach.date("Held on", TODAY.format(FORM_DATE));
            coach.choose("Yes, still employed");
            typeSettled(coach, "Hours per week now", "24");
            coach.choose("Yes");
            typeSettled(coach, "Notes", "Likes the work; the coach visits the workshop every other week");
            coach.screenshot("wa-05-coach-in-work-check-in");
            coach.complete();
            coach.waitUntil(d -> openTasks(journeyId, "Task_HoldInWorkCheckIn") == 0);
        }
        assertThat(jdbc.queryForMap("select check_in_number, still_employed, hours_per_week from in_work_check_in"
                + " where journey_id = ?::uuid", UUID.fromString(journeyId))).containsAllEntriesOf(Map.of(
                "check_in_number", 1, "still_employed", true, "hours_per_week", 24));
        // The next check-in waits three months after the start, in follow-along support.
        assertThat(managementService.createJobQuery().activityId("Timer_InWorkCheckInDue")
                .processInstanceId(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(journeyId)
                        .singleResult().getId()).count()).isOne();

        try (Browser manager = browser().login("cockpit", "manager")) {
            manager.driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/journeys?journeyType=WORK_ACTIVITY"
                    + "&from=" + TODAY.withDayOfYear(1) + "&to=" + TODAY);
            manager.visible(By.cssSelector("[data-figure='ips.jobs-started']"));
            manager.visible(By.cssSelector("[data-figure='phase.IN_WORK_SUPPORT']"));
            assertThat(manager.driver().findElements(By.cssSelector("[data-figure='phase.WAGE_SUBSIDY_PERIOD']")))
                    .as("only the work-activity journey's phases").isEmpty();
            assertThat(Integer.parseInt(manager.visible(By.cssSelector("[data-figure='ips.jobs-started']")).getText()))
                    .isPositive();
            manager.screenshot("wa-06-manager-journeys-work-activity");
            WebElement figures = manager.visible(By.xpath("//section[.//*[@data-figure='ips.jobs-started']]"));
            ((org.openqa.selenium.JavascriptExecutor) manager.driver()).executeScript("arguments[0].scrollIntoView()", figures);
            manager.screenshot("wa-07-manager-ips-figures");
            assertThat(manager.failedRequests()).isEmpty();
        }
    }
}
