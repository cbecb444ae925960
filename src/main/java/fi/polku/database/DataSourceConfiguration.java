package fi.polku.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One pooled {@link DataSource} for the engine and the domain tables, so that a journey's domain
 * rows and its engine state commit in the same transaction.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embeddedDatabase) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("polku");
        config.setMaximumPoolSize(properties.maxPoolSize());
        config.setConnectionTimeout(properties.connectionTimeout().toMillis());
        // The engine binds permission masks as parameters ("perms_ & ? = ?"). After five runs on a
        // connection PostgreSQL may switch a prepared statement to a generic plan, which cannot use
        // the statistics on those bits (V6) and joins every open task with every grant: Tasklist's
        // group filter went from 70 ms to 1,400 ms at 4,000 open tasks. Plan with the values, always.
        // The same filters join each open task with its grants on "resource_id_ in (task, process
        // key, '*')", which only an index probe per task answers in linear time. PostgreSQL's default
        // random_page_cost (4, a spinning disk) makes those probes look dearer than comparing every
        // task with every grant of the group, a loop quadratic in the open tasks (185 ms instead of
        // 15 ms for the "Job coaches: open" list at 955 open tasks, EXPLAIN ANALYZE; growing with the
        // square). 1.1 is the usual value for SSDs and for a working set held in memory.
        config.setConnectionInitSql("set plan_cache_mode = force_custom_plan; set random_page_cost = 1.1");
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
            log.info("Using PostgreSQL at {}", properties.url());
        } else {
            // The embedded server only starts PostgreSQL; connections go through the pool because
            // its own DataSource forks a server process per connection (slow under load).
            config.setJdbcUrl(embeddedDatabase.server().getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    public EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        if (properties.external()) {
            return new EmbeddedDatabase(null);
        }
        DatabaseProperties.Embedded embedded = properties.embedded();
        File dataDirectory = new File(embedded.dataDirectory()).getAbsoluteFile();
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(embedded.clean())
                    // The library's own JVM shutdown hook stops the server at once, in parallel with
                    // Spring's: the engine and the pool then lost the database under them while they
                    // were closing (refused connections, a failed engine shutdown). The server is
                    // stopped by this bean instead, which Spring destroys after the pool and everything
                    // that uses the pool (the engine and its job executor), as they depend on it.
                    .setRegisterShutdownHook(false);
            if (embedded.port() > 0) {
                builder.setPort(embedded.port());
            }
            if (embedded.settings() != null) {
                embedded.settings().forEach(builder::setServerConfig);
            }
            EmbeddedPostgres server = builder.start();
            log.info("Started embedded PostgreSQL on port {} with data in {}", server.getPort(), dataDirectory);
            EmbeddedDatabase database = new EmbeddedDatabase(server);
            // Should the context never be closed (spring.main.register-shutdown-hook=false), the server
            // still stops with the JVM: Spring Boot runs its shutdown handlers after closing every
            // context, so this never overtakes the bean's own close (and is then a no-op).
            SpringApplication.getShutdownHandlers().add(database::closeQuietly);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * The embedded server as a bean of its own: the pool depends on it, so Spring closes the server
     * only after the pool and every bean using the pool have been closed.
     */
    public record EmbeddedDatabase(EmbeddedPostgres server) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (server != null) {
                server.close(); // once: later calls return at once
            }
        }

        private void closeQuietly() {
            try {
                close();
            } catch (IOException e) {
                log.warn("Could not stop the embedded PostgreSQL: {}", e.getMessage());
            }
        }
    }
}
