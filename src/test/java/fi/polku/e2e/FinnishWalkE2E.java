package fi.polku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.language.Language;
import fi.polku.language.Messages;
import fi.polku.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A participant's first steps walked by Finnish-speaking staff in Finnish browsers, every label,
 * option, task and filter found by its Finnish text: the coordinator reviews the referral (the
 * eligibility check's reason in Finnish), the job coach holds the suitability interview typing the
 * date the Finnish way (20.11.2026) and runs the digital skills test. What the engine records is
 * the same codes and ISO dates as in English. Screenshots {@code 30-…} to {@code 33-…} are kept in
 * {@code target/e2e/}.
 */
class FinnishWalkE2E extends IntegrationTest {

    private static final String FINNISH = "fi-FI";

    @LocalServerPort
    int port;

    @Autowired
    Messages messages;

    private String fi(String key) {
        return messages.text(Language.FI, key);
    }

    private Browser browser() {
        // A Finnish browser: Finnish pages and the Finnish way of writing dates (d.M.yyyy)
        return new Browser("http://localhost:" + port, FINNISH).intlLocale(FINNISH);
    }

    @Test
    void aReferralIsReviewedAndTheParticipantInterviewedAndTestedInFinnish() {
        freeAllPlaces();
        ObjectNode referral = referral();
        ((ObjectNode) referral.get("participant")).put("ictBackground", "NONE");
        String journeyId = createJourney(referral);
        awaitTask(journeyId, "Task_ReviewReferral");

        try (Browser coordinator = browser().login("tasklist", "coordinator")) {
            assertThat(coordinator.filterNames()).containsExactly(fi("filter.open.referral-coordinators.name"),
                    fi("filter.my-tasks.name"), fi("filter.overdue.name"));
            coordinator.openTask(fi("filter.open.referral-coordinators.name"), fi("task.Task_ReviewReferral"));
            assertThat(coordinator.formText()).contains(fi("variable.eligibilityReason.No ICT background"));
            coordinator.claim();
            coordinator.choose(fi("form.review-referral.reviewDecision.option.ACCEPT"));
            coordinator.screenshot("30-fi-coordinator-reviews-referral");
            coordinator.complete();
            coordinator.waitUntil(d -> taskService.createTaskQuery().processInstanceBusinessKey(journeyId)
                    .taskDefinitionKey("Task_ReviewReferral").count() == 0);
        }
        awaitTask(journeyId, "Task_HoldSuitabilityInterview");

        try (Browser coach = browser().login("tasklist", "coach")) {
            coach.openTask(fi("filter.open.job-coaches.name"), fi("task.Task_HoldSuitabilityInterview"));
            assertThat(coach.formText()).contains(fi("value.ict_background.NONE"), fi("value.labour_market_status.UNEMPLOYED"));
            coach.claim();
            coach.date(fi("form.hold-suitability-interview.interviewDate.dateLabel"), "20.11.2026");
            coach.choose(fi("form.hold-suitability-interview.interviewOutcome.option.SUITABLE"));
            coach.type(fi("form.hold-suitability-interview.motivation.label"), "4");
            coach.select(fi("form.hold-suitability-interview.preferredWorkTeam.label"),
                    fi("form.hold-suitability-interview.preferredWorkTeam.option.SOFTWARE"));
            coach.screenshot("31-fi-coach-interview-filled");
            coach.complete();
            coach.waitUntil(d -> taskService.createTaskQuery().processInstanceBusinessKey(journeyId)
                    .taskDefinitionKey("Task_HoldSuitabilityInterview").count() == 0);
        }
        awaitStatus(journeyId, "phase", "INITIAL_ASSESSMENT");
        assertThat(jdbc.queryForMap("select interview_date::text as date, preferred_work_team from suitability_interview"
                + " where journey_id = ?::uuid", journeyId))
                .containsEntry("date", "2026-11-20").containsEntry("preferred_work_team", "SOFTWARE");

        awaitTask(journeyId, "Task_RunDigitalSkillsTest");
        try (Browser coach = browser().login("tasklist", "coach")) {
            coach.openTask(fi("filter.open.job-coaches.name"), fi("task.Task_RunDigitalSkillsTest"));
            coach.claim();
            coach.type(fi("form.run-digital-skills-test.digitalSkillsScore.label"), "68");
            coach.screenshot("32-fi-coach-digital-skills-test");
            coach.complete();
            coach.waitUntil(d -> taskService.createTaskQuery().processInstanceBusinessKey(journeyId)
                    .taskDefinitionKey("Task_RunDigitalSkillsTest").count() == 0);
            coach.openFilter(fi("filter.my-tasks.name"));
            coach.screenshot("33-fi-coach-my-tasks");
        }
        assertThat(jdbc.queryForObject("select digital_skills_score from assessment where journey_id = ?::uuid",
                Integer.class, journeyId)).isEqualTo(68);
    }
}
