package fi.polku.database;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The migrations that tune the engine's own tables skip themselves when those tables do not exist
 * yet. On a fresh database (this test's) the engine must have created them first, or the indexes
 * would silently never exist: configuration orders Flyway after the engine.
 */
class EngineIndexesIT extends IntegrationTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void flywayMigratesOnlyAfterTheEngineHasItsSchema() {
        var beanFactory = context.getBeanFactory();
        String[] engines = beanFactory.getBeanNamesForType(ProcessEngine.class, true, false);
        String[] flyways = beanFactory.getBeanNamesForType(FlywayMigrationInitializer.class, true, false);
        assertThat(engines).isNotEmpty();
        assertThat(flyways).isNotEmpty();
        for (String flyway : flyways) {
            assertThat(beanFactory.getBeanDefinition(flyway).getDependsOn()).contains(engines);
        }
    }

    @Test
    void theEngineTablesGotTheirIndexesAndStatisticsOnAFreshDatabase() {
        assertThat(jdbc.queryForList("select indexname from pg_indexes where indexname like 'polku\\_%'", String.class))
                .contains("polku_phase_durations_idx", "polku_job_due_idx", "polku_job_locked_idx",
                        "polku_process_instances_by_definition_idx");
        assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = "
                + "'polku_authorization_permission_bits'", Long.class)).isOne();
    }
}
