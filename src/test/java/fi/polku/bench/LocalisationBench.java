package fi.polku.bench;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * What localisation costs Tasklist (README, "Languages"): the two things a professional waits for,
 * the group's task list ("Job coaches: open", first page, as Tasklist asks it: HAL with the
 * processes' names) and a task's form (its Camunda Form and its variables, the two requests
 * Tasklist makes), through the webapps' API with a signed-in session, in an English, a Finnish
 * and a Swedish browser, interleaved so that each language meets the same machine. Run it on a
 * commit before the change to compare with today:
 *
 * <pre>./mvnw -Pbench test-compile failsafe:integration-test@bench -Dit.test=LocalisationBench -Dbench.samples=300</pre>
 */
class LocalisationBench extends IntegrationTest {

    private static final String ENGINE_API = "/camunda/api/engine/engine/default";
    private static final Map<String, String> BROWSERS = Map.of("en", "en-GB,en;q=0.9", "fi", "fi-FI,fi;q=0.9,en;q=0.8",
            "sv", "sv-SE,sv;q=0.9,en;q=0.8");
    private static final int JOURNEYS = 30;

    @Test
    void taskListAndFormLoad() {
        int samples = Integer.getInteger("bench.samples", 200);
        List<Task> interviews = new ArrayList<>();
        for (int i = 0; i < JOURNEYS; i++) {
            interviews.add(awaitTask(createJourney(referral()), "Task_HoldSuitabilityInterview"));
        }
        WebappSession coach = webappLogin("coach", "tasklist");
        String filterId = null;
        for (JsonNode filter : webappRequest(coach, HttpMethod.GET, ENGINE_API + "/filter?resourceType=Task", null).getBody()) {
            if (filter.path("name").asText().equals("Job coaches: open")) {
                filterId = filter.get("id").asText();
            }
        }
        String list = ENGINE_API + "/filter/" + filterId + "/list?firstResult=0&maxResults=15";
        Map<String, long[]> listTimes = new LinkedHashMap<>();
        Map<String, long[]> formTimes = new LinkedHashMap<>();
        BROWSERS.keySet().stream().sorted().forEach(language -> {
            listTimes.put(language, new long[samples]);
            formTimes.put(language, new long[samples]);
        });
        for (int i = -20; i < samples; i++) { // 20 rounds of warm-up
            for (String language : listTimes.keySet()) {
                String browser = BROWSERS.get(language);
                long start = System.nanoTime();
                webappRequest(coach, HttpMethod.POST, list, "{}", browser);
                long listed = System.nanoTime();
                Task task = interviews.get(Math.floorMod(i, interviews.size()));
                webappRequest(coach, HttpMethod.GET, ENGINE_API + "/task/" + task.getId() + "/deployed-form", null, browser);
                webappRequest(coach, HttpMethod.GET, ENGINE_API + "/task/" + task.getId()
                        + "/form-variables?deserializeValues=false", null, browser);
                long formed = System.nanoTime();
                if (i >= 0) {
                    listTimes.get(language)[i] = listed - start;
                    formTimes.get(language)[i] = formed - listed;
                }
            }
        }
        System.out.printf("%nLocalisationBench, %d samples each (ms)%n%-10s %22s %22s%n", samples, "language",
                "task list p50 / p95", "form load p50 / p95");
        for (String language : listTimes.keySet()) {
            System.out.printf("%-10s %22s %22s%n", language, percentiles(listTimes.get(language)),
                    percentiles(formTimes.get(language)));
        }
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("%.2f / %.2f", sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6);
    }
}
