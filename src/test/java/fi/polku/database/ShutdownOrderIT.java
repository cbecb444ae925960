package fi.polku.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop as an operator or a container runtime does it: the application on its embedded PostgreSQL
 * in a JVM of its own, sent {@code SIGTERM}. The JVM then runs every shutdown hook at once, so a
 * closing context in the test's own JVM would not show a server that another hook stops too early.
 * The engine and the pool must close before the database, and the stop must log no warning or error.
 */
class ShutdownOrderIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern WARN_OR_ERROR = Pattern.compile("^\\S+\\s+(WARN|ERROR)\\b");

    @Test
    void sigtermStopsTheEngineAndThePoolBeforeTheEmbeddedDatabaseAndLogsNoWarning(@TempDir Path work) throws Exception {
        Path data = work.resolve("postgres");
        Path log = Path.of("target", "shutdown-order", "polku.log");
        Files.createDirectories(log.getParent());
        Process app = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx512m",
                "-cp", testClasspath(),
                "fi.polku.PolkuApplication",
                "--spring.profiles.active=test",
                "--server.port=0",
                "--polku.db.embedded.data-directory=" + data,
                "--polku.test.webhook-url=http://127.0.0.1:9",
                // The steps of the stop whose order is checked: engine, pool, database.
                "--logging.level.org.camunda.bpm.engine=info",
                "--logging.level.com.zaxxer.hikari.HikariDataSource=info",
                "--logging.level.io.zonky.test.db.postgres.embedded=info")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitStarted(app, log);
            long startedUpTo = Files.size(log);

            app.destroy(); // SIGTERM
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s after SIGTERM").isTrue();

            byte[] all = Files.readAllBytes(log);
            List<String> stop = new String(all, (int) startedUpTo, all.length - (int) startedUpTo, StandardCharsets.UTF_8)
                    .lines().toList();
            assertThat(stop).as("the log of the stop (whole log in %s)", log)
                    .noneMatch(line -> WARN_OR_ERROR.matcher(line).find())
                    .noneMatch(line -> line.contains("ENGINE-14019"))
                    .noneMatch(line -> line.contains("Exception"));
            int engineClosed = indexOf(stop, "ENGINE-00007 Process Engine default closed");
            int poolClosed = indexOf(stop, "polku - Shutdown completed");
            int databaseStopped = indexOf(stop, "shut down postmaster");
            assertThat(engineClosed).as("engine closed").isNotNegative().isLessThan(poolClosed);
            assertThat(databaseStopped).as("database stopped after the pool").isGreaterThan(poolClosed);
            // Stopped by the application (clean data directory in the test profile), not left running.
            assertThat(data).doesNotExist();
        } finally {
            app.destroyForcibly();
        }
    }

    private static void awaitStarted(Process app, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!Files.readString(log, StandardCharsets.UTF_8).contains("Started PolkuApplication")) {
            if (!app.isAlive()) {
                throw new AssertionError("The application exited with " + app.exitValue() + " before it started; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The application did not start within " + START_TIMEOUT + "; see " + log);
            }
            Thread.sleep(200);
        }
    }

    /**
     * This JVM's classpath without empty entries: the test runner's ends with a separator, and an
     * empty entry is the working directory, whose {@code processes/} would be deployed a second time.
     */
    private static String testClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
