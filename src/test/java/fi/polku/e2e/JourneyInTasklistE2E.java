package fi.polku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One participant's journey the way the staff meet it: a referral arrives over the API, the
 * coordinator reviews it in Tasklist (a required field is missed once, then filled), the job coach
 * holds the interview, four professionals assess, the team lead holds the case conference and
 * records the wage-subsidy decision and contract, the manager sees the journey in Cockpit, the job
 * coach holds a check-in and the midpoint review, and the employer coordinator places the
 * participant with a company of the register, records the hiring and tells the employer about the
 * Helsinki supplement, and the job coach holds the exit review and the 3- and 6-month follow-ups.
 * Each user logs in as themself and works only their group's tasks. Screenshots: {@code target/e2e/}.
 */
class JourneyInTasklistE2E extends IntegrationTest {

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

    private long openTasks(String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(journeyId).taskDefinitionKey(taskKey).count();
    }

    private Browser browser() {
        return new Browser("http://localhost:" + port);
    }

    @Test
    void oneParticipantFromReferralToTheSixMonthFollowUp() {
        ObjectNode company = partnerCompany("Koodipaja E2E Oy", "Java", "React");
        registerCompany(company);
        String companyOption = "Koodipaja E2E Oy (" + company.get("businessId").asText() + ") — Java, React";

        try (Browser coordinator = browser().login("tasklist", "coordinator")) {
            assertThat(coordinator.driver().getTitle()).contains("Polku");
            assertThat(coordinator.driver().findElements(By.cssSelector(".ce-eol-banner")))
                    .allMatch(banner -> !banner.isDisplayed());
            assertThat(coordinator.filterNames()).containsExactly("Referral coordinators: open", "My tasks", "Overdue");
            coordinator.screenshot("01-coordinator-tasklist");

            coordinator.openTask("Referral coordinators: open", "Review referral");
            assertThat(coordinator.formText()).contains("No ICT background", "Helsinki Employment Services");
            coordinator.claim();
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
            coordinator.claim();
            coordinator.choose("Accept for a suitability interview");
            coordinator.complete();
            coordinator.waitUntil(d -> taskService.createTaskQuery().processInstanceBusinessKey(journeyId)
                    .taskDefinitionKey("Task_ReviewReferral").count() == 0);
        }
        awaitTask(journeyId, "Task_HoldSuitabilityInterview");

        try (Browser coach = browser().login("tasklist", "coach")) {
            assertThat(coach.filterNames()).containsExactly("Job coaches: open", "My tasks", "Overdue");
            coach.openTask("Job coaches: open", "Hold suitability interview");
            // Another group's task is not in the coach's list.
            assertThat(coach.taskNamesInList()).contains("Hold suitability interview").doesNotContain("Review referral");
            coach.claim();
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

        // The initial assessment: four professionals, each in their own group's list.
        try (Browser instructor = browser().login("tasklist", "instructor")) {
            instructor.openTask("Social instructors: open", "Review service-need assessment (CREAR)");
            instructor.claim();
            instructor.type("Studies", "3");
            instructor.type("Time use and planning", "4");
            instructor.type("Well-being", "4");
            instructor.type("Career planning", "3");
            instructor.type("Employment", "2");
            instructor.tick("Learning");
            instructor.choose("Some");
            instructor.screenshot("05-instructor-service-need-review");
            instructor.complete();
            instructor.waitUntil(d -> openTasks("Task_ReviewServiceNeed") == 0);
            instructor.openTask("Social instructors: open", "Record work-ability baseline (Kykyviisari)");
            instructor.claim();
            instructor.type("Overall work ability", "7");
            instructor.complete();
            instructor.waitUntil(d -> openTasks("Task_RecordWorkAbility") == 0);
        }
        try (Browser coach = browser().login("tasklist", "coach")) {
            coach.openTask("Job coaches: open", "Run digital skills test");
            assertThat(coach.taskNamesInList()).doesNotContain("Review service-need assessment (CREAR)");
            coach.claim();
            coach.type("Test score", "68");
            coach.complete();
            coach.waitUntil(d -> openTasks("Task_RunDigitalSkillsTest") == 0);
        }
        try (Browser counsellor = browser().login("tasklist", "counsellor")) {
            counsellor.openTask("Study counsellors: open", "Discuss pathway studies");
            counsellor.claim();
            counsellor.choose("Pathway studies (60 ECTS)");
            counsellor.type("Prior credits", "10");
            counsellor.complete();
            counsellor.waitUntil(d -> openTasks("Task_DiscussPathwayStudies") == 0);
        }
        awaitTask(journeyId, "Task_HoldCaseConference");
        try (Browser lead = browser().login("tasklist", "lead")) {
            lead.openTask("Team leads: open", "Hold case conference");
            assertThat(lead.formText()).contains("68 / 100", "Basics of Digital Service", "7 / 10");
            lead.claim();
            lead.choose("Wage-subsidy work in the digital work community");
            lead.type("Personal goal 1", "Work as a front-end developer");
            lead.type("Study plan", "Basics of Digital Service, then the pathway studies");
            lead.type("Guidance agreement", "Job coach weekly, social instructor monthly");
            lead.screenshot("06-lead-case-conference");
            lead.complete();
            lead.waitUntil(d -> openTasks("Task_HoldCaseConference") == 0);

            // The wage-subsidy decision, recorded by the team lead.
            awaitTask(journeyId, "Task_RecordWageSubsidyDecision");
            lead.openTask("Team leads: open", "Record wage-subsidy decision");
            lead.claim();
            lead.type("Decision number", "WS-E2E-1");
            lead.choose("Granted");
            lead.select("Funding", "City's own funding");
            lead.type("Subsidy", "100");
            lead.date("Period starts", "01/04/2027");
            lead.date("Period ends", "09/03/2027");
            lead.screenshot("07-lead-wage-subsidy-decision");
            lead.complete();
            lead.waitUntil(d -> openTasks("Task_RecordWageSubsidyDecision") == 0);

            awaitTask(journeyId, "Task_SignContractAndOnboard");
            lead.openTask("Team leads: open", "Sign contract and onboard");
            lead.claim();
            lead.date("Contract signed on", "12/15/2026");
            lead.select("Work team", "Software");
            lead.type("Mentor", "Mira Mentor");
            lead.complete();
            lead.waitUntil(d -> openTasks("Task_SignContractAndOnboard") == 0);
        }
        awaitStatus(journeyId, "phase", "WAGE_SUBSIDY_PERIOD");
        assertThat(status(journeyId).get("wageSubsidy").get("status").asText()).isEqualTo("RUNNING");
        assertThat(status(journeyId).get("wageSubsidy").get("endDate").asText()).isEqualTo("2027-09-03");

        // While the journey is in its wage-subsidy period, the manager follows it in Cockpit.
        try (Browser manager = browser().login("cockpit", "manager")) {
            manager.driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/processes");
            manager.click(By.xpath("//a[normalize-space(.)='Participant journey']"));
            manager.visible(By.cssSelector("svg g.djs-element"));
            // Running-instance counts on the phase activities.
            manager.waitUntil(d -> d.findElements(By.cssSelector(".djs-overlay .badge")).stream()
                    .anyMatch(badge -> badge.getText().trim().matches("\\d+")));
            assertThat(manager.driver().getTitle()).contains("Polku");
            assertThat(manager.driver().findElements(By.cssSelector(".ce-eol-banner")))
                    .allMatch(banner -> !banner.isDisplayed());
            manager.screenshot("08-manager-cockpit-participant-journey");
        }

        // The period's timers are advanced through the engine API (as an administrator would).
        fireTimer(journeyId, "wage-subsidy-period", "Timer_NextCheckIn");
        try (Browser coach = browser().login("tasklist", "coach")) {
            coach.openTask("Job coaches: open", "Hold monthly check-in");
            coach.claim();
            coach.date("Check-in held on", "02/04/2027");
            coach.tick("The participant attended");
            coach.type("Progress on goals", "4");
            coach.type("Job or study applications sent", "2");
            coach.type("Credits earned", "5");
            coach.screenshot("09-coach-monthly-check-in");
            coach.complete();
            coach.waitUntil(d -> openTasks("Task_HoldMonthlyCheckIn") == 0);

            fireTimer(journeyId, "wage-subsidy-period", "Timer_Midpoint");
            coach.openTask("Job coaches: open", "Hold midpoint review");
            coach.claim();
            coach.date("Review held on", "05/05/2027");
            for (String area : new String[] {"CREAR: studies", "CREAR: time use", "CREAR: well-being",
                    "CREAR: career planning", "CREAR: employment"}) {
                coach.type(area, "4");
            }
            coach.type("Kykyviisari", "8");
            coach.choose("Is actively seeking work");
            coach.choose("Ready for a trainee placement");
            coach.complete();
            coach.waitUntil(d -> openTasks("Task_HoldMidpointReview") == 0);
        }
        fireTimer(journeyId, "wage-subsidy-period", "Timer_TraineeHandOver");
        awaitStatus(journeyId, "phase", "TRAINEE_PLACEMENT");
        assertThat(jdbc.queryForList("select kind from period_meeting where journey_id = ?::uuid order by id",
                String.class, journeyId)).containsExactly("MONTHLY_CHECK_IN", "MIDPOINT_REVIEW");

        // The trainee placement: the employer coordinator picks a company of the register.
        awaitTask(journeyId, "Task_MatchWithPartnerCompany");
        try (Browser employer = browser().login("tasklist", "employer")) {
            assertThat(employer.filterNames()).containsExactly("Employer coordinators: open", "My tasks", "Overdue");
            employer.openTask("Employer coordinators: open", "Match with partner company");
            assertThat(employer.taskNamesInList()).doesNotContain("Hold monthly check-in", "Hold midpoint review");
            assertThat(employer.formText()).contains("Attempt 1 of 3", "4 January 2027 – 3 September 2027");
            employer.claim();
            employer.select("Partner company", companyOption);
            employer.type("Role at the company", "Junior front-end developer");
            employer.type("Supervisor at the company", "Kalle Koodari");
            employer.date("Placement starts", "07/05/2027");
            employer.date("Placement ends", "09/03/2027");
            employer.screenshot("10-employer-match-with-partner-company");
            employer.complete();
            employer.waitUntil(d -> openTasks("Task_MatchWithPartnerCompany") == 0);

            awaitTask(journeyId, "Task_AgreePlacement");
            employer.openTask("Employer coordinators: open", "Agree placement with company");
            assertThat(employer.formText()).contains("Koodipaja E2E Oy", "Junior front-end developer", "Kalle Koodari");
            employer.claim();
            employer.choose("Confirmed the placement");
            employer.type("Note", "Kalle confirmed by phone");
            employer.screenshot("11-employer-agree-placement");
            employer.complete();
            employer.waitUntil(d -> openTasks("Task_AgreePlacement") == 0);
        }
        assertThat(status(journeyId).get("traineePlacement").get("status").asText()).isEqualTo("IN_PLACEMENT");

        fireTimer(journeyId, "trainee-placement", "Timer_OneMonthIn");
        try (Browser coach = browser().login("tasklist", "coach")) {
            coach.openTask("Job coaches: open", "Hold mid-placement check-in");
            coach.claim();
            coach.date("Check-in held on", "08/05/2027");
            coach.tick("The participant attended");
            coach.type("Progress in the placement", "5");
            coach.screenshot("12-coach-mid-placement-check-in");
            coach.complete();
            coach.waitUntil(d -> openTasks("Task_HoldMidPlacementCheckIn") == 0);
        }

        fireTimer(journeyId, "trainee-placement", "Timer_PlacementEnds");
        try (Browser employer = browser().login("tasklist", "employer")) {
            employer.openTask("Employer coordinators: open", "Record hiring decision");
            employer.claim();
            employer.choose("Hired");
            employer.select("Contract type", "Permanent");
            employer.date("Employment starts", "09/06/2027");
            employer.type("Hours a week", "37");
            employer.screenshot("13-employer-hiring-decision");
            employer.complete();
            employer.waitUntil(d -> openTasks("Task_RecordHiringDecision") == 0);

            awaitTask(journeyId, "Task_InformEmployerAboutSupplement");
            employer.openTask("Employer coordinators: open", "Inform employer about the Helsinki supplement");
            assertThat(employer.formText()).contains("50 % of pay costs", "1500 € a month", "12 months", "5 January 2028");
            employer.claim();
            employer.date("Employer informed on", "09/07/2027");
            employer.select("How", "Phone");
            employer.screenshot("14-employer-helsinki-supplement");
            employer.complete();
            employer.waitUntil(d -> openTasks("Task_InformEmployerAboutSupplement") == 0);
        }
        // The follow-up: the job coach holds the exit review and both follow-ups (the leaving date is today:
        // the timers of this journey were fired early).
        awaitTask(journeyId, "Task_HoldExitReview");
        String today = java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy"));
        try (Browser coach = browser().login("tasklist", "coach")) {
            coach.openTask("Job coaches: open", "Hold exit review");
            assertThat(coach.formText()).contains("Hired after the trainee placement");
            coach.claim();
            coach.date("Left the programme on", today);
            coach.choose("In employment (open market, subsidised or self-employed)");
            coach.select("How employed", "Open labour market");
            coach.tick("Gained a qualification");
            coach.type("Credits gained", "45");
            coach.type("Kykyviisari at exit", "9");
            coach.type("Participant's feedback", "5");
            coach.tick("Work certificate and study certificates issued");
            coach.screenshot("15-coach-exit-review");
            coach.complete();
            coach.waitUntil(d -> openTasks("Task_HoldExitReview") == 0);

            for (String[] followUp : new String[][] {{"Timer_ThreeMonths", "Hold 3-month follow-up"},
                    {"Timer_SixMonths", "Hold 6-month follow-up"}}) {
                awaitActivity(journeyId, followUp[0]);
                fireTimer(journeyId, "follow-up", followUp[0]);
                coach.openTask("Job coaches: open", followUp[1]);
                coach.claim();
                coach.date("Contacted on", today);
                coach.choose("Reached the former participant");
                coach.choose("In employment (open market, subsidised or self-employed)");
                coach.select("How employed", "Open labour market");
                coach.screenshot("16-coach-" + (followUp[0].contains("Three") ? "3" : "6") + "-month-follow-up");
                coach.complete();
                coach.waitUntil(d -> openTasks(followUp[1].equals("Hold 3-month follow-up")
                        ? "Task_HoldThreeMonthFollowUp" : "Task_HoldSixMonthFollowUp") == 0);
            }
        }
        awaitStatus(journeyId, "outcome", "COMPLETED");
        assertThat(status(journeyId).get("followUp").get("sixMonths").asText()).isEqualTo("EMPLOYED");
        assertThat(status(journeyId).get("traineePlacement").get("hiring").get("helsinkiSupplement")
                .get("eligible").asBoolean()).isTrue();

    }
}
