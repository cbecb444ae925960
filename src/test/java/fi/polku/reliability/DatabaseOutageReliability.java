package fi.polku.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.support.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL stops for 30 s while integrations keep sending referrals. During the outage the API
 * answers 503 with a problem detail (never 500, never a stack trace) and health says DOWN; when the
 * database is back the same node serves again without a restart, every accepted referral has its
 * journey, every refused one has none, and the asynchronous steps caught in the outage finish
 * without incidents.
 */
class DatabaseOutageReliability {

    private static final int CLIENTS = 4;
    private static final Duration BEFORE = Duration.ofSeconds(10);
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration AFTER = Duration.ofSeconds(20);

    private final WebhookReceiver webhook = WebhookReceiver.start();
    private final Postgres postgres = Postgres.startFresh("outage-postgres");
    private final JdbcTemplate jdbc = postgres.jdbc();
    private PolkuNode node;

    private record Sent(String referralId, Instant at, Client.Answer answer) {
    }

    private record HealthCheck(Instant asked, Instant answered, int status) {
    }

    @AfterEach
    void stop() {
        node.close();
        postgres.close();
    }

    @Test
    void theApiSaysUnavailableDuringAnOutageAndRecoversWithoutARestart() throws Exception {
        node = PolkuNode.start("outage-node", postgres, webhook.url());
        List<Sent> sent = new CopyOnWriteArrayList<>();
        List<HealthCheck> health = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger ids = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
        for (int c = 0; c < CLIENTS; c++) {
            clients.execute(() -> {
                while (running.get()) {
                    String id = "OUTAGE-" + ids.incrementAndGet();
                    sent.add(new Sent(id, Instant.now(), Workload.createReferral(node.url(), id)));
                }
            });
        }
        clients.execute(() -> {
            while (running.get()) {
                Instant asked = Instant.now();
                int status = node.health();
                health.add(new HealthCheck(asked, Instant.now(), status));
                PolkuNode.sleep(Duration.ofMillis(500));
            }
        });

        PolkuNode.sleep(BEFORE);
        Instant down = Instant.now();
        postgres.stop();
        PolkuNode.sleep(OUTAGE);
        Instant restarting = Instant.now();
        postgres.start();
        Instant up = Instant.now();
        PolkuNode.sleep(AFTER);
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        Map<Integer, Long> statuses = sent.stream().collect(Collectors.groupingBy(s -> s.answer().status(), Collectors.counting()));
        System.out.printf("database outage of %d s: %d referrals sent, answers by status %s%n", OUTAGE.toSeconds(),
                sent.size(), statuses);
        assertThat(statuses.keySet()).as("only accepted (201) or unavailable (503)").containsOnly(201, 503);
        List<Sent> refused = sent.stream().filter(s -> s.answer().status() == 503).toList();
        assertThat(refused).isNotEmpty().allSatisfy(s -> {
            assertThat(s.answer().contentType()).startsWith("application/problem+json");
            assertThat(s.answer().json().get("status").asInt()).isEqualTo(503);
            assertThat(s.answer().json().get("detail").asText()).contains("nothing was stored");
            assertThat(s.answer().body()).doesNotContain("Exception").doesNotContain("at org.");
        });
        assertThat(health.stream().filter(h -> h.asked().isAfter(down) && h.answered().isBefore(restarting))
                .map(HealthCheck::status)).as("health during the outage").isNotEmpty().containsOnly(503);
        assertThat(sent.stream().filter(s -> s.at().isAfter(up.plusSeconds(10))).map(s -> s.answer().status()))
                .as("accepted again 10 s after the database is back, same node").isNotEmpty().containsOnly(201);
        assertThat(node.health()).isEqualTo(200);

        List<String> accepted = sent.stream().filter(s -> s.answer().ok()).map(Sent::referralId).toList();
        assertThat(jdbc.queryForList("select source_referral_id from journey", String.class))
                .as("a journey for each accepted referral, none for a refused one").containsExactlyInAnyOrderElementsOf(accepted);
        Workload.assertEachReferralHasExactlyOneJourney(jdbc, accepted.size());
        Workload.awaitCount(jdbc, accepted.size(),
                "select count(*) from act_ru_task where task_def_key_ = 'Task_HoldSuitabilityInterview'");
        Workload.assertNoJobRanTwice(jdbc);
    }
}
