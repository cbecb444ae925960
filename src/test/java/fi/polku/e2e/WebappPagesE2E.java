package fi.polku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page each role can reach in Tasklist, Cockpit, Admin and Welcome, visited as that role: no
 * request of those pages answers 4xx or 5xx (Chromium's network events), and every Cockpit link a
 * Tasklist user sees is one they may open.
 */
class WebappPagesE2E extends IntegrationTest {

    /** Time for a page's late requests (Tasklist's filters, Cockpit's plugins) to be made and answered. */
    private static final Duration SETTLE = Duration.ofMillis(1500);

    @LocalServerPort
    int port;

    private final Map<String, List<String>> failures = new LinkedHashMap<>();

    private String base() {
        return "http://localhost:" + port;
    }

    private void settle() {
        try {
            Thread.sleep(SETTLE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Opens the page (an address under /camunda/app/), waits for it, and records its failed requests. */
    private void visit(Browser browser, String user, String page) {
        browser.driver().get(base() + "/camunda/app/" + page);
        settle();
        record(browser, user, page);
    }

    private void record(Browser browser, String user, String page) {
        List<String> failed = browser.failedRequests();
        if (!failed.isEmpty()) {
            failures.computeIfAbsent(user + " " + page, key -> new ArrayList<>()).addAll(failed);
        }
    }

    /** A team member's Tasklist: every filter, the first task of each with its tabs. */
    private void tasklist(String user) {
        try (Browser browser = new Browser(base()).login("tasklist", user)) {
            settle();
            record(browser, user, "tasklist (after login)");
            for (String filter : browser.filterNames()) {
                browser.openFilter(filter);
                settle();
                record(browser, user, "tasklist filter " + filter);
                List<WebElement> tasks = browser.driver().findElements(By.cssSelector("h4.task a"));
                if (!tasks.isEmpty()) {
                    tasks.get(0).click();
                    browser.visible(By.cssSelector(".fjs-form"));
                    for (String tab : List.of("History", "Diagram", "Description", "Form")) {
                        browser.driver().findElements(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)="
                                + Browser.quote(tab) + "]")).stream().filter(WebElement::isDisplayed).findFirst()
                                .ifPresent(WebElement::click);
                        settle();
                        record(browser, user, "tasklist task tab " + tab + " in " + filter);
                    }
                    // The link to the task's process instance opens Cockpit: it is shown only to those who may.
                    List<WebElement> instanceLinks = browser.driver().findElements(By.cssSelector("a.instance-link"))
                            .stream().filter(WebElement::isDisplayed).toList();
                    if (!instanceLinks.isEmpty()) {
                        browser.driver().get(instanceLinks.get(0).getAttribute("href"));
                        settle();
                        if (browser.driver().getPageSource().contains("Whitelabel Error Page")) {
                            failures.computeIfAbsent(user + " process link", key -> new ArrayList<>())
                                    .add("an error page instead of Cockpit");
                        }
                        record(browser, user, "cockpit process instance from tasklist");
                        browser.driver().get(base() + "/camunda/app/tasklist/default/");
                        settle();
                        browser.failedRequests();
                    }
                }
            }
            visit(browser, user, "welcome/default/");
        }
    }

    private void cockpit(String user) {
        try (Browser browser = new Browser(base()).login("cockpit", user)) {
            settle();
            record(browser, user, "cockpit (after login)");
            for (String page : List.of("cockpit/default/#/processes", "cockpit/default/#/decisions",
                    "cockpit/default/#/tasks", "cockpit/default/#/journeys", "cockpit/default/#/repository",
                    "cockpit/default/#/batch")) {
                visit(browser, user, page);
            }
            String definitionId = runtimeService.createProcessInstanceQuery().processDefinitionKey("participant-journey")
                    .active().list().get(0).getProcessDefinitionId();
            String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey("participant-journey")
                    .active().list().get(0).getId();
            visit(browser, user, "cockpit/default/#/process-definition/" + definitionId + "/runtime");
            visit(browser, user, "cockpit/default/#/process-definition/" + definitionId + "/history");
            visit(browser, user, "cockpit/default/#/process-instance/" + instanceId + "/runtime");
            visit(browser, user, "cockpit/default/#/process-instance/" + instanceId + "/history");
            String decisionId = repositoryServiceDecision();
            visit(browser, user, "cockpit/default/#/decision-definition/" + decisionId);
            visit(browser, user, "welcome/default/");
        }
    }

    private String repositoryServiceDecision() {
        return jdbc.queryForObject("select id_ from act_re_decision_def where key_ = 'referral-eligibility' "
                + "order by version_ desc limit 1", String.class);
    }

    private void admin(String user) {
        try (Browser browser = new Browser(base()).login("admin", user)) {
            settle();
            record(browser, user, "admin (after login)");
            for (String page : List.of("admin/default/#/users", "admin/default/#/groups", "admin/default/#/tenants",
                    "admin/default/#/authorization?resource=0", "admin/default/#/system?section=system-settings-general",
                    "admin/default/#/users/coach?tab=profile", "admin/default/#/groups/job-coaches?tab=group")) {
                visit(browser, user, page);
            }
        }
    }

    /** A team member lands on their group's open tasks, and sees every filter's count without clicking it. */
    @Test
    void aJobCoachLandsOnTheirGroupsOpenTasksWithEveryFilterCounted() {
        freeAllPlaces();
        String journeyId = journeyInAssessment();
        long open = taskService.createTaskQuery().taskCandidateGroup("job-coaches").count();
        assertThat(open).isPositive();
        try (Browser coach = new Browser(base()).login("tasklist", "coach")) {
            coach.waitUntil(d -> d.findElements(By.cssSelector("div.task-filter h4 a")).size() == 3
                    && d.findElements(By.cssSelector("div.task-filter h4 a")).stream().allMatch(link -> link.getText().matches(".*\\(?\\d+\\)?$")));
            assertThat(coach.driver().findElement(By.cssSelector("div.task-filter.active h4 a")).getText())
                    .startsWith("Job coaches: open").contains(Long.toString(open));
            assertThat(coach.driver().findElements(By.cssSelector("div.task-filter h4 a")))
                    .extracting(WebElement::getText).anyMatch(text -> text.matches("My tasks\\s*\\(?\\d+\\)?"));
            assertThat(coach.taskNamesInList()).contains("Run digital skills test");
            coach.screenshot("41-coach-lands-on-open-tasks");
        }
        assertThat(journeyId).isNotBlank();
    }

    @Test
    void noPageARoleCanSeeAnswersAnError() {
        freeAllPlaces();
        // One journey at the wage-subsidy decision (the test profile's one place), one at review.
        journeyAtDecision();
        createJourney(referral());

        try (Browser loginPage = new Browser(base())) {
            loginPage.driver().get(base() + "/camunda/app/tasklist/");
            settle();
            record(loginPage, "(nobody)", "tasklist login page");
        }
        for (String user : List.of("coordinator", "coach", "instructor", "counsellor", "employer", "lead")) {
            tasklist(user);
        }
        for (String user : List.of("lead", "manager", "admin")) {
            cockpit(user);
        }
        admin("admin");
        tasklist("admin");

        failures.forEach((page, failed) -> System.out.println("FAILED REQUESTS " + page + ": " + failed));
        assertThat(failures).as("requests that answered 4xx/5xx, per user and page").isEmpty();
    }
}
