package fi.polku.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.support.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The work the reliability tests put on the nodes, and the checks that nothing was lost or done
 * twice. Clients behave as careful integrations do: a request that got no answer (connection
 * refused or cut) is sent again unchanged, relying on the API's idempotency.
 */
final class Workload {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private Workload() {
    }

    /**
     * Sends {@code count} requests with {@code clients} threads; request {@code i} is repeated until
     * it gets an HTTP answer (the function picks the node each time, so a repeat may go to a
     * restarted one). Returns the final answer of each request and how many sends got no answer.
     */
    static Sent send(int count, int clients, IntFunction<Client.Answer> request) {
        Map<Integer, Client.Answer> answers = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger repeated = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    Client.Answer answer = request.apply(i);
                    Instant deadline = Instant.now().plus(PATIENCE);
                    while (answer.status() < 0 && Instant.now().isBefore(deadline)) {
                        repeated.incrementAndGet();
                        PolkuNode.sleep(Duration.ofMillis(250));
                        answer = request.apply(i);
                    }
                    answers.put(i, answer);
                }
            }));
        }
        pool.shutdown();
        for (java.util.concurrent.Future<?> client : running) {
            try {
                client.get(10, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new AssertionError("a client failed", e);
            }
        }
        assertThat(answers).as("an answer for every request").hasSize(count);
        return new Sent(answers, repeated.get());
    }

    record Sent(Map<Integer, Client.Answer> answers, int repeated) {
    }

    static Client.Answer createReferral(String node, String sourceReferralId) {
        return Client.post(node, "integration", "/api/v1/referrals", Client.referral(sourceReferralId));
    }

    /** Waits until the SQL count reaches the expected value (the job executors work asynchronously). */
    static void awaitCount(JdbcTemplate jdbc, long expected, String sql, Object... args) {
        Instant deadline = Instant.now().plus(PATIENCE);
        long actual;
        while ((actual = jdbc.queryForObject(sql, Long.class, args)) != expected) {
            assertThat(Instant.now()).as("%s reached %d (now %d)", sql, expected, actual).isBefore(deadline);
            PolkuNode.sleep(Duration.ofSeconds(1));
        }
    }

    /** Every referral once: one journey row and one journey process per source referral id. */
    static void assertEachReferralHasExactlyOneJourney(JdbcTemplate jdbc, int referrals) {
        assertThat(jdbc.queryForObject("select count(*) from journey", Long.class)).isEqualTo(referrals);
        assertThat(jdbc.queryForObject("select count(distinct source_referral_id) from journey", Long.class))
                .isEqualTo(referrals);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = 'participant-journey'",
                Long.class)).isEqualTo(referrals);
        assertThat(jdbc.queryForObject("select count(distinct business_key_) from act_hi_procinst"
                + " where proc_def_key_ = 'participant-journey'", Long.class)).isEqualTo(referrals);
    }

    /**
     * No job ran twice: the engine's job log has at most one successful run per job. The history
     * cleanup job is the exception by design: it reschedules itself under the same id and runs again
     * and again inside its batch window (01:00–05:00), so a run in those hours logs it more than once.
     */
    static void assertNoJobRanTwice(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForList("select job_id_ from act_hi_job_log where job_state_ = 2"
                + " and job_def_type_ is distinct from 'history-cleanup'"
                + " group by job_id_ having count(*) > 1", String.class)).as("jobs that ran twice").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Long.class)).as("incidents").isZero();
    }

    /**
     * Every notification reached its target, and whatever arrived twice (a crash between sending and
     * recording it) carried the same idempotency key. Returns the number of such repeats.
     */
    static long assertNotificationsDeliveredWithIdempotencyKeys(JdbcTemplate jdbc, WebhookReceiver webhook) {
        awaitCount(jdbc, 0, "select count(*) from outbox_message where status <> 'SENT'");
        List<String> sent = jdbc.queryForList("select id::text from outbox_message where target = 'partner-webhook'",
                String.class);
        List<WebhookReceiver.Delivery> deliveries = webhook.deliveries();
        assertThat(deliveries).as("deliveries without an idempotency key")
                .allSatisfy(d -> assertThat(d.idempotencyKey()).isNotBlank());
        Map<String, Long> perKey = deliveries.stream()
                .collect(Collectors.groupingBy(WebhookReceiver.Delivery::idempotencyKey, Collectors.counting()));
        assertThat(perKey.keySet()).as("every notification delivered").containsAll(sent);
        return perKey.values().stream().mapToLong(n -> n - 1).sum();
    }
}
