package fi.polku.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.support.IntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * One participant from referral to the six-month follow-up through all five phases on PostgreSQL,
 * each step done by the user whose group owns it; timers are fired as an administrator would. At
 * each stage the indicator report must count this participant exactly where expected: every
 * figure is compared with the report before the stage.
 */
class FullJourneyIT extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate START = TODAY.plusDays(10);
    private static final LocalDate END = START.plusMonths(8).minusDays(1);
    private static final String REPORT = "/api/v1/reports/indicators?from=" + TODAY.minusYears(1) + "&to="
            + TODAY.plusYears(2);

    @BeforeEach
    void startWithAFreePlace() {
        freeAllPlaces();
    }

    /** Every figure's total. */
    private Map<String, Integer> figures() {
        Map<String, Integer> totals = new HashMap<>();
        get("manager", REPORT).getBody().get("indicators")
                .forEach(figure -> totals.put(figure.get("id").asText(), figure.get("total").asInt()));
        return totals;
    }

    /** The figures that grew since {@code before}, and by how much. */
    private Map<String, Integer> grown(Map<String, Integer> before) {
        return figures().entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() - before.get(e.getKey())));
    }

    private static Map<String, Integer> onceEach(String... ids) {
        return Set.of(ids).stream().collect(Collectors.toMap(id -> id, id -> 1));
    }

    private boolean behind(String figure, String journeyId) {
        return get("lead", REPORT + "&detail=" + figure).getBody().get("journeyIds").toString().contains(journeyId);
    }

    @Test
    void oneParticipantFromReferralToTheSixMonthFollowUp() {
        Map<String, Integer> atStart = figures();
        String companyId = registerCompany(partnerCompany("Koodipaja Oy", "Java"));

        // 1. Referral: it needs review (no ICT background); the coordinator accepts; the job coach interviews.
        ObjectNode referral = referral();
        participant(referral).put("ictBackground", "NONE");
        String journeyId = createJourney(referral);
        work("coordinator", "referral-coordinators", awaitTask(journeyId, "Task_ReviewReferral"),
                Map.of("reviewDecision", "ACCEPT"));
        work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldSuitabilityInterview"), Map.of("interviewOutcome",
                "SUITABLE", "interviewDate", TODAY.toString(), "motivation", 5, "preferredWorkTeam", "SOFTWARE"));

        // 2. Initial assessment by four professionals, then the case conference.
        assess(journeyId, 4, "NONE");
        work("lead", "team-leads", awaitTask(journeyId, "Task_HoldCaseConference"), Map.of("track", "WAGE_SUBSIDY_WORK",
                "goal1", "Work as a developer", "studyPlan", "Development and Operations", "guidanceAgreement", "Weekly"));
        assertThat(grown(atStart)).as("nobody has started yet").isEmpty();

        // 3. Wage-subsidy period: the team lead records the decision and the contract; the participant has started.
        work("lead", "team-leads", awaitTask(journeyId, "Task_RecordWageSubsidyDecision"), Map.of("decisionNumber",
                "WS-FULL-1", "subsidyDecision", "GRANTED", "funding", "PAY_SUBSIDY", "subsidyPercent", 70,
                "subsidyStart", START.toString(), "subsidyEnd", END.toString()));
        work("lead", "team-leads", awaitTask(journeyId, "Task_SignContractAndOnboard"), Map.of("contractDate",
                START.toString(), "workTeam", "SOFTWARE", "mentor", "Mira Mentor"));
        Map<String, Integer> started = figures();
        // Aino, born 1998-04-12, ISCED 3, 14 months unemployed.
        assertThat(grown(atStart)).isEqualTo(onceEach("participants", "unemployed", "long-term-unemployed", "age-18-29",
                "education-isced-3-4"));
        assertThat(behind("participants", journeyId)).isTrue();

        fireTimer(journeyId, "wage-subsidy-period", "Timer_NextCheckIn");
        work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldMonthlyCheckIn"), Map.of("meetingDate",
                START.plusMonths(1).toString(), "attended", true, "progress", 4, "applicationsSent", 3, "creditsEarned", 5,
                "concern", false));
        fireTimer(journeyId, "wage-subsidy-period", "Timer_Midpoint");
        work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldMidpointReview"), Map.of("meetingDate",
                START.plusMonths(4).toString(), "crearStudies", 4, "crearTimeUse", 4, "crearWellbeing", 4,
                "crearCareerPlanning", 4, "crearEmployment", 4, "workAbilityScore", 8, "commitment",
                "ACTIVELY_SEEKING_WORK", "traineeReadiness", "READY"));
        fireTimer(journeyId, "wage-subsidy-period", "Timer_TraineeHandOver");

        // 4. Trainee placement: the employer coordinator matches, the company confirms, the job coach checks in,
        //    the company hires, the employer hears of the Helsinki supplement.
        work("employer", "employer-coordinators", awaitTask(journeyId, "Task_MatchWithPartnerCompany"), Map.of(
                "partnerCompany", companyId, "placementRole", "Junior developer", "supervisorName", "Kalle Koodari",
                "placementStart", END.minusMonths(2).plusDays(1).toString(), "placementEnd", END.toString()));
        work("employer", "employer-coordinators", awaitTask(journeyId, "Task_AgreePlacement"),
                Map.of("companyAnswer", "CONFIRMED"));
        fireTimer(journeyId, "trainee-placement", "Timer_OneMonthIn");
        work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldMidPlacementCheckIn"), Map.of("meetingDate",
                END.minusMonths(1).toString(), "attended", true, "progress", 5, "concern", false));
        fireTimer(journeyId, "trainee-placement", "Timer_PlacementEnds");
        work("employer", "employer-coordinators", awaitTask(journeyId, "Task_RecordHiringDecision"), Map.of(
                "hiringOutcome", "HIRED", "contractType", "PERMANENT", "employmentStart", END.plusDays(1).toString(),
                "hoursPerWeek", 37, "paySubsidised", false));
        work("employer", "employer-coordinators", awaitTask(journeyId, "Task_InformEmployerAboutSupplement"),
                Map.of("informedOn", END.plusDays(2).toString(), "informedChannel", "EMAIL"));
        assertThat(grown(started)).as("nobody has left yet").isEmpty();

        // 5. Follow-up: the place is freed; the job coach holds the exit review; the referrer hears the outcome.
        work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldExitReview"), Map.of("leftOn", TODAY.toString(),
                "outcomeOnLeaving", "EMPLOYED", "employmentType", "OPEN_MARKET", "qualificationGained", true,
                "creditsGained", 45, "workAbilityAtExit", 9, "feedbackScore", 5, "certificatesIssued", true));
        assertThat(jdbc.queryForObject("select released_at is not null from place_reservation where journey_id = ?::uuid",
                Boolean.class, journeyId)).isTrue();
        // The indicators and the notice follow the stored review asynchronously; then the follow-up waits.
        awaitActivity(journeyId, "Timer_ThreeMonths");
        Map<String, Integer> left = figures();
        assertThat(grown(started)).isEqualTo(onceEach("leavers", "leaving-employed", "leaving-qualification"));
        assertThat(behind("leaving-employed", journeyId)).isTrue();
        assertThat(jdbc.queryForObject("select payload ->> 'reason' from outbox_message where journey_id = ?::uuid "
                + "and type = 'JOURNEY_OUTCOME'", String.class, journeyId)).isEqualTo("EMPLOYED");

        // Three months on the participant cannot be reached at first; a week later they are.
        fireTimer(journeyId, "follow-up", "Timer_ThreeMonths");
        work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldThreeMonthFollowUp"), Map.of("contactedOn",
                TODAY.plusMonths(3).toString(), "contactResult", "NOT_REACHED"));
        fireTimer(journeyId, "follow-up", "Timer_ThreeMonthRetry");
        work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldThreeMonthFollowUp"), Map.of("contactedOn",
                TODAY.plusMonths(3).plusDays(7).toString(), "contactResult", "REACHED", "situation", "EMPLOYED",
                "employmentType", "OPEN_MARKET"));
        assertThat(grown(left)).as("the 3-month follow-up is no indicator").isEmpty();

        fireTimer(journeyId, "follow-up", "Timer_SixMonths");
        work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldSixMonthFollowUp"), Map.of("contactedOn",
                TODAY.plusMonths(6).toString(), "contactResult", "REACHED", "situation", "EMPLOYED",
                "employmentType", "OPEN_MARKET"));
        assertThat(grown(left)).isEqualTo(onceEach("six-months-employed", "six-months-improved"));
        assertThat(behind("six-months-improved", journeyId)).isTrue();

        awaitStatus(journeyId, "outcome", "COMPLETED");
        JsonNode completed = status(journeyId);
        assertThat(completed.get("status").asText()).isEqualTo("ENDED");
        assertThat(completed.get("phase").asText()).isEqualTo("FOLLOW_UP");
        JsonNode followUp = completed.get("followUp");
        assertThat(followUp.get("leavingRoute").asText()).isEqualTo("HIRED");
        assertThat(followUp.get("outcomeOnLeaving").asText()).isEqualTo("EMPLOYED");
        assertThat(followUp.get("threeMonths").asText()).isEqualTo("EMPLOYED");
        assertThat(followUp.get("sixMonths").asText()).isEqualTo("EMPLOYED");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(journeyId).count()).isZero();
        assertThat(jdbc.queryForList("select checkpoint || ':' || attempt || ':' || coalesce(situation, '-') from follow_up "
                + "where journey_id = ?::uuid order by id", String.class, journeyId))
                .isEqualTo(List.of("THREE_MONTHS:1:-", "THREE_MONTHS:2:EMPLOYED", "SIX_MONTHS:1:EMPLOYED"));
        assertThat(get("manager", REPORT).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
