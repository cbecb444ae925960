package fi.polku.bench;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.security.Role;
import fi.polku.security.TasklistFilterSetup;
import fi.polku.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * What the four-eyes REVOKE authorizations cost Tasklist (README, "Performance"). With any REVOKE in
 * the database, the engine's default {@code authorizationCheckRevokes=auto} adds the revoke
 * conditions to every authorization check. Measured: Tasklist's two calls for a group's queue (the
 * filter's count and its first page of 15, through Tasklist's own engine API with the webapp
 * session), for a supplement handler, whom the revokes name, and for a job coach, whom they do not;
 * with no REVOKE, with one per open approval task of a realistic day (50), and with 5,000. Each
 * queue holds {@code bench.tasks} open tasks (standalone tasks of the group: the same authorization
 * rows a process task gets, without the processes around them). The three states are measured in
 * turn, three times over, so each meets the same machine.
 *
 * <pre>./mvnw -Pbench test-compile failsafe:integration-test@bench -Dit.test=RevokeCostBench -Dbench.samples=300</pre>
 */
class RevokeCostBench extends IntegrationTest {

    private static final int[] REVOKES = {0, 50, 5000};
    private static final int CYCLES = 3;

    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;

    @Test
    void tasklistQueueWithAndWithoutRevokes() {
        int samples = Integer.getInteger("bench.samples", 200);
        int tasks = Integer.getInteger("bench.tasks", 3000);
        List<String> handlerTasks = standaloneTasks(Role.SUPPLEMENT_HANDLERS, tasks);
        List<String> coachTasks = standaloneTasks(Role.JOB_COACHES, tasks);
        String handlerQueue = filterId(Role.SUPPLEMENT_HANDLERS);
        String coachQueue = filterId(Role.JOB_COACHES);
        WebappSession handler = webappLogin("handler", "tasklist");
        WebappSession coach = webappLogin("coach", "tasklist");
        Map<String, long[]> results = new LinkedHashMap<>();
        int perCycle = Math.max(1, samples / CYCLES);
        List<String> revokes = new ArrayList<>();
        try {
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                for (int count : REVOKES) {
                    setRevokes(revokes, count, handlerTasks);
                    for (int i = -10; i < perCycle; i++) { // 10 rounds of warm-up per state
                        long start = System.nanoTime();
                        ok(webappRequest(handler, HttpMethod.GET, filter(handlerQueue) + "/count", null));
                        long handlerCount = System.nanoTime();
                        ok(webappRequest(handler, HttpMethod.POST, filter(handlerQueue) + "/list?firstResult=0&maxResults=15",
                                "{}"));
                        long handlerList = System.nanoTime();
                        ok(webappRequest(coach, HttpMethod.GET, filter(coachQueue) + "/count", null));
                        long coachCount = System.nanoTime();
                        ok(webappRequest(coach, HttpMethod.POST, filter(coachQueue) + "/list?firstResult=0&maxResults=15",
                                "{}"));
                        long coachList = System.nanoTime();
                        if (i >= 0) {
                            int at = cycle * perCycle + i;
                            record(results, count, "handler queue count", at, perCycle, handlerCount - start);
                            record(results, count, "handler queue first 15", at, perCycle, handlerList - handlerCount);
                            record(results, count, "coach queue count", at, perCycle, coachCount - handlerList);
                            record(results, count, "coach queue first 15", at, perCycle, coachList - coachCount);
                        }
                    }
                }
            }
        } finally {
            setRevokes(revokes, 0, handlerTasks);
            handlerTasks.forEach(id -> taskService.deleteTask(id, true));
            coachTasks.forEach(id -> taskService.deleteTask(id, true));
        }
        System.out.printf("%nRevokeCostBench, %d samples per figure, %d open tasks in each queue (ms)%n",
                perCycle * CYCLES, tasks);
        results.forEach((name, nanos) -> System.out.printf("%-45s %s%n", name, percentiles(nanos)));
    }

    private static void record(Map<String, long[]> results, int revokes, String what, int at, int perCycle, long nanos) {
        results.computeIfAbsent(what + ", " + revokes + " revokes", key -> new long[perCycle * CYCLES])[at] = nanos;
    }

    /** Open tasks of the group, as unassigned candidates: the engine writes each one's group authorization. */
    private List<String> standaloneTasks(Role role, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Task task = taskService.newTask();
            task.setName("Bench task " + i);
            taskService.saveTask(task);
            taskService.addCandidateGroup(task.getId(), role.groupId());
            ids.add(task.getId());
        }
        return ids;
    }

    /**
     * Exactly {@code count} revokes of the handler, as {@code TaskWorkRevocation} writes them: the first
     * on the handler's open tasks (the preparer kept off an approval), the rest on tasks already gone.
     */
    private void setRevokes(List<String> revokes, int count, List<String> tasks) {
        while (revokes.size() > count) {
            authorizationService.deleteAuthorization(revokes.remove(revokes.size() - 1));
        }
        while (revokes.size() < count) {
            Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
            revoke.setUserId("handler");
            revoke.setResource(Resources.TASK);
            revoke.setResourceId(revokes.size() < tasks.size() / 2 ? tasks.get(revokes.size()) : UUID.randomUUID().toString());
            revoke.removePermission(Permissions.READ);
            revoke.removePermission(Permissions.UPDATE);
            revoke.removePermission(TaskPermissions.TASK_WORK);
            revoke.removePermission(TaskPermissions.TASK_ASSIGN);
            revoke.removePermission(TaskPermissions.READ_VARIABLE);
            revokes.add(authorizationService.saveAuthorization(revoke).getId());
        }
    }

    private String filterId(Role role) {
        return filterService.createTaskFilterQuery().filterName(TasklistFilterSetup.openFilterName(role)).singleResult().getId();
    }

    private static String filter(String id) {
        return "/camunda/api/engine/engine/default/filter/" + id;
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
