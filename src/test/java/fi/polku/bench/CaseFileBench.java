package fi.polku.bench;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.journey.AccessLog;
import fi.polku.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * What the case file costs (README, "The case file"), on journeys that have been through the
 * referral and the initial assessment (some twenty records, decisions, events and tasks each):
 * the tab's API beside the case conference as a team lead reads it (through Tasklist's session) and the whole
 * case file as a team lead reads it; and what the access log adds to the status API: the status
 * API as integrations call it, next to the access log's insert alone. Interleaved, so each meets
 * the same machine. At full scale the case file is in PolkuBench's screen table.
 *
 * <pre>./mvnw -Pbench test-compile failsafe:integration-test@bench -Dit.test=CaseFileBench -Dbench.samples=300</pre>
 */
class CaseFileBench extends IntegrationTest {

    private static final int JOURNEYS = 10;

    @Autowired
    AccessLog accessLog;

    @Test
    void caseFileAndAccessLog() {
        int samples = Integer.getInteger("bench.samples", 200);
        List<String> journeys = new ArrayList<>();
        List<Task> conferences = new ArrayList<>();
        for (int i = 0; i < JOURNEYS; i++) {
            freeAllPlaces(); // the test profile has one place: each journey needs it to reach the assessment
            String journeyId = journeyInAssessment();
            assess(journeyId, 4, "SOME");
            journeys.add(journeyId);
            conferences.add(awaitTask(journeyId, "Task_HoldCaseConference"));
        }
        WebappSession lead = webappLogin("lead", "tasklist");
        long[] tab = new long[samples];
        long[] whole = new long[samples];
        long[] status = new long[samples];
        long[] logInsert = new long[samples];
        for (int i = -20; i < samples; i++) { // 20 rounds of warm-up
            String journeyId = journeys.get(Math.floorMod(i, JOURNEYS));
            Task task = conferences.get(Math.floorMod(i, JOURNEYS));
            long start = System.nanoTime();
            ok(webappRequest(lead, HttpMethod.GET, "/api/v1/case-files/tasks/" + task.getId(), null));
            long tabDone = System.nanoTime();
            ok(get("lead", "/api/v1/case-files/journeys/" + journeyId));
            long wholeDone = System.nanoTime();
            ok(get("integration", "/api/v1/referrals/" + journeyId));
            long statusDone = System.nanoTime();
            accessLog.viewedJourney("bench", UUID.fromString(journeyId), List.of("status"), "bench");
            long logged = System.nanoTime();
            if (i >= 0) {
                tab[i] = tabDone - start;
                whole[i] = wholeDone - tabDone;
                status[i] = statusDone - wholeDone;
                logInsert[i] = logged - statusDone;
            }
        }
        System.out.printf("%nCaseFileBench, %d samples each, %d journeys (ms)%n", samples, JOURNEYS);
        Map.of("case file tab beside a task (webapp session)", tab, "whole case file (HTTP Basic)", whole,
                "GET /api/v1/referrals/{id} (with its access-log row)", status, "access-log insert alone", logInsert)
                .forEach((name, nanos) -> System.out.printf("%-55s %s%n", name, percentiles(nanos)));
    }

    private static void ok(ResponseEntity<JsonNode> response) {
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError(response.getStatusCode() + " " + response.getBody());
        }
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.2f / p95 %.2f", sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6);
    }
}
