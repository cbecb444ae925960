package fi.polku.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.database.GenericPlans;
import fi.polku.engine.EngineStatistics;
import fi.polku.journey.JourneyProcess;
import fi.polku.participant.ParticipantErasure;
import fi.polku.referral.ReferralIntake;
import fi.polku.security.Role;
import fi.polku.security.TasklistFilterSetup;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark (profile {@code bench}, not part of {@code ./mvnw verify}): the real application on
 * PostgreSQL (embedded in {@code target/bench-postgres}, or {@code POLKU_DB_URL}), measured from
 * outside over HTTP on loopback. Prints a table and writes {@code target/bench/results.json}.
 * <ol>
 *   <li>Scale: seeds active journeys standing in every phase ({@link JourneySeed}) and completed
 *       journeys in the history ({@link HistorySeed}, synthetic copies of one real journey); with
 *       {@code -Dbench.reuse=true} a database seeded by an earlier run is used as it is.</li>
 *   <li>Intake over HTTP, side by side with the engine alone and PostgreSQL alone; its journeys are
 *       removed again.</li>
 *   <li>The screens people wait for, at that scale.</li>
 *   <li>Timers: journeys waiting at the monthly check-in timer, all made due at once; the time until
 *       every check-in task exists. Those journeys are removed again.</li>
 * </ol>
 * Sizes from system properties: {@code bench.activeJourneys} (5000), {@code bench.historicJourneys}
 * (20000), {@code bench.detailedHistoricJourneys} (all), {@code bench.timers} (1000), {@code bench.clients}
 * (16), {@code bench.seconds} (20),
 * {@code bench.samples} (40), {@code bench.seedThreads} (4), {@code bench.reuse} (false),
 * {@code bench.warmUpSeconds} (15).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "polku.places.capacity=10000000",
        "polku.db.max-pool-size=30",
        // production's: every commit on disk before it is acknowledged (the test profile turns it off)
        "polku.db.embedded.settings.fsync=on",
        "polku.db.embedded.settings.synchronous_commit=on",
        // production's, not the test profile's 0
        "polku.dashboard.phase-averages-max-age=10m",
        "logging.level.root=warn",
        // the test profile's webhook targets are not used here
        "polku.test.webhook-url=http://127.0.0.1:9"})
@ActiveProfiles("test")
class PolkuBench {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    /**
     * Each load run first runs this long unmeasured: the JIT compiles the request path meanwhile. With
     * 3 s, a run measured after a short seed showed the engine at 2.7 ms CPU per start; after the
     * 40-minute seed of the full-scale run, at 1.1 ms.
     */
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmUpSeconds", 15);
    private static final int ACTIVE_JOURNEYS = Integer.getInteger("bench.activeJourneys", 5_000);
    private static final int HISTORIC_JOURNEYS = Integer.getInteger("bench.historicJourneys", 20_000);
    /** Completed journeys copied with every activity and task instance; the rest carry the phases only (HistorySeed). */
    private static final int DETAILED_HISTORIC_JOURNEYS = Integer.getInteger("bench.detailedHistoricJourneys",
            Integer.MAX_VALUE);
    private static final int TIMERS = Integer.getInteger("bench.timers", 1_000);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 40);
    private static final int SEED_THREADS = Integer.getInteger("bench.seedThreads", 4);
    private static final boolean REUSE = Boolean.getBoolean("bench.reuse");

    /** The test profile's user of each group claims some of the seeded tasks. */
    private static final Map<String, String> USER_OF_GROUP = Map.of("referral-coordinators", "coordinator",
            "job-coaches", "coach", "social-instructors", "instructor", "study-counsellors", "counsellor",
            "employer-coordinators", "employer", "team-leads", "lead");

    private static final Path DATA_DIRECTORY = Path.of("target", "bench-postgres");

    /**
     * A fresh database unless an earlier run's is to be reused. The embedded server's own cleaning
     * would also delete the seeded data when the run ends, so the data directory is kept and, for a
     * fresh start, removed here before the application starts.
     */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        if (!REUSE && Files.exists(DATA_DIRECTORY)) {
            try (var paths = Files.walk(DATA_DIRECTORY)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        registry.add("polku.db.embedded.data-directory", DATA_DIRECTORY::toString);
        registry.add("polku.db.embedded.clean", () -> false);
    }

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
    HistoryService historyService;
    @Autowired
    ParticipantErasure erasure;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ReferralIntake referralIntake;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newCachedThreadPool(clientThreads())).build();
    private final long started = System.nanoTime();
    private final Map<String, Object> results = new LinkedHashMap<>();

    /**
     * One load run: rate, latency percentiles in ms, errors, and CPU time per operation: the
     * application's (this JVM's, less the load clients' threads when they call over HTTP), the load
     * clients' (HTTP runs only) and PostgreSQL's (every process of this machine named {@code postgres};
     * none for a database elsewhere). Other work on the machine lowers the rate but hardly the CPU per
     * operation, which compares settings fairly.
     */
    record Run(String name, long operations, long errors, double seconds, double p50, double p95, double p99,
               double cpuMsPerOperation, double clientCpuMsPerOperation, double postgresCpuMsPerOperation) {
        double perSecond() {
            return operations / seconds;
        }
    }

    /** Names the load clients' threads, so that their CPU time can be told from the application's. */
    private static final String CLIENT_THREAD = "bench-client-";

    private static ThreadFactory clientThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> new Thread(runnable, CLIENT_THREAD + number.incrementAndGet());
    }

    /** CPU time so far of each load-client thread (ours and the JDK HttpClient's selector), by thread id. */
    private static Map<Long, Long> clientCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> nanos = new HashMap<>();
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && (thread.getThreadName().startsWith(CLIENT_THREAD)
                    || thread.getThreadName().startsWith("HttpClient-"))) {
                nanos.put(thread.getThreadId(), Math.max(0, threads.getThreadCpuTime(thread.getThreadId())));
            }
        }
        return nanos;
    }

    /** CPU time the load clients' threads spent since {@code before} (threads that ended meanwhile were idle). */
    private static long clientCpuNanosSince(Map<Long, Long> before) {
        long nanos = 0;
        for (Map.Entry<Long, Long> thread : clientCpuNanos().entrySet()) {
            nanos += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return nanos;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * CPU time of PostgreSQL's processes on this machine so far, from {@code /proc/<pid>/stat} (user
     * and system time in clock ticks, 100 per second on Linux); backends that ended meanwhile are lost,
     * but the pool keeps its connections for the whole run.
     */
    private static long postgresCpuNanos() {
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    if (stat.contains("(postgres)")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException ended) {
                    // the process ended while the list was read
                }
            }
        } catch (IOException noProc) {
            return 0;
        }
        return ticks * 10_000_000L;
    }

    interface Operation {
        /** Does one operation; returns false for an error. */
        boolean run() throws Exception;
    }

    /** Runs the operation from {@code clients} threads for {@code seconds}, after a short warm-up. */
    private Run load(String name, int clients, int seconds, boolean overHttp, Operation operation)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients, clientThreads());
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long warmUpEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
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
        Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(warmUpEnd - System.nanoTime())));
        long cpuAtStart = processCpuNanos();
        Map<Long, Long> clientCpuAtStart = overHttp ? clientCpuNanos() : Map.of();
        long postgresCpuAtStart = postgresCpuNanos();
        Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
        long cpu = processCpuNanos() - cpuAtStart;
        long clientCpu = overHttp ? clientCpuNanosSince(clientCpuAtStart) : 0;
        long postgresCpu = postgresCpuNanos() - postgresCpuAtStart;
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Run(name, sorted.length, errors.get(), seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), msPerOperation(cpu - clientCpu, sorted.length),
                overHttp ? msPerOperation(clientCpu, sorted.length) : Double.NaN, msPerOperation(postgresCpu, sorted.length));
    }

    private static double msPerOperation(long nanos, long operations) {
        return Math.round(nanos / 1e4 / Math.max(1, operations)) / 100.0;
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
        return new Run(name, SAMPLES, errors, total, percentile(times, 50), percentile(times, 95), percentile(times, 99),
                Double.NaN, Double.NaN, Double.NaN);
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

    /** The referral of {@code /referral.json} with a placeholder where each request's unique part goes. */
    private String referralTemplate;
    private final AtomicLong referralNumber = new AtomicLong();
    private final ThreadLocal<LoopbackHttpClient> referralClient = ThreadLocal.withInitial(() -> new LoopbackHttpClient(
            port, "POST", "/api/v1/referrals", "Authorization: Basic " + Base64.getEncoder().encodeToString(
                    "integration:integration".getBytes(StandardCharsets.UTF_8)) + "\r\nContent-Type: application/json\r\n"));

    /**
     * One referral over this client thread's loopback connection, unique by a run-wide number (the JDK
     * HttpClient took 0.73 ms CPU per request here, on the cores the application needs; this, some 0.2).
     */
    private boolean postReferral() throws IOException {
        String unique = Long.toString(started % 1_000_000_000L, 36) + "-" + referralNumber.incrementAndGet();
        byte[] body = referralTemplate.replace("@UNIQUE@", unique).getBytes(StandardCharsets.UTF_8);
        return referralClient.get().send(body) == 201;
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
        JourneySeed journeySeed = new JourneySeed(jdbc, transaction, runtimeService, historyService, erasure, SEED_THREADS);

        // 1. Scale. The job executor is off while seeding and during the intake runs, so each run
        //    measures its own work, not the asynchronous steps that follow.
        jobExecutor(false);
        seedScale(journeySeed);
        step("scale seeded");

        // 2. Intake, side by side with the engine alone and PostgreSQL alone.
        ObjectNode template = (ObjectNode) objectMapper.readTree(getClass().getResourceAsStream("/referral.json"));
        ((ObjectNode) template.get("source")).put("referralId", "BENCH-@UNIQUE@");
        ((ObjectNode) template.get("participant")).put("lastName", "Bench-@UNIQUE@");
        referralTemplate = template.toString();
        Run intake = load("intake: POST /api/v1/referrals", CLIENTS, SECONDS, true, this::postReferral);
        // Planned as the intake's transaction plans (GenericPlans), so that the ratio compares like with like.
        Run engine = load("engine: startProcessInstanceByKey", CLIENTS, SECONDS, false, () -> transaction.execute(tx -> {
            GenericPlans.allowInThisTransaction(jdbc);
            String journeyId = UUID.randomUUID().toString();
            runtimeService.startProcessInstanceByKey(JourneyProcess.KEY, journeyId, Map.of(JourneyProcess.JOURNEY_ID,
                    journeyId, JourneyProcess.DISPLAY_NAME, "Bench"));
            return true;
        }));
        jdbc.execute("create table if not exists bench_probe (id bigserial primary key, payload text not null)");
        Run database = load("postgres: single-row insert + commit", CLIENTS, SECONDS, false, () -> {
            try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                    "insert into bench_probe (payload) values (?)")) {
                connection.setAutoCommit(true);
                statement.setString(1, "x");
                return statement.executeUpdate() == 1;
            }
        });
        results.put("residentMemoryUnderLoadMb", residentMemoryMb());
        jdbc.execute("drop table bench_probe");
        step("intake measured");
        removeIntakeRuns(journeySeed);
        step("intake's journeys removed");
        results.put("intake", intake);
        results.put("engine", engine);
        results.put("postgres", database);
        results.put("httpCostRatio", engine.perSecond() / intake.perSecond());

        // 3. Screens at scale, with the job executor running as in production.
        jobExecutor(true);
        awaitJobs(Duration.ofMinutes(10));
        step("due jobs done");
        results.put("activeJourneys", jdbc.queryForObject("select count(*) from journey where status = 'ACTIVE'", Long.class));
        results.put("openTasks", taskService.createTaskQuery().count());
        results.put("timerJobs", jdbc.queryForObject("select count(*) from act_ru_job where type_ = 'timer'", Long.class));
        results.put("completedJourneys", jdbc.queryForObject("""
                select count(*) from act_hi_procinst where proc_def_key_ = 'participant-journey' and end_time_ is not null""",
                Long.class));
        results.put("historicActivityInstances", jdbc.queryForObject("select count(*) from act_hi_actinst", Long.class));
        results.put("indicatorRecords", jdbc.queryForObject("select count(*) from indicator_record", Long.class));
        results.put("screens", measureScreens());
        step("screens measured");

        // 4. Timers.
        results.put("timers", timerStorm(journeySeed));
        step("timers measured and their journeys removed");

        print(intake, engine, database);
        Path out = Path.of("target", "bench", "results.json");
        Files.createDirectories(out.getParent());
        objectMapper.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), results);
    }

    /** Prints how far the run is, so a long one can be followed. */
    private void step(String done) {
        System.out.printf("[%5.0f s] %s%n", (System.nanoTime() - started) / 1e9, done);
    }

    /**
     * Seeds the active and completed journeys. A reused database is taken as it is, or grown to the
     * sizes given explicitly on the command line.
     */
    private void seedScale(JourneySeed journeySeed) throws Exception {
        HistorySeed historySeed = new HistorySeed(journeySeed, jdbc, objectMapper, referralIntake, runtimeService,
                taskService, managementService, identityService);
        historySeed.restoreIndexes();
        journeySeed.prepare();
        int seededActive = journeySeed.count(JourneySeed.ACTIVE);
        int seededHistoric = historySeed.count();
        boolean fresh = seededActive + seededHistoric == 0;
        int active = fresh || System.getProperty("bench.activeJourneys") != null ? ACTIVE_JOURNEYS : seededActive;
        int historic = fresh || System.getProperty("bench.historicJourneys") != null ? HISTORIC_JOURNEYS : seededHistoric;
        Map<String, Object> seed = new LinkedHashMap<>();
        seed.put("reused", Map.of("active", seededActive, "historic", seededHistoric));
        long start = System.nanoTime();
        // History first: its template journey frees a place when it leaves, which would go to a seeded waiting journey.
        if (historic > seededHistoric) {
            historySeed.seed(seededHistoric + 1, historic, DETAILED_HISTORIC_JOURNEYS);
        }
        if (active > seededActive) {
            List<JourneySeed.Plan> plans = journeySeed.seed(JourneySeed.ACTIVE, active - seededActive, null);
            journeySeed.claimShareOfTasks(JourneySeed.ACTIVE, plans.get(0).n(), USER_OF_GROUP);
        }
        if (active > seededActive || historic > seededHistoric) {
            // The steady state autovacuum keeps in a running system: statistics and visibility maps that know the data.
            long vacuum = System.nanoTime();
            jdbc.execute("vacuum analyze");
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("Vacuum and analyze: %.1f s; seeding in all: %.1f s%n", (System.nanoTime() - vacuum) / 1e9,
                    seconds);
            seed.put("seconds", Math.round(seconds));
        } else {
            System.out.printf("Reusing the seeded database: %,d active and %,d completed journeys%n", active, historic);
        }
        seed.put("active", active);
        seed.put("historic", historic);
        seed.put("census", journeySeed.census(JourneySeed.ACTIVE));
        results.put("seed", seed);
    }

    /** The intake run's journeys and the engine run's bare instances go, so a rerun measures the same scale. */
    private void removeIntakeRuns(JourneySeed journeySeed) {
        List<String> engineOnly = jdbc.queryForList("""
                select p.id_ from act_ru_execution p where p.id_ = p.proc_inst_id_ and p.super_exec_ is null
                  and p.business_key_ is not null and p.proc_def_key_ = 'participant-journey'
                  and not exists (select 1 from journey j where j.id::text = p.business_key_)""", String.class);
        for (int from = 0; from < engineOnly.size(); from += 1000) {
            List<String> some = engineOnly.subList(from, Math.min(engineOnly.size(), from + 1000));
            runtimeService.deleteProcessInstances(some, "benchmark cleanup", true, true);
            // with the phases they called
            historyService.deleteHistoricProcessInstancesBulk(jdbc.queryForList(
                    "select id_ from act_hi_procinst where root_proc_inst_id_ = any(?)", String.class,
                    (Object) some.toArray(String[]::new)));
        }
        journeySeed.remove(jdbc.queryForList("select id from journey where source_referral_id like 'BENCH-%'", UUID.class));
    }

    private List<Run> measureScreens() throws Exception {
        String coachesOpen = filterId("coach", TasklistFilterSetup.openFilterName(Role.JOB_COACHES));
        // Journeys from every station, one after another.
        List<String> journeys = jdbc.queryForList("""
                select journey_id::text from (select journey_id, row_number() over (partition by station order by n) as i
                                              from bench_seed where batch = ?) s where i <= 2""", String.class,
                JourneySeed.ACTIVE);
        AtomicInteger next = new AtomicInteger();
        Supplier<String> someJourney = () -> journeys.get(next.getAndIncrement() % journeys.size());
        List<Run> screens = new ArrayList<>();
        screens.add(sample("Tasklist 'Job coaches: open' count",
                () -> get("coach", "/engine-rest/filter/" + coachesOpen + "/count")));
        screens.add(sample("Tasklist 'Job coaches: open' first page",
                () -> get("coach", "/engine-rest/filter/" + coachesOpen + "/list?firstResult=0&maxResults=15")));
        screens.add(sample("a user's task list (assigned to coach)",
                () -> get("coach", "/engine-rest/task?assignee=coach&firstResult=0&maxResults=15")));
        screens.add(sample("Cockpit process-definition statistics",
                () -> get("manager", "/engine-rest/process-definition/statistics?rootIncidents=true")));
        screens.add(sample("GET /api/v1/referrals/{id}", () -> get("integration", "/api/v1/referrals/" + someJourney.get())));
        LocalDate today = LocalDate.now();
        screens.add(sample("indicator report, one year", () -> get("manager",
                "/api/v1/reports/indicators?from=" + today.minusYears(1) + "&to=" + today)));
        screens.add(sample("Cockpit Journeys dashboard data", () -> get("manager", "/api/v1/dashboard/journeys")));
        // What the dashboard does when its phase averages (kept polku.dashboard.phase-averages-max-age) are due again.
        screens.add(sample("Journeys dashboard: phase averages recomputed",
                () -> !jdbc.queryForList(EngineStatistics.CALL_ACTIVITY_DURATIONS.replace("?", "'participant-journey'")).isEmpty()));
        screens.add(sample("Cockpit Journeys: one journey",
                () -> get("manager", "/api/v1/dashboard/journeys/" + someJourney.get())));
        // Every part, as a team lead reads it (the tab beside a task reads the same, fewer parts).
        screens.add(sample("case file of one journey (all parts)",
                () -> get("lead", "/api/v1/case-files/journeys/" + someJourney.get())));
        return screens;
    }

    /** What the timer run measured. */
    record TimerRun(int journeys, int timersMadeDue, double secondsToFirstTask, double secondsToAllTasks, long tasks,
                    double jobsPerSecond, long failedJobs, String jobExecutor) {
    }

    /**
     * Seeds journeys just into their period, makes all their next-check-in timers due at once and
     * starts the job executor: the time until every one of them has its check-in task.
     */
    private TimerRun timerStorm(JourneySeed journeySeed) throws Exception {
        jobExecutor(false);
        String batch = "timers-" + System.currentTimeMillis();
        List<UUID> journeys = journeySeed.seed(batch, TIMERS, Station.PERIOD_JUST_STARTED).stream()
                .map(JourneySeed.Plan::journeyId).toList();
        jdbc.execute("analyze");
        String ofBatch = """
                join act_ru_execution e on e.id_ = %s
                join bench_seed s on s.journey_id::text = e.business_key_ and s.batch = ?""";
        int due = jdbc.update("""
                update act_ru_job j set duedate_ = ? from act_ru_jobdef d, act_ru_execution e, bench_seed s
                where d.id_ = j.job_def_id_ and d.act_id_ = 'Timer_NextCheckIn' and e.id_ = j.process_instance_id_
                  and s.journey_id::text = e.business_key_ and s.batch = ?""",
                new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime()), batch);
        String countTasks = "select count(*) from act_ru_task t " + ofBatch.formatted("t.proc_inst_id_")
                + " where t.task_def_key_ = 'Task_HoldMonthlyCheckIn'";
        long start = System.nanoTime();
        jobExecutor(true);
        double first = Double.NaN;
        long tasks = 0;
        long limit = start + TimeUnit.MINUTES.toNanos(10);
        while (tasks < due && System.nanoTime() < limit) {
            Thread.sleep(250);
            tasks = jdbc.queryForObject(countTasks, Long.class, batch);
            if (tasks > 0 && Double.isNaN(first)) {
                first = (System.nanoTime() - start) / 1e9;
            }
        }
        double all = (System.nanoTime() - start) / 1e9;
        long failed = jdbc.queryForObject("select count(*) from act_ru_job j " + ofBatch.formatted("j.process_instance_id_")
                + " where j.exception_msg_ is not null", Long.class, batch);
        var executor = engineConfiguration.getJobExecutor();
        TimerRun run = new TimerRun(journeys.size(), due, first, all, tasks, tasks / all, failed,
                "maxJobsPerAcquisition " + executor.getMaxJobsPerAcquisition() + ", waitTime "
                        + executor.getWaitTimeInMillis() + " ms, " + jobExecutorThreads());
        System.out.println("Timers: " + run);
        jobExecutor(false);
        journeySeed.remove(journeys);
        jobExecutor(true);
        return run;
    }

    private String jobExecutorThreads() {
        if (engineConfiguration.getJobExecutor() instanceof org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor spring
                && spring.getTaskExecutor() instanceof org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor pool) {
            return "threads " + pool.getCorePoolSize() + "-" + pool.getMaxPoolSize() + ", queue "
                    + pool.getQueueCapacity();
        }
        return engineConfiguration.getJobExecutor().getClass().getSimpleName();
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

    private static long residentMemoryMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private void print(Run intake, Run engine, Run database) {
        List<Run> screens = (List<Run>) results.get("screens");
        StringBuilder table = new StringBuilder("\n== Polku benchmark: " + CLIENTS + " clients, " + SECONDS + " s, "
                + Runtime.getRuntime().availableProcessors() + " cores ==\n");
        table.append(String.format("%-48s %10s %8s %8s %8s %7s   %s%n", "run", "ops/s", "p50 ms", "p95 ms", "p99 ms",
                "errors", "CPU ms/op: app, load clients, PostgreSQL"));
        for (Run run : List.of(intake, engine, database)) {
            table.append(String.format("%-48s %10.1f %8.2f %8.2f %8.2f %7d   %5.2f %5.2f %5.2f%n", run.name(),
                    run.perSecond(), run.p50(), run.p95(), run.p99(), run.errors(), run.cpuMsPerOperation(),
                    run.clientCpuMsPerOperation(), run.postgresCpuMsPerOperation()));
        }
        table.append(String.format("HTTP cost: the engine alone is %.2fx the intake's rate%n",
                engine.perSecond() / intake.perSecond()));
        table.append(String.format("%n%-48s %8s %8s %7s   (%s active journeys, %s open tasks, %s timer jobs, "
                + "%s completed journeys, %s historic activity instances, %s indicator records)%n", "screen", "p50 ms",
                "p95 ms", "errors", results.get("activeJourneys"), results.get("openTasks"), results.get("timerJobs"),
                results.get("completedJourneys"), results.get("historicActivityInstances"), results.get("indicatorRecords")));
        for (Run run : screens) {
            table.append(String.format("%-48s %8.2f %8.2f %7d%n", run.name(), run.p50(), run.p95(), run.errors()));
        }
        TimerRun timers = (TimerRun) results.get("timers");
        table.append(String.format("%n%,d check-in timers due at once: first task after %.1f s, all %,d tasks after %.1f s "
                        + "(%.0f jobs/s, %d failed); job executor: %s%n", timers.timersMadeDue(), timers.secondsToFirstTask(),
                timers.tasks(), timers.secondsToAllTasks(), timers.jobsPerSecond(), timers.failedJobs(), timers.jobExecutor()));
        table.append("resident memory under load: ").append(results.get("residentMemoryUnderLoadMb")).append(" MB\n");
        System.out.println(table);
        results.put("table", table.toString());
    }
}
