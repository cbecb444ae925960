package fi.polku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The referral phase the way the staff meet it: a referral arrives over the API, the coordinator
 * reviews it in Tasklist (a required field is missed once, then filled), the job coach holds the
 * interview, and the manager sees the journey in Cockpit. Screenshots go to {@code target/e2e/}.
 */
class ReferralInTasklistE2E extends IntegrationTest {

    @LocalServerPort
    int port;

    private String journeyId;

    @BeforeEach
    void referralNeedingReview() {
        freeAllPlaces();
        ObjectNode referral = referral();
        participant(referral).put("ictBackground", "NONE");
        journeyId = createJourney(referral);
        awaitTask(journeyId, "Task_ReviewReferral");
    }

    private Browser browser() {
        return new Browser("http://localhost:" + port);
    }

    @Test
    void aReferralIsReviewedInterviewedAndSeenInCockpit() {
        try (Browser coordinator = browser().login("tasklist", "coordinator")) {
            assertThat(coordinator.driver().getTitle()).contains("Polku");
            assertThat(coordinator.driver().findElements(By.cssSelector(".ce-eol-banner")))
                    .allMatch(banner -> !banner.isDisplayed());
            assertThat(coordinator.filterNames()).containsExactly("My tasks", "Referral coordinators: open", "Overdue");
            coordinator.screenshot("01-coordinator-tasklist");

            coordinator.openTask("Referral coordinators: open", "Review referral");
            assertThat(coordinator.formText()).contains("No ICT background", "Helsinki Employment Services");
            coordinator.clickText("Claim");
            coordinator.choose("Request more information from the referrer");
            coordinator.complete();
            coordinator.visible(By.xpath("//*[contains(@class,'fjs-form-field-error')][contains(.,'Field is required')]"));
            coordinator.screenshot("02-coordinator-required-field-missing");
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(journeyId)
                    .taskDefinitionKey("Task_ReviewReferral").count()).isOne();

            coordinator.type("Information needed from the referrer", "Please send the latest CV");
            coordinator.screenshot("03-coordinator-request-filled");
            coordinator.complete();
            coordinator.waitUntil(d -> "INFORMATION_REQUESTED".equals(status(journeyId).path("decision").asText()));
        }
        assertThat(post("integration", "/api/v1/journeys/" + journeyId + "/events",
                "{\"type\": \"REFERRAL_INFO_PROVIDED\", \"data\": {\"information\": \"CV sent\"}}")
                .getStatusCode().value()).isEqualTo(200);
        awaitTask(journeyId, "Task_ReviewReferral");

        try (Browser coordinator = browser().login("tasklist", "coordinator")) {
            coordinator.openTask("Referral coordinators: open", "Review referral");
            coordinator.clickText("Claim");
            coordinator.choose("Accept for a suitability interview");
            coordinator.complete();
            coordinator.waitUntil(d -> taskService.createTaskQuery().processInstanceBusinessKey(journeyId)
                    .taskDefinitionKey("Task_ReviewReferral").count() == 0);
        }
        awaitTask(journeyId, "Task_HoldSuitabilityInterview");

        try (Browser coach = browser().login("tasklist", "coach")) {
            assertThat(coach.filterNames()).containsExactly("My tasks", "Job coaches: open", "Overdue");
            coach.openTask("Job coaches: open", "Hold suitability interview");
            // Another group's task is not in the coach's list.
            assertThat(coach.taskNamesInList()).contains("Hold suitability interview").doesNotContain("Review referral");
            coach.clickText("Claim");
            coach.date("Interview date", "11/20/2026");
            coach.choose("Suitable");
            coach.type("Motivation", "4");
            coach.select("Preferred work team", "Software");
            coach.type("Notes", "Portfolio of small web projects");
            coach.screenshot("04-coach-interview-filled");
            coach.complete();
            coach.waitUntil(d -> taskService.createTaskQuery().processInstanceBusinessKey(journeyId)
                    .taskDefinitionKey("Task_HoldSuitabilityInterview").count() == 0);
        }
        awaitStatus(journeyId, "phase", "INITIAL_ASSESSMENT");
        assertThat(jdbc.queryForObject("select preferred_work_team from suitability_interview where journey_id = ?::uuid",
                String.class, journeyId)).isEqualTo("SOFTWARE");

        try (Browser manager = browser().login("cockpit", "manager")) {
            manager.driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/processes");
            manager.click(By.xpath("//a[normalize-space(.)='Participant journey']"));
            manager.visible(By.cssSelector("svg g.djs-element"));
            // Running-instance counts on the phase activities.
            manager.waitUntil(d -> d.findElements(By.cssSelector(".djs-overlay .badge")).stream()
                    .anyMatch(badge -> badge.getText().trim().matches("\\d+")));
            assertThat(manager.driver().getTitle()).contains("Polku");
            manager.screenshot("05-manager-cockpit-participant-journey");
        }
    }
}
