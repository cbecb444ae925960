package fi.polku.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded PostgreSQL of a default run keeps what it acknowledged: the embedded library starts
 * it with fsync and synchronous_commit off, and {@code application.yaml} turns both on again.
 */
class EmbeddedDatabaseSettingsTest {

    @Test
    void theDefaultConfigurationCommitsToDisk() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
                .forEach(environment.getPropertySources()::addLast);
        DatabaseProperties properties = Binder.get(environment).bind("polku.db", DatabaseProperties.class).get();

        assertThat(properties.embedded().settings()).containsEntry("fsync", "on").containsEntry("synchronous_commit", "on");
    }

    @Test
    void theServerStartsWithTheConfiguredSettings(@TempDir Path data) throws Exception {
        assertThat(settingsOfServer(data.resolve("durable"), Map.of("fsync", "on", "synchronous_commit", "on")))
                .isEqualTo("on/on");
        // What the library does on its own, and why the setting exists.
        assertThat(settingsOfServer(data.resolve("library-default"), null)).isEqualTo("off/off");
    }

    private static String settingsOfServer(Path dataDirectory, Map<String, String> settings) throws Exception {
        DatabaseProperties properties = new DatabaseProperties("", null, null, 2, Duration.ofSeconds(5),
                new DatabaseProperties.Embedded(dataDirectory.toString(), true, 0, settings));
        try (DataSourceConfiguration.EmbeddedDatabase database = new DataSourceConfiguration().embeddedDatabase(properties);
             Connection connection = database.server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "select current_setting('fsync') || '/' || current_setting('synchronous_commit')")) {
            result.next();
            return result.getString(1);
        }
    }
}
