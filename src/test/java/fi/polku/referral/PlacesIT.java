package fi.polku.referral;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A wage-subsidy place is held exactly while a journey needs it, and the waiting list is a queue.
 * The test profile has one place, so who holds it and who waits is the whole story.
 */
class PlacesIT extends IntegrationTest {

    @BeforeEach
    void startWithAFreePlace() {
        freeAllPlaces();
    }

    @Test
    void everyEarlyEndFreesThePlaceForTheLongestWaiting() {
        String referredElsewhere = journeyInAssessment();
        String notGranted = waitingForAPlace();
        String declinedAfterWaiting = waitingForAPlace();
        String last = waitingForAPlace();
        assertThat(holders()).containsExactly(referredElsewhere);
        assertThat(waiting()).containsExactly(notGranted, declinedAfterWaiting, last);

        // Referred to another service at the case conference: the place goes to the first in line.
        assess(referredElsewhere, 4, "NONE");
        work("lead", "team-leads", awaitTask(referredElsewhere, "Task_HoldCaseConference"), Map.of("track",
                "REFER_ELSEWHERE", "referralService", "WORKSHOP", "goal1", "Try a workshop first"));
        awaitStatus(referredElsewhere, "outcome", "REFERRED_ELSEWHERE");
        awaitTask(notGranted, "Task_DiscussPathwayStudies");
        assertThat(holders()).containsExactly(notGranted);
        assertThat(waiting()).containsExactly(declinedAfterWaiting, last);

        // The second in line waited 60 days; while a team lead decides, the place is not given past them.
        fireTimer(declinedAfterWaiting, "referral", "Event_WaitedTooLong");
        awaitTask(declinedAfterWaiting, "Task_DecideOnWaitingParticipant");

        // The wage subsidy is not granted: the place is free, but the first in line is being decided on...
        assess(notGranted, 4, "NONE");
        work("lead", "team-leads", awaitTask(notGranted, "Task_HoldCaseConference"), Map.of("track", "WAGE_SUBSIDY_WORK",
                "goal1", "Work in games", "studyPlan", "Development and Operations", "guidanceAgreement", "Weekly"));
        work("lead", "team-leads", awaitTask(notGranted, "Task_RecordWageSubsidyDecision"),
                Map.of("decisionNumber", "WS-PLACES-1", "subsidyDecision", "NOT_GRANTED"));
        awaitStatus(notGranted, "outcome", "SUBSIDY_NOT_GRANTED");
        assertThat(holders()).isEmpty();
        // ...so neither the journey behind them nor a new referral takes it.
        String newcomer = waitingForAPlace();
        assertThat(holders()).isEmpty();
        awaitActivity(last, "Task_WaitForPlace");

        // Declined after waiting: off the list, and the place goes to the next in line, not to the newcomer.
        work("lead", "team-leads", awaitTask(declinedAfterWaiting, "Task_DecideOnWaitingParticipant"),
                Map.of("waitingDecision", "DECLINE", "declineReason", "Moved to another programme"));
        awaitStatus(declinedAfterWaiting, "outcome", "REFERRAL_DECLINED");
        awaitTask(last, "Task_DiscussPathwayStudies");
        assertThat(holders()).containsExactly(last);
        assertThat(waiting()).containsExactly(newcomer);
    }

    @Test
    void aParticipantKeptWaitingTakesTheNextFreePlace() {
        String holder = journeyInAssessment();
        String keptWaiting = waitingForAPlace();
        fireTimer(keptWaiting, "referral", "Event_WaitedTooLong");
        awaitTask(keptWaiting, "Task_DecideOnWaitingParticipant");

        // The place is freed while the team lead decides; a newer referral arrives meanwhile.
        post("integration", "/api/v1/journeys/" + holder + "/events",
                "{\"type\": \"JOURNEY_WITHDRAWN\", \"data\": {\"reason\": \"MOVED_AWAY\"}}");
        awaitStatus(holder, "outcome", "WITHDRAWN");
        String newer = waitingForAPlace();
        assertThat(holders()).isEmpty();

        work("lead", "team-leads", awaitTask(keptWaiting, "Task_DecideOnWaitingParticipant"),
                Map.of("waitingDecision", "KEEP_WAITING"));

        awaitTask(keptWaiting, "Task_DiscussPathwayStudies");
        assertThat(holders()).containsExactly(keptWaiting);
        assertThat(waiting()).containsExactly(newer);
    }

    @Test
    void aKeptWaitingParticipantWithoutAFreePlaceWaitsAgainWithoutASecondNotice() {
        journeyInAssessment();
        String keptWaiting = waitingForAPlace();
        fireTimer(keptWaiting, "referral", "Event_WaitedTooLong");
        work("lead", "team-leads", awaitTask(keptWaiting, "Task_DecideOnWaitingParticipant"),
                Map.of("waitingDecision", "KEEP_WAITING"));
        awaitActivity(keptWaiting, "Task_WaitForPlace");
        assertThat(waiting()).containsExactly(keptWaiting);
        assertThat(jdbc.queryForList("select type from outbox_message where journey_id = ?::uuid order by created_at",
                String.class, keptWaiting)).containsExactly("WAITING_LIST");
    }

    /** A new journey whose interview found the participant suitable, waiting for a place. */
    private String waitingForAPlace() {
        String journeyId = createJourney(referral());
        work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldSuitabilityInterview"),
                Map.of("interviewOutcome", "SUITABLE", "interviewDate", "2026-11-20", "motivation", 4,
                        "preferredWorkTeam", "SOFTWARE"));
        awaitActivity(journeyId, "Task_WaitForPlace");
        return journeyId;
    }

    private List<String> holders() {
        return jdbc.queryForList("select journey_id::text from place_reservation where released_at is null", String.class);
    }

    private List<String> waiting() {
        return jdbc.queryForList("select journey_id::text from waiting_list_entry where left_at is null order by since",
                String.class);
    }
}
