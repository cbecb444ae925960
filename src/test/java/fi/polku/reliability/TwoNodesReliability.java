package fi.polku.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.support.WebhookReceiver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes on one database, as a city would run for availability: 1,000 referrals spread over
 * both, their interviews completed on both (a hundred of them by two coaches on the two nodes at
 * the same moment), their waiting-list timers firing on both. Every job runs once, every task is
 * completed once, and the coach who came second is told so (409).
 */
class TwoNodesReliability {

    private static final int REFERRALS = 1000;
    private static final int RACED = 100;
    private static final int CLIENTS = 8;

    private final WebhookReceiver webhook = WebhookReceiver.start();
    private final Postgres postgres = Postgres.startFresh("two-nodes-postgres");
    private final JdbcTemplate jdbc = postgres.jdbc();
    private final List<PolkuNode> nodes = new ArrayList<>();

    @AfterEach
    void stop() {
        nodes.forEach(PolkuNode::close);
        postgres.close();
    }

    @Test
    void eachJobRunsOnceAndEachTaskIsCompletedOnce() throws Exception {
        // one after the other: the first creates the engine's and Polku's tables
        nodes.add(PolkuNode.start("node-1", postgres, webhook.url()));
        nodes.add(PolkuNode.start("node-2", postgres, webhook.url()));

        Workload.Sent intake = Workload.send(REFERRALS, CLIENTS,
                i -> Workload.createReferral(node(i).url(), "TWO-" + i));
        assertThat(intake.answers().values()).allSatisfy(a -> assertThat(a.status()).isEqualTo(201));
        Workload.assertEachReferralHasExactlyOneJourney(jdbc, REFERRALS);
        Workload.awaitCount(jdbc, REFERRALS, "select count(*) from act_ru_task where task_def_key_ = 'Task_HoldSuitabilityInterview'");

        List<String> interviews = jdbc.queryForList(
                "select id_ from act_ru_task where task_def_key_ = 'Task_HoldSuitabilityInterview' order by id_", String.class);
        List<List<Client.Answer>> races = new ArrayList<>();
        for (String task : interviews.subList(0, RACED)) {
            races.add(bothCoachesAtOnce(task));
        }
        Workload.Sent rest = Workload.send(interviews.size() - RACED, CLIENTS, i -> Client.post(
                node(i).url(), "coach", "/engine-rest/task/" + interviews.get(RACED + i) + "/submit-form", Client.SUITABLE_INTERVIEW));
        assertThat(rest.answers().values()).allSatisfy(a -> assertThat(a.status()).isEqualTo(204));
        assertThat(races).allSatisfy(answers -> assertThat(answers).extracting(Client.Answer::status)
                .containsExactlyInAnyOrder(204, 409));
        assertThat(jdbc.queryForObject("select count(*) from suitability_interview", Long.class)).isEqualTo(REFERRALS);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_taskinst where task_def_key_ = 'Task_HoldSuitabilityInterview'"
                + " and end_time_ is not null and delete_reason_ = 'completed'", Long.class)).isEqualTo(REFERRALS);

        int waiting = REFERRALS - 1;
        Workload.awaitCount(jdbc, waiting, "select count(*) from act_ru_job where handler_cfg_ like '%Event_WaitedTooLong%'");
        jdbc.update("update act_ru_job set duedate_ = now() where handler_cfg_ like '%Event_WaitedTooLong%'");
        Workload.awaitCount(jdbc, waiting, "select count(*) from act_ru_task where task_def_key_ = 'Task_DecideOnWaitingParticipant'");
        assertThat(jdbc.queryForObject("select count(*) from act_hi_actinst where act_id_ = 'Event_WaitedTooLong'", Long.class))
                .isEqualTo(waiting);

        Workload.assertNoJobRanTwice(jdbc);
        long repeats = Workload.assertNotificationsDeliveredWithIdempotencyKeys(jdbc, webhook);
        Map<String, Long> jobsPerNode = jdbc.queryForList(
                "select hostname_ from act_hi_job_log where job_state_ = 2", String.class).stream()
                .collect(Collectors.groupingBy(h -> h, Collectors.counting()));
        assertThat(jobsPerNode.keySet()).as("both nodes ran jobs").containsExactlyInAnyOrder("node-1", "node-2");
        System.out.printf("two nodes: %d referrals, %d interviews (%d raced by two coaches on two nodes: %d successes,"
                        + " %d conflicts), %d timers; successful jobs per node %s; 0 jobs run twice;"
                        + " %d notifications delivered again with the same idempotency key%n",
                REFERRALS, interviews.size(), RACED, RACED, RACED, waiting, jobsPerNode, repeats);
    }

    /** Even requests to the first node, odd to the second. */
    private PolkuNode node(int request) {
        return nodes.get(request % 2);
    }

    private List<Client.Answer> bothCoachesAtOnce(String task) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Client.Answer> first = CompletableFuture.supplyAsync(() -> submitTogether(together, 0, "coach", task));
        CompletableFuture<Client.Answer> second = CompletableFuture.supplyAsync(() -> submitTogether(together, 1, "coach2", task));
        return List.of(first.get(), second.get());
    }

    private Client.Answer submitTogether(CyclicBarrier together, int node, String coach, String task) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Client.post(nodes.get(node).url(), coach, "/engine-rest/task/" + task + "/submit-form", Client.SUITABLE_INTERVIEW);
    }
}
