package fi.polku.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The migration batch's throughput (profile {@code bench}, not part of {@code ./mvnw verify}):
 * {@code bench.migrationJourneys} (10,000) referrals waiting for their interview on the first
 * referral model are moved to version 2 through {@code POST /api/v1/model-migrations/referral/2},
 * and the time from the request to the batch's end is measured on the real application and
 * PostgreSQL (embedded, fsync on).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "polku.db.max-pool-size=30",
        "polku.db.embedded.settings.fsync=on",
        "polku.db.embedded.settings.synchronous_commit=on",
        "logging.level.root=warn",
        "polku.test.webhook-url=http://127.0.0.1:9"})
@ActiveProfiles("test")
class MigrationBench {

    private static final int JOURNEYS = Integer.getInteger("bench.migrationJourneys", 10_000);
    private static final Path DATA_DIRECTORY = Path.of("target", "migration-bench-postgres");

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        if (Files.exists(DATA_DIRECTORY)) {
            try (var paths = Files.walk(DATA_DIRECTORY)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        registry.add("polku.db.embedded.data-directory", DATA_DIRECTORY::toString);
        registry.add("polku.db.embedded.clean", () -> true);
    }

    @Test
    void migrateTenThousandWaitingReferrals() throws Exception {
        repositoryService.createDeployment().name("referral before decision tasks")
                .addClasspathResource("legacy/referral-before-decision-tasks.bpmn").deploy();
        ProcessDefinition first = latestReferral();

        long seedStart = System.nanoTime();
        ExecutorService seeders = Executors.newFixedThreadPool(4);
        List<Future<?>> seeded = new ArrayList<>();
        for (int i = 0; i < JOURNEYS; i++) {
            seeded.add(seeders.submit(() -> runtimeService.createProcessInstanceById(first.getId())
                    .businessKey(UUID.randomUUID().toString())
                    .setVariables(Map.of("journeyId", UUID.randomUUID().toString(), "displayName", "Bench Journey",
                            "eligibility", "ELIGIBLE"))
                    .startBeforeActivity("Task_HoldSuitabilityInterview")
                    .execute(true, true)));
        }
        for (Future<?> future : seeded) {
            future.get();
        }
        seeders.shutdown();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        repositoryService.createDeployment().name("referral").addClasspathResource("processes/referral.bpmn").deploy();
        assertThat(latestReferral().getVersionTag()).isEqualTo("2");

        long start = System.nanoTime();
        ResponseEntity<JsonNode> started = http.exchange("/api/v1/model-migrations/referral/2", HttpMethod.POST,
                new HttpEntity<>(admin()), JsonNode.class);
        double requestSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(started.getStatusCode().value()).isEqualTo(202);
        List<String> batches = started.getBody().path("versions").findValuesAsText("batchId");
        while (batches.stream().anyMatch(id -> managementService.createBatchQuery().batchId(id).count() > 0)) {
            Thread.sleep(500);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long migrated = runtimeService.createProcessInstanceQuery().processDefinitionId(latestReferral().getId()).count();
        assertThat(migrated).isEqualTo(JOURNEYS);
        System.out.printf("%nMigration of %,d waiting referrals to version 2: seeded in %.1f s; the request (plan, "
                        + "%,d instances checked, batch created) %.1f s; request to batch end %.1f s = %.0f journeys/s%n%n",
                JOURNEYS, seedSeconds, JOURNEYS, requestSeconds, seconds, JOURNEYS / seconds);
    }

    private ProcessDefinition latestReferral() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("referral").latestVersion()
                .singleResult();
    }

    private static HttpHeaders admin() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("admin", "admin");
        return headers;
    }
}
