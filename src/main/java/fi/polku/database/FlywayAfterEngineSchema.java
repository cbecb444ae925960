package fi.polku.database;

import java.util.Arrays;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway migrates after the engine has created (or updated) its schema. Some migrations tune the
 * engine's own tables (V6–V9: indexes and statistics on {@code act_*}); they skip themselves when a
 * table does not exist, so on a fresh database Flyway running first would leave them out silently.
 * Spring orders beans by dependency, so the migration depends on the engine here, by configuration.
 * (The engine needs no domain table to start: the job executor, the first thing to run a model's
 * code, starts once the application is ready.)
 */
@Configuration(proxyBeanMethods = false)
class FlywayAfterEngineSchema {

    @Bean
    static BeanFactoryPostProcessor flywayDependsOnTheEngine() {
        return beanFactory -> {
            String[] engines = beanFactory.getBeanNamesForType(ProcessEngine.class, true, false);
            for (String flyway : beanFactory.getBeanNamesForType(FlywayMigrationInitializer.class, true, false)) {
                BeanDefinition definition = beanFactory.getBeanDefinition(flyway);
                String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                definition.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Arrays.stream(engines)).distinct()
                        .toArray(String[]::new));
            }
        };
    }
}
