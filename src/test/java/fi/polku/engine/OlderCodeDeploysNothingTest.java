package fi.polku.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two Spring-configured engines ("nodes") on one database, each auto-deploying its own copy of the
 * same model file with {@code deploy-changed-only}, as Polku's nodes do: a node whose code is older
 * than the deployed model deploys nothing ({@link OlderCodeDeploysNothing}); without that it would
 * deploy its old model as the newest version. Also fails if the engine stops running the plugins
 * before the Spring auto-deployment.
 */
class OlderCodeDeploysNothingTest {

    /** The same file each time for the same tag, as a release's model is. */
    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                         id="alpha-definitions" targetNamespace="http://polku.test">
              <process id="alpha" isExecutable="true" camunda:historyTimeToLive="P1D" camunda:versionTag="%s">
                <startEvent id="start"/><sequenceFlow id="flow" sourceRef="start" targetRef="end"/><endEvent id="end"/>
              </process>
            </definitions>""";

    @TempDir
    Path code;

    private final String database = "jdbc:h2:mem:older-code-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final List<ProcessEngine> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(ProcessEngine::close);
    }

    @Test
    void aNodeWithOlderCodeThanTheDeployedModelsDeploysNothing() throws IOException {
        startNode("new-code", "2");
        startNode("old-code", "1");

        assertThat(versions()).as("version tags of alpha's deployed versions, oldest first").containsExactly("2");
        assertThat(nodes.get(0).getRepositoryService().createDeploymentQuery().count()).isEqualTo(1);
    }

    @Test
    void aNodeWithNewerCodeDeploysItsChangedModel() throws IOException {
        startNode("old-code", "1");
        startNode("new-code", "2");
        startNode("new-code-again", "2");

        assertThat(versions()).containsExactly("1", "2");
    }

    /** A node whose code ships process alpha with the tag: its model file, then the engine and its auto-deployment. */
    private void startNode(String name, String versionTag) throws IOException {
        Path model = code.resolve("alpha.bpmn");
        Files.writeString(model, MODEL.formatted(versionTag));
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database, "sa", "");
        SpringTransactionsProcessEngineConfiguration configuration = new SpringTransactionsProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(new DataSourceTransactionManager(dataSource));
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setJobExecutorActivate(false);
        configuration.setDeploymentName("SpringAutoDeployment");
        configuration.setDeployChangedOnly(true);
        configuration.setDeploymentResources(new org.springframework.core.io.Resource[] {new FileSystemResource(model)});
        configuration.getProcessEnginePlugins().add(new OlderCodeDeploysNothing(new ShippedModels(Map.of("alpha", versionTag))));
        nodes.add(configuration.buildProcessEngine());
    }

    private List<String> versions() {
        return nodes.get(0).getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("alpha")
                .orderByProcessDefinitionVersion().asc().list().stream().map(ProcessDefinition::getVersionTag).toList();
    }
}
