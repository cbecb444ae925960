package fi.polku.support;

import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * The engine for process unit tests: in memory, delegates replaced by mocks registered with
 * {@code Mocks.register}, timers moved with the engine clock, flow-node coverage measured.
 * Integration tests run the real application on PostgreSQL instead.
 */
public final class ProcessTestEngine {

    private ProcessTestEngine() {
    }

    /** A coverage-measuring extension that fails the class below 100 % coverage of its processes. */
    public static ProcessEngineCoverageExtension fullCoverage(String... excludedProcessKeys) {
        ProcessCoverageInMemProcessEngineConfiguration configuration = new ProcessCoverageInMemProcessEngineConfiguration();
        // One database per test class, so classes never see each other's engine tables.
        configuration.setJdbcUrl("jdbc:h2:mem:process-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuration.setJobExecutorActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL);
        configuration.setDefaultSerializationFormat("application/json");
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        return (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.builder(configuration)
                .assertClassCoverageAtLeast(1.0)
                .excludeProcessDefinitionKeys(excludedProcessKeys)
                .build();
    }
}
