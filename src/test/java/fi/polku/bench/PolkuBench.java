package fi.polku.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.journey.JourneyProcess;
import fi.polku.security.Role;
import fi.polku.security.TasklistFilterSetup;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The benchmark (profile {@code bench}, not part of {@code ./mvnw verify}): the real application on
 * PostgreSQL (embedded, or {@code POLKU_DB_URL}), measured from outside over HTTP on loopback.
 * Prints a table and writes {@code target/bench/results.json}. Sizes from system properties:
 * {@code bench.clients} (16), {@code bench.seconds} (20), {@code bench.journeys} (2000),
 * {@code bench.indicatorRecords} (100000), {@code bench.samples} (40).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "polku.places.capacity=1000000",
        "polku.db.embedded.data-directory=target/bench-postgres",
        "polku.db.max-pool-size=30",
        "logging.level.root=warn",
        // the test profile's webhook targets are not used here
        "polku.test.webhook-url=http://127.0.0.1:9"})
@ActiveProfiles("test")
class PolkuBench {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int JOURNEYS = Integer.getInteger("bench.journeys", 2000);
    private static final int INDICATOR_RECORDS = Integer.getInteger("bench.indicatorRecords", 100_000);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 40);

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Object> results = new LinkedHashMap<>();

    /** One load run: rate, latency percentiles in ms, errors. */
    record Run(String name, long operations, long errors, double seconds, double p50, double p95, double p99) {
        double perSecond() {
            return operations / seconds;
        }
    }

    interface Operation {
        /** Does one operation; returns false for an error. */
        boolean run() throws Exception;
    }

    /** Runs the operation from {@code clients} threads for {@code seconds}, after a short warm-up. */
    private Run load(String name, int clients, int seconds, Operation operation) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long warmUpEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        long end = warmUpEnd + TimeUnit.SECONDS.toNanos(seconds);
        for (int i = 0; i < clients; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                        ok = operation.run();
                    } catch (Exception e) {
                        ok = false;
                    }
                    if (start >= warmUpEnd) {
                        latencies.add(System.nanoTime() - start);
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Run(name, sorted.length, errors.get(), seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99));
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return Math.round(sorted[Math.max(0, index)] / 10_000.0) / 100.0;
    }

    /** Latency of a read, sampled {@code SAMPLES} times one after another. */
    private Run sample(String name, Operation operation) throws Exception {
        long[] times = new long[SAMPLES];
        long errors = 0;
        operation.run();
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            if (!operation.run()) {
                errors++;
            }
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        double total = java.util.Arrays.stream(times).sum() / 1e9;
        return new Run(name, SAMPLES, errors, total, percentile(times, 50), percentile(times, 95), percentile(times, 99));
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private boolean get(String user, String path) throws IOException, InterruptedException {
        return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private JsonNode getJson(String user, String path) throws IOException, InterruptedException {
        return objectMapper.readTree(http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private String referral() throws IOException {
        ObjectNode referral = (ObjectNode) objectMapper.readTree(getClass().getResourceAsStream("/referral.json"));
        String unique = UUID.randomUUID().toString();
        ((ObjectNode) referral.get("source")).put("referralId", "BENCH-" + unique);
        ((ObjectNode) referral.get("participant")).put("lastName", "Bench-" + unique.substring(0, 13));
        return referral.toString();
    }

    private boolean postReferral() throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(request("integration", "/api/v1/referrals")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(referral())).build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 201;
    }

    private void jobExecutor(boolean on) {
        if (on) {
            engineConfiguration.getJobExecutor().start();
        } else {
            engineConfiguration.getJobExecutor().shutdown();
        }
    }

    @Test
    void measure() throws Exception {
        results.put("clients", CLIENTS);
        results.put("seconds", SECONDS);
        results.put("cores", Runtime.getRuntime().availableProcessors());

        // 1. Intake, side by side with the engine alone and PostgreSQL alone. The job executor is off
        //    so each run measures its own work, not the asynchronous steps that follow.
        jobExecutor(false);
        Run intake = load("intake: POST /api/v1/referrals", CLIENTS, SECONDS, this::postReferral);
        Run engine = load("engine: startProcessInstanceByKey", CLIENTS, SECONDS, () -> {
            String journeyId = UUID.randomUUID().toString();
            runtimeService.startProcessInstanceByKey(JourneyProcess.KEY, journeyId, Map.of(JourneyProcess.JOURNEY_ID,
                    journeyId, JourneyProcess.DISPLAY_NAME, "Bench"));
            return true;
        });
        jdbc.execute("create table if not exists bench_probe (id bigserial primary key, payload text not null)");
        Run database = load("postgres: single-row insert + commit", CLIENTS, SECONDS, () -> {
            try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                    "insert into bench_probe (payload) values (?)")) {
                connection.setAutoCommit(true);
                statement.setString(1, "x");
                return statement.executeUpdate() == 1;
            }
        });
        // The engine-only instances have no journey row: remove them before the job executor runs.
        List<String> engineOnly = jdbc.queryForList("""
                select p.id_ from act_ru_execution p where p.id_ = p.proc_inst_id_ and p.super_exec_ is null and p.business_key_ is not null
                  and not exists (select 1 from journey j where j.id::text = p.business_key_)""", String.class);
        for (int from = 0; from < engineOnly.size(); from += 1000) {
            runtimeService.deleteProcessInstances(engineOnly.subList(from, Math.min(engineOnly.size(), from + 1000)),
                    "benchmark cleanup", true, true);
        }
        jdbc.execute("drop table bench_probe");
        results.put("intake", intake);
        results.put("engine", engine);
        results.put("postgres", database);
        results.put("httpCostRatio", engine.perSecond() / intake.perSecond());
        results.put("residentMemoryUnderLoadMb", residentMemoryMb());

        // 2. Screens at scale: the intake's journeys go on to their first tasks, plus seeded indicator records.
        jobExecutor(true);
        int seeded = 0;
        while (seeded < JOURNEYS) {
            if (postReferral()) {
                seeded++;
            }
        }
        long activeJourneys = jdbc.queryForObject("select count(*) from journey where status = 'ACTIVE'", Long.class);
        awaitJobs(Duration.ofMinutes(10));
        seedIndicatorRecords(INDICATOR_RECORDS);
        // The steady state autovacuum keeps in a running system: statistics that know the seeded data.
        jdbc.execute("analyze");
        results.put("activeJourneys", activeJourneys);
        results.put("openTasks", taskService.createTaskQuery().count());
        results.put("indicatorRecords", INDICATOR_RECORDS);

        String coachesOpen = filterId("coach", TasklistFilterSetup.openFilterName(Role.JOB_COACHES));
        String someJourney = jdbc.queryForObject("select id::text from journey limit 1", String.class);
        List<Run> screens = new ArrayList<>();
        screens.add(sample("Tasklist 'Job coaches: open' count",
                () -> get("coach", "/engine-rest/filter/" + coachesOpen + "/count")));
        screens.add(sample("Tasklist 'Job coaches: open' first page",
                () -> get("coach", "/engine-rest/filter/" + coachesOpen + "/list?firstResult=0&maxResults=15")));
        screens.add(sample("a user's task list (assigned to coach)",
                () -> get("coach", "/engine-rest/task?assignee=coach&firstResult=0&maxResults=15")));
        screens.add(sample("Cockpit process-definition statistics",
                () -> get("manager", "/engine-rest/process-definition/statistics?rootIncidents=true")));
        screens.add(sample("GET /api/v1/referrals/{id}", () -> get("integration", "/api/v1/referrals/" + someJourney)));
        LocalDate today = LocalDate.now();
        screens.add(sample("indicator report, one year", () -> get("manager",
                "/api/v1/reports/indicators?from=" + today.minusYears(1) + "&to=" + today)));
        screens.add(sample("Cockpit Journeys dashboard data", () -> get("manager", "/api/v1/dashboard/journeys")));
        results.put("screens", screens);

        print(intake, engine, database, screens);
        Path out = Path.of("target", "bench", "results.json");
        Files.createDirectories(out.getParent());
        objectMapper.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), results);
    }

    private String filterId(String user, String name) throws IOException, InterruptedException {
        for (JsonNode filter : getJson(user, "/engine-rest/filter?resourceType=Task&maxResults=50")) {
            if (filter.get("name").asText().equals(name)) {
                return filter.get("id").asText();
            }
        }
        throw new IllegalStateException("No filter " + name);
    }

    private void awaitJobs(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end && managementService.createJobQuery().executable().count() > 0) {
            Thread.sleep(500);
        }
    }

    /** Anonymous indicator records spread over three years, as years of the programme would leave. */
    private void seedIndicatorRecords(int count) {
        jdbc.update("""
                insert into indicator_record (journey_id, gender, age_band, education_band, long_term_unemployed, started_on,
                    left_on, outcome_on_leaving, outcome_recorded_on, qualification_gained, situation_6m, followed_up_6m_on)
                select gen_random_uuid(), (array['FEMALE','MALE','NON_BINARY','UNDISCLOSED'])[1 + i % 4],
                       (array['UNDER_18','18_29','30_54','55_PLUS'])[1 + i % 4], (array['ISCED_0_2','ISCED_3_4','ISCED_5_8'])[1 + i % 3],
                       i % 2 = 0, current_date - (i % 1095), current_date - (i % 1095) + 240,
                       (array['EMPLOYED','IN_EDUCATION','JOB_SEARCHING','OTHER_SERVICE'])[1 + i % 4],
                       current_date - (i % 1095) + 245, i % 3 = 0, (array['EMPLOYED','IN_EDUCATION','JOB_SEARCHING'])[1 + i % 3],
                       current_date - (i % 1095) + 420
                from generate_series(1, ?) as i""", count);
    }

    private static long residentMemoryMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
            }
        }
        return -1;
    }

    private void print(Run intake, Run engine, Run database, List<Run> screens) {
        StringBuilder table = new StringBuilder("\n== Polku benchmark: " + CLIENTS + " clients, " + SECONDS + " s, "
                + Runtime.getRuntime().availableProcessors() + " cores ==\n");
        table.append(String.format("%-48s %10s %8s %8s %8s %7s%n", "run", "ops/s", "p50 ms", "p95 ms", "p99 ms", "errors"));
        for (Run run : List.of(intake, engine, database)) {
            table.append(String.format("%-48s %10.1f %8.2f %8.2f %8.2f %7d%n", run.name(), run.perSecond(), run.p50(),
                    run.p95(), run.p99(), run.errors()));
        }
        table.append(String.format("HTTP cost: the engine alone is %.2fx the intake's rate%n",
                engine.perSecond() / intake.perSecond()));
        table.append(String.format("%n%-48s %8s %8s %7s   (%s active journeys, %s open tasks, %s indicator records)%n",
                "screen", "p50 ms", "p95 ms", "errors", results.get("activeJourneys"), results.get("openTasks"),
                results.get("indicatorRecords")));
        for (Run run : screens) {
            table.append(String.format("%-48s %8.2f %8.2f %7d%n", run.name(), run.p50(), run.p95(), run.errors()));
        }
        table.append("resident memory under load: ").append(results.get("residentMemoryUnderLoadMb")).append(" MB\n");
        System.out.println(table);
        results.put("table", table.toString());
    }
}
