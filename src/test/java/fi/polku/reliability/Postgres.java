package fi.polku.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A PostgreSQL server the test owns, outside the application: it can be stopped and started again
 * on the same port and data (a database outage), and several application nodes can share it.
 */
final class Postgres implements AutoCloseable {

    private final Path dataDirectory;
    private EmbeddedPostgres server;
    private int port;

    private Postgres(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** A fresh server with its data in {@code target/reliability/<name>}. */
    static Postgres startFresh(String name) {
        Path directory = Path.of("target", "reliability", name).toAbsolutePath();
        deleteRecursively(directory);
        Postgres postgres = new Postgres(directory);
        postgres.start();
        return postgres;
    }

    void start() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dataDirectory.toFile())
                    .setCleanDataDirectory(false);
            if (port > 0) {
                builder.setPort(port);
            }
            server = builder.start();
            port = server.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    /** A fast shutdown: open connections are cut, as when the database host goes away. */
    void stop() {
        try {
            server.close();
            server = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Plain JDBC for the test's own checks (no pool: it must not hold connections across an outage). */
    JdbcTemplate jdbc() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(jdbcUrl(), "postgres", "");
        return new JdbcTemplate(dataSource);
    }

    boolean accepting() {
        try (Connection ignored = DriverManager.getConnection(jdbcUrl(), "postgres", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (server != null) {
            stop();
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
