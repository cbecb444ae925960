package fi.polku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.language.Language;
import fi.polku.language.Messages;
import fi.polku.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A form never changes what a professional typed (issue 19): an impossible or out-of-range date, or
 * a fraction in a whole-number field, typed into a Camunda Form in Tasklist stays as typed, is
 * refused with a message naming the field, and the task cannot be completed with it; a form that its
 * own check stopped is "not sent", not "failed", and a later success clears that pop-up
 * ({@code scripts/polku-strict-input.js}). Screenshots: {@code target/e2e/}.
 */
class StrictFormInputE2E extends IntegrationTest {

    private static final By REFUSAL = By.cssSelector(".polku-field-error");
    private static final By POP_UPS = By.cssSelector(".notifications .alert");

    @LocalServerPort
    int port;

    private String journeyId;

    @Autowired
    Messages messages;

    /** The Finnish text a Finnish browser shows (README, "Languages"). */
    private String fi(String key) {
        return messages.text(Language.FI, key);
    }

    private Browser browser(String language) {
        return new Browser("http://localhost:" + port, language).intlLocale(language);
    }

    /** A journey whose suitability interview waits, claimed by the job coach. */
    private Task interviewClaimedByCoach() {
        freeAllPlaces();
        journeyId = createJourney(referral());
        Task task = awaitTask(journeyId, "Task_HoldSuitabilityInterview");
        taskService.claim(task.getId(), "coach");
        return task;
    }

    private boolean open(Task task) {
        return taskService.createTaskQuery().taskId(task.getId()).count() == 1;
    }

    /** Replaces the text of the field's input by typing, as a person does. */
    private static void retype(Browser browser, String label, String text) {
        WebElement input = browser.field(label).findElement(By.cssSelector("input.fjs-input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        leave(browser);
    }

    /** Clicks the form's heading: the field loses the focus, and the date picker closes. */
    private static void leave(Browser browser) {
        browser.driver().findElement(By.cssSelector(".fjs-form h2, .fjs-form h1")).click();
    }

    private static String inputText(Browser browser, String label) {
        return browser.field(label).findElement(By.cssSelector("input.fjs-input")).getAttribute("value");
    }

    /** Tasklist's Complete button, in any language. */
    private static WebElement completeButton(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".form-actions button.btn-primary")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow();
    }

    /**
     * Presses Complete, once enabled, with the keyboard: a pop-up in the page's lower corner may
     * cover the button from the mouse, and is to be cleared by the success, not closed by hand.
     */
    private static void clickComplete(Browser browser) {
        browser.waitUntil(d -> completeButton(browser).isEnabled());
        completeButton(browser).sendKeys(Keys.ENTER);
    }

    /**
     * Tries to send the form holding refused text: form-js disables Complete when it has its own
     * error for the field (a required field without a value); otherwise Polku's check holds the
     * form back and says it was not sent.
     */
    private static void tryToSend(Browser browser, String notSent) {
        if (completeButton(browser).isEnabled()) {
            clickComplete(browser);
            browser.waitUntil(d -> popUps(browser).stream().anyMatch(text -> text.contains(notSent)));
        }
    }

    private static List<String> popUps(Browser browser) {
        return browser.driver().findElements(POP_UPS).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
    }

    @Test
    void anImpossibleOrImplausibleDateStaysAsTypedIsRefusedAndCannotBeSent() {
        Task task = interviewClaimedByCoach();
        String interviewDate = fi("form.hold-suitability-interview.interviewDate.dateLabel");
        try (Browser coach = browser("fi-FI").login("tasklist", "coach")) {
            coach.openTask(fi("filter.my-tasks.name"), fi("task.Task_HoldSuitabilityInterview"));
            coach.choose(fi("form.hold-suitability-interview.interviewOutcome.option.SUITABLE"));
            coach.type(fi("form.hold-suitability-interview.motivation.label"), "4");
            coach.select(fi("form.hold-suitability-interview.preferredWorkTeam.label"),
                    fi("form.hold-suitability-interview.preferredWorkTeam.option.SOFTWARE"));

            for (String impossible : List.of("31.02.2026", "45.13.2026", "29.02.2027", "1.1.1800", "2026-11-20")) {
                retype(coach, interviewDate, impossible);
                assertThat(inputText(coach, interviewDate)).as("the text as typed").isEqualTo(impossible);
                coach.waitUntil(d -> d.findElement(REFUSAL).getText().contains(impossible));
                assertThat(coach.driver().findElement(REFUSAL).getText()).as("the message names the field")
                        .startsWith(interviewDate + ":");
            }
            retype(coach, interviewDate, "31.02.2026");
            coach.screenshot("40-impossible-date-refused");

            tryToSend(coach, "Lomaketta ei lähetetty");
            assertThat(popUps(coach)).noneMatch(text -> text.contains("lähettämisessä tapahtui virhe"));
            assertThat(open(task)).as("not completed with a refused date").isTrue();
            assertThat(inputText(coach, interviewDate)).isEqualTo("31.02.2026");
            coach.screenshot("41-impossible-date-not-sent");

            retype(coach, interviewDate, "20.11.2026");
            assertThat(coach.driver().findElements(REFUSAL)).as("the message goes with the mistake").isEmpty();
            assertThat(inputText(coach, interviewDate)).isEqualTo("20.11.2026");
            clickComplete(coach);
            coach.waitUntil(d -> !open(task));
            coach.waitUntil(d -> popUps(coach).stream().noneMatch(text -> text.contains("Lomaketta ei lähetetty")));
        }
        assertThat(jdbc.queryForObject("select interview_date from suitability_interview where journey_id = ?::uuid",
                LocalDate.class, journeyId))
                .isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aDecimalCommaInAWholeNumberIsRefusedNotDropped() {
        freeAllPlaces();
        journeyId = journeyInAssessment();
        Task task = awaitTask(journeyId, "Task_DiscussPathwayStudies");
        taskService.claim(task.getId(), "counsellor");
        String priorCredits = fi("form.discuss-pathway-studies.priorCredits.label");
        try (Browser counsellor = browser("fi-FI").login("tasklist", "counsellor")) {
            counsellor.openTask(fi("filter.my-tasks.name"), fi("task.Task_DiscussPathwayStudies"));
            counsellor.choose(fi("form.discuss-pathway-studies.pathwayInterest.option.PATHWAY_STUDIES"));
            WebElement credits = counsellor.field(priorCredits).findElement(By.cssSelector("input.fjs-input"));
            credits.sendKeys("12,5");
            leave(counsellor);
            // Not 125 (the comma dropped) nor 12 (the digits after it dropped): the fraction, refused.
            assertThat(inputText(counsellor, priorCredits)).matches("12[.,]5");
            counsellor.waitUntil(d -> d.findElement(REFUSAL).getText().startsWith(priorCredits));
            counsellor.screenshot("42-decimal-comma-refused");
            tryToSend(counsellor, "Lomaketta ei lähetetty");
            assertThat(open(task)).as("not completed with a fraction").isTrue();

            retype(counsellor, priorCredits, "12");
            counsellor.waitUntil(d -> d.findElements(REFUSAL).isEmpty());
            clickComplete(counsellor);
            counsellor.waitUntil(d -> !open(task));
        }
        assertThat(jdbc.queryForObject("select prior_credits from assessment where journey_id = ?::uuid", Integer.class,
                journeyId)).isEqualTo(12);
    }

    @Test
    void aFormItsOwnCheckStoppedIsNotSentNotFailedAndALaterSuccessClearsThePopUp() {
        Task task = interviewClaimedByCoach();
        try (Browser coach = browser("en-GB").login("tasklist", "coach")) {
            coach.openTask("My tasks", "Hold suitability interview");
            coach.choose("Suitable");
            coach.type("Motivation", "4");
            coach.select("Preferred work team", "Software");
            clickComplete(coach);
            coach.visible(By.xpath("//*[contains(@class,'fjs-form-field-error')][contains(.,'Field is required')]"));
            coach.waitUntil(d -> popUps(coach).stream().anyMatch(text -> text.contains("The form was not sent")));
            assertThat(popUps(coach)).noneMatch(text -> text.contains("error happened while submitting"));
            coach.screenshot("43-required-field-not-sent");
            assertThat(open(task)).isTrue();

            coach.date("Interview date", "20/11/2026"); // en-GB: dd/mm/yyyy
            clickComplete(coach);
            coach.waitUntil(d -> !open(task));
            coach.waitUntil(d -> popUps(coach).stream().noneMatch(text -> text.contains("The form was not sent")));
            coach.screenshot("44-sent-pop-up-cleared");
        }
    }
}
