package fi.polku.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.support.WebhookReceiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rolling upgrade of two nodes on one database. Both run the old code; node 1 is upgraded to code
 * with a new version of a model whose steps call a bean only the new code has, and deploys it, while
 * node 2 still runs the old code; then node 2 is upgraded too. Throughout: no job fails for lack of
 * a bean (node 2 never takes a job of the new version while it has the old code), old versions' jobs
 * and Polku's own models keep running on both nodes, no job runs twice, no incident; after the
 * second upgrade both nodes run the new version's jobs, those waiting since the first included.
 * Node 2, restarted in between on the old code, does not deploy its old model again.
 * <p>
 * The "code" of a release is the packaged jar plus a classpath folder: the old code's holds version 1
 * of a test process, the new code's version 2 and the bean ({@link RollingUpgradeProbe}).
 */
class RollingUpgradeReliability {

    private static final String PROBE = "rolling-upgrade-probe";
    private static final int PROBES = 100;
    private static final int REFERRALS = 100;
    private static final int CLIENTS = 8;

    private final WebhookReceiver webhook = WebhookReceiver.start();
    private final Postgres postgres = Postgres.startFresh("rolling-upgrade-postgres");
    private final JdbcTemplate jdbc = postgres.jdbc();
    private final PolkuNode[] nodes = new PolkuNode[2];

    @AfterEach
    void stop() {
        for (PolkuNode node : nodes) {
            if (node != null) {
                node.close();
            }
        }
        postgres.close();
    }

    @Test
    void oldCodeLeavesTheNewVersionsJobsToUpgradedNodesAndRunsThemOnceUpgraded() {
        Path oldCode = Path.of("target", "test-classes", "rolling-upgrade", "old");
        Path newCode = newCode();

        // 1. both nodes on the old code (node 1 first: it creates the tables and deploys)
        nodes[0] = PolkuNode.start("node-1", postgres, webhook.url(), oldCode);
        nodes[1] = PolkuNode.start("node-2", postgres, webhook.url(), oldCode);
        String version1 = definition("1");
        startProbes("/engine-rest/process-definition/key/" + PROBE + "/start");
        awaitAtTimer(version1, PROBES);

        // 2. node 1 upgraded: it deploys version 2; node 2 keeps the old code
        nodes[0].close();
        nodes[0] = PolkuNode.start("node-1", postgres, webhook.url(), newCode, RollingUpgradeProbe.PROFILE);
        Timestamp firstUpgraded = databaseNow();
        String version2 = definition("2");
        assertThat(version2).as("the new code deployed version 2").isNotNull();
        // node 2 restarted in the middle of the upgrade, still on the old code: it deploys nothing
        long deployments = jdbc.queryForObject("select count(*) from act_re_deployment", Long.class);
        nodes[1].close();
        nodes[1] = PolkuNode.start("node-2", postgres, webhook.url(), oldCode);
        assertThat(jdbc.queryForObject("select count(*) from act_re_deployment", Long.class)).as("deployments").isEqualTo(deployments);
        assertThat(jdbc.queryForList("select version_tag_ from act_re_procdef where key_ = ? order by version_", String.class, PROBE))
                .as("the probe's versions: the old model not deployed again as the newest").containsExactly("1", "2");
        startProbes("/engine-rest/process-definition/key/" + PROBE + "/start");
        startProbes("/engine-rest/process-definition/" + version1 + "/start");
        awaitAtTimer(version2, PROBES);
        awaitAtTimer(version1, 2 * PROBES);
        makeTimersDue(version1);
        Workload.awaitCount(jdbc, 2 * PROBES, "select count(*) from act_hi_procinst where proc_def_id_ = ? and end_time_ is not null",
                version1);
        polkuJourneysThroughBothNodes();

        Map<String, Long> newVersionInTheMix = hostsThatRan(version2, firstUpgraded);
        Map<String, Long> oldVersionInTheMix = hostsThatRan(version1, firstUpgraded);
        Map<String, Long> polkuInTheMix = hostsThatRanPolkusModels(firstUpgraded);
        assertThat(newVersionInTheMix).as("version 2's jobs while node 2 had the old code").containsOnlyKeys("node-1");
        assertThat(oldVersionInTheMix).as("version 1's jobs in the same time").containsOnlyKeys("node-1", "node-2");
        assertThat(polkuInTheMix).as("Polku's own models' jobs in the same time").containsOnlyKeys("node-1", "node-2");
        assertNoJobFailed();

        // 3. node 2 upgraded: both run version 2, the jobs waiting since step 2 included
        nodes[1].close();
        nodes[1] = PolkuNode.start("node-2", postgres, webhook.url(), newCode, RollingUpgradeProbe.PROFILE);
        Timestamp secondUpgraded = databaseNow();
        makeTimersDue(version2);
        startProbes("/engine-rest/process-definition/key/" + PROBE + "/start");
        Workload.awaitCount(jdbc, PROBES, "select count(*) from act_hi_procinst where proc_def_id_ = ? and end_time_ is not null",
                version2);
        awaitAtTimer(version2, PROBES);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where proc_def_id_ = ? and name_ = 'probedByVersion'"
                + " and long_ = 2", Long.class, version2)).as("the new bean ran for every version-2 instance").isEqualTo(2L * PROBES);

        Map<String, Long> afterSecond = hostsThatRan(version2, secondUpgraded);
        assertThat(afterSecond).as("version 2's jobs once both nodes are upgraded").containsOnlyKeys("node-1", "node-2");
        assertNoJobFailed();
        Workload.assertNoJobRanTwice(jdbc);
        System.out.printf("rolling upgrade: while node 2 had the old code, successful jobs per node of version 2 %s,"
                        + " of version 1 %s, of Polku's models %s; after node 2's upgrade, of version 2 %s;"
                        + " 0 jobs failed, 0 run twice, 0 incidents%n",
                newVersionInTheMix, oldVersionInTheMix, polkuInTheMix, afterSecond);
    }

    /** The new release's classpath folder: version 2 of the probe and the bean it calls. */
    private static Path newCode() {
        Path folder = Path.of("target", "reliability", "rolling-upgrade", "new-code");
        Path testClasses = Path.of("target", "test-classes");
        String bean = RollingUpgradeProbe.class.getName().replace('.', '/') + ".class";
        try {
            for (String file : List.of("processes/" + PROBE + ".bpmn", bean)) {
                Path from = file.equals(bean) ? testClasses.resolve(bean) : testClasses.resolve("rolling-upgrade/new").resolve(file);
                Path to = folder.resolve(file);
                Files.createDirectories(to.getParent());
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** Starts {@link #PROBES} probe instances, each through the next node, as an administrator. */
    private void startProbes(String path) {
        Workload.Sent started = Workload.send(PROBES, CLIENTS, i -> Client.post(nodes[i % 2].url(), "admin", path, "{}"));
        assertThat(started.answers().values()).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
    }

    /** Referrals and their interviews sent to both nodes: the journeys' asynchronous steps and waiting-list timers. */
    private void polkuJourneysThroughBothNodes() {
        Workload.Sent intake = Workload.send(REFERRALS, CLIENTS, i -> Workload.createReferral(nodes[i % 2].url(), "ROLLING-" + i));
        assertThat(intake.answers().values()).allSatisfy(a -> assertThat(a.status()).isEqualTo(201));
        Workload.awaitCount(jdbc, REFERRALS, "select count(*) from act_ru_task where task_def_key_ = 'Task_HoldSuitabilityInterview'");
        List<String> interviews = jdbc.queryForList(
                "select id_ from act_ru_task where task_def_key_ = 'Task_HoldSuitabilityInterview' order by id_", String.class);
        Workload.Sent submitted = Workload.send(interviews.size(), CLIENTS, i -> Client.post(nodes[i % 2].url(), "coach",
                "/engine-rest/task/" + interviews.get(i) + "/submit-form", Client.SUITABLE_INTERVIEW));
        assertThat(submitted.answers().values()).allSatisfy(a -> assertThat(a.status()).isEqualTo(204));
        // one journey took the only place; the others wait for one
        Workload.awaitCount(jdbc, REFERRALS - 1, "select count(*) from act_ru_job where handler_cfg_ like '%Event_WaitedTooLong%'");
    }

    private String definition(String versionTag) {
        return jdbc.queryForList("select id_ from act_re_procdef where key_ = ? and version_tag_ = ?", String.class, PROBE, versionTag)
                .stream().findFirst().orElse(null);
    }

    private void awaitAtTimer(String definitionId, int count) {
        Workload.awaitCount(jdbc, count, "select count(*) from act_ru_job where process_def_id_ = ? and type_ = 'timer'", definitionId);
    }

    private void makeTimersDue(String definitionId) {
        jdbc.update("update act_ru_job set duedate_ = now() where process_def_id_ = ? and type_ = 'timer'", definitionId);
    }

    private Timestamp databaseNow() {
        return jdbc.queryForObject("select clock_timestamp()", Timestamp.class);
    }

    /** Successful jobs of the definition per node (the job log's hostname) since the moment. */
    private Map<String, Long> hostsThatRan(String definitionId, Timestamp since) {
        return perHost("select hostname_ from act_hi_job_log where job_state_ = 2 and process_def_id_ = ? and timestamp_ >= ?",
                definitionId, since);
    }

    private Map<String, Long> hostsThatRanPolkusModels(Timestamp since) {
        return perHost("select hostname_ from act_hi_job_log where job_state_ = 2 and process_def_key_ <> ? and timestamp_ >= ?",
                PROBE, since);
    }

    private Map<String, Long> perHost(String sql, Object... args) {
        return jdbc.queryForList(sql, String.class, args).stream().collect(Collectors.groupingBy(h -> h, Collectors.counting()));
    }

    private void assertNoJobFailed() {
        assertThat(jdbc.queryForList("select job_exception_msg_ from act_hi_job_log where job_state_ = 1", String.class))
                .as("failed jobs").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Long.class)).as("incidents").isZero();
    }
}
