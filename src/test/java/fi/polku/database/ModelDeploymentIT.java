package fi.polku.database;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Model versions are deliberate: every process and decision in {@code processes/} names its
 * {@code camunda:versionTag}, the engine runs the tagged version, and a start deploys only the
 * resources that changed (so a changed rule does not give every process a new version).
 */
class ModelDeploymentIT extends IntegrationTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void everyProcessAndDecisionRunsTheVersionItsFileTags() throws IOException {
        Map<String, String> tagged = taggedInFiles();
        assertThat(tagged).as("processes and decisions in processes/, each with a versionTag").hasSize(15);
        assertThat(tagged.values()).as("version tags").doesNotContainNull();
        tagged.forEach((key, tag) -> {
            ProcessDefinition process = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult();
            DecisionDefinition decision = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                    .latestVersion().singleResult();
            String deployed = process != null ? process.getVersionTag() : decision.getVersionTag();
            assertThat(deployed).as("the version tag of the deployed " + key).isEqualTo(tag);
        });
    }

    @Test
    void aDeploymentHoldsOnlyTheChangedResources() {
        assertThat(((SpringProcessEngineConfiguration) processEngine.getProcessEngineConfiguration()).isDeployChangedOnly())
                .isTrue();
    }

    /** Key → versionTag of every process and decision in processes/ (null where a model has none). */
    private static Map<String, String> taggedInFiles() throws IOException {
        Pattern element = Pattern.compile("<(?:bpmn:process|decision) id=\"([^\"]+)\"([^>]*)>");
        Pattern versionTag = Pattern.compile("camunda:versionTag=\"([^\"]+)\"");
        Map<String, String> tags = new LinkedHashMap<>();
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path model : models.sorted().toList()) {
                Matcher matcher = element.matcher(Files.readString(model));
                while (matcher.find()) {
                    Matcher tag = versionTag.matcher(matcher.group(2));
                    tags.put(matcher.group(1), tag.find() ? tag.group(1) : null);
                }
            }
        }
        return tags;
    }
}
