package fi.polku.reliability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One Polku node: the packaged application ({@code target/polku-*.jar}, built by {@code ./mvnw verify})
 * in its own JVM, so that it can be killed like a crashed server ({@code SIGKILL}, no shutdown hooks).
 * It runs the test profile's users and delivery targets (from {@code target/test-classes}) plus the
 * {@code reliability} profile, against a PostgreSQL the test owns. Its log goes to
 * {@code target/reliability/<name>.log}.
 */
final class PolkuNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final String name;
    private final int port;
    private final Process process;

    private PolkuNode(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /** Starts the node and waits until its health check answers UP. */
    static PolkuNode start(String name, Postgres database, String webhookUrl) {
        return start(name, database, webhookUrl, null);
    }

    /**
     * Starts the node with a folder added to the application's classpath (null: none), as the code of
     * another release would add models and beans (Spring Boot's {@code PropertiesLauncher} and
     * {@code loader.path}), and extra profiles; waits until its health check answers UP.
     */
    static PolkuNode start(String name, Postgres database, String webhookUrl, Path extraClasspath, String... extraProfiles) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        if (extraClasspath == null) {
            command.addAll(List.of("-jar", jar().toString()));
        } else {
            command.addAll(List.of("-cp", jar().toString(), "-Dloader.path=" + extraClasspath.toAbsolutePath(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        }
        command.addAll(List.of(
                "--spring.profiles.active=" + String.join(",", Stream.concat(Stream.of("test", "reliability"),
                        Stream.of(extraProfiles)).toList()),
                "--spring.config.additional-location=optional:file:target/test-classes/",
                "--server.port=" + port,
                "--polku.db.url=" + database.jdbcUrl(),
                "--polku.db.user=postgres",
                "--polku.db.password=",
                "--polku.test.webhook-url=" + webhookUrl,
                // The job log's hostname tells which node ran a job.
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        File log = Path.of("target", "reliability", name + ".log").toFile();
        log.getParentFile().mkdirs();
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
            PolkuNode node = new PolkuNode(name, port, process);
            node.awaitHealthy();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String name() {
        return name;
    }

    /** A crash: SIGKILL, no graceful shutdown, no shutdown hooks. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Status of {@code /actuator/health}, or -1 when the node does not answer. */
    int health() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void awaitHealthy() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (health() != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see target/reliability/" + name + ".log");
            }
            if (Instant.now().isAfter(deadline)) {
                kill();
                throw new IllegalStateException(name + " not healthy within " + START_TIMEOUT);
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("polku-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No target/polku-*.jar: run ./mvnw verify (or package) first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
