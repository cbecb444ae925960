package fi.polku.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.support.WebhookReceiver;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The server dies (SIGKILL) while 500 referrals arrive, again while suitability interviews are
 * submitted and their notifications sent, and again while the waiting-list timers of those
 * journeys fire. After each restart: every accepted referral has exactly one journey, no job is
 * lost or run twice, every timer fired once, every notification arrived (repeats only with the
 * same idempotency key).
 */
class CrashRecoveryReliability {

    private static final int REFERRALS = 500;
    private static final int CLIENTS = 8;

    private final WebhookReceiver webhook = WebhookReceiver.start();
    private final Postgres postgres = Postgres.startFresh("crash-postgres");
    private final JdbcTemplate jdbc = postgres.jdbc();
    private final AtomicReference<PolkuNode> node = new AtomicReference<>();

    @AfterEach
    void stop() {
        node.get().close();
        postgres.close();
    }

    @Test
    void nothingIsLostOrDoneTwiceWhenTheServerIsKilled() {
        node.set(PolkuNode.start("crash-node", postgres, webhook.url()));

        // 1. intake: killed once about 200 referrals are in
        CompletableFuture<Long> crash = crashWhen("select count(*) from journey", 200);
        Workload.Sent intake = Workload.send(REFERRALS, CLIENTS,
                i -> Workload.createReferral(node.get().url(), "CRASH-" + i));
        crash.join();
        assertThat(intake.answers().values()).as("every referral accepted (after retries)").allSatisfy(a -> assertThat(a.ok()).isTrue());
        Workload.assertEachReferralHasExactlyOneJourney(jdbc, REFERRALS);
        Workload.awaitCount(jdbc, REFERRALS, "select count(*) from act_ru_task where task_def_key_ = 'Task_HoldSuitabilityInterview'");

        // 2. interviews (each writes a notification to the outbox): killed about halfway
        List<String> interviews = jdbc.queryForList(
                "select id_ from act_ru_task where task_def_key_ = 'Task_HoldSuitabilityInterview'", String.class);
        crash = crashWhen("select count(*) from suitability_interview", REFERRALS / 2);
        Workload.Sent submitted = Workload.send(interviews.size(), CLIENTS,
                i -> Client.post(node.get().url(), "coach", "/engine-rest/task/" + interviews.get(i) + "/submit-form",
                        Client.SUITABLE_INTERVIEW));
        crash.join();
        // a submission whose answer the crash swallowed is refused as "already completed" when sent again
        assertThat(submitted.answers().values()).allSatisfy(a -> assertThat(a.status()).isIn(204, 409));
        assertThat(jdbc.queryForObject("select count(*) from suitability_interview", Long.class)).isEqualTo(REFERRALS);
        // one journey took the only place; the others wait for one, with a 60-day timer each
        int waiting = REFERRALS - 1;
        Workload.awaitCount(jdbc, waiting, "select count(*) from act_ru_job where handler_cfg_ like '%Event_WaitedTooLong%'");

        // 3. the 60-day timers all fall due: killed while they fire
        jdbc.update("update act_ru_job set duedate_ = now() where handler_cfg_ like '%Event_WaitedTooLong%'");
        crash = crashWhen("select count(*) from act_ru_task where task_def_key_ = 'Task_DecideOnWaitingParticipant'", waiting / 3);
        long firedBeforeTheCrash = crash.join();
        Workload.awaitCount(jdbc, waiting, "select count(*) from act_ru_task where task_def_key_ = 'Task_DecideOnWaitingParticipant'");
        assertThat(jdbc.queryForObject("select count(*) from act_hi_actinst where act_id_ = 'Event_WaitedTooLong'", Long.class))
                .as("each timer fired once").isEqualTo(waiting);

        Workload.assertEachReferralHasExactlyOneJourney(jdbc, REFERRALS);
        Workload.assertNoJobRanTwice(jdbc);
        long repeats = Workload.assertNotificationsDeliveredWithIdempotencyKeys(jdbc, webhook);
        System.out.printf("crash recovery: %d referrals (%d sends repeated after the kill), %d interviews (%d repeated,"
                        + " %d answered 409 already completed), %d timers (%d had fired at the kill); %d notifications"
                        + " delivered again with the same idempotency key; 0 journeys duplicated, 0 jobs lost or run twice%n",
                REFERRALS, intake.repeated(), interviews.size(), submitted.repeated(),
                submitted.answers().values().stream().filter(a -> a.status() == 409).count(), waiting,
                firedBeforeTheCrash, repeats);
    }

    /** Kills the node once the count reaches the threshold, then starts it again; yields the count at the kill. */
    private CompletableFuture<Long> crashWhen(String countSql, long threshold) {
        return CompletableFuture.supplyAsync(() -> {
            while (jdbc.queryForObject(countSql, Long.class) < threshold) {
                PolkuNode.sleep(java.time.Duration.ofMillis(50));
            }
            node.get().kill();
            long atTheKill = jdbc.queryForObject(countSql, Long.class);
            node.set(PolkuNode.start("crash-node", postgres, webhook.url()));
            return atTheKill;
        });
    }
}
