package fi.polku.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import fi.polku.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link EngineStatistics}' three statements on the engine's real PostgreSQL schema, each against
 * what the engine's public API counts: a renamed or re-purposed {@code act_*} column after an
 * engine upgrade fails here (the in-memory {@code EngineInternalsTest} covers the other internals).
 * The job executor runs other steps meanwhile, so each comparison is retried until both sides
 * agree on one moment.
 */
class EngineStatisticsIT extends IntegrationTest {

    private static final String JOURNEY = "participant-journey";

    @Autowired
    EngineStatistics engineStatistics;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void overdueTasksPerCandidateGroupAreWhatTheTaskQueryCounts() {
        freeAllPlaces();
        String journeyId = createJourney(referral());
        Task interview = awaitTask(journeyId, "Task_HoldSuitabilityInterview");
        assertThat(taskService.getIdentityLinksForTask(interview.getId())).as("precondition: a candidate-group task")
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && "job-coaches".equals(link.getGroupId()));
        // A candidate user as well (an administrator may add one in Tasklist): a link with no group.
        taskService.addCandidateUser(interview.getId(), "coach2");
        taskService.claim(interview.getId(), "coach");
        Instant afterItsDueDate = interview.getDueDate().toInstant().plus(Duration.ofDays(1));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Long> overdue = engineStatistics.overdueTasksPerCandidateGroup(afterItsDueDate);
            assertThat(overdue).as("the interview task, claimed and past its due date, counts for its candidate group")
                    .containsKey("job-coaches");
            assertThat(overdue).as("only candidate groups are keys, never a candidate user's missing group")
                    .doesNotContainKey(null);
            overdue.forEach((group, count) -> assertThat(count)
                    .as("overdue tasks of %s: what taskCandidateGroup(group).includeAssignedTasks().dueBefore(now) "
                            + "counts (act_ru_task.due_date_, act_ru_identitylink.type_/group_id_/task_id_)", group)
                    .isPositive()
                    .isEqualTo(taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
                            .dueBefore(Date.from(afterItsDueDate)).count()));
        });
        assertThat(engineStatistics.overdueTasksPerCandidateGroup(Instant.now()).values())
                .as("overdue counts are never negative").allMatch(count -> count >= 0);
    }

    @Test
    void averageDaysPerCallActivityAreTheFinishedCallActivitiesOfTheProcess() {
        freeAllPlaces();
        journeyInAssessment(); // its referral phase (a call activity) has ended

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Double> days = engineStatistics.averageDaysPerCallActivity(JOURNEY);
            Map<String, Double> expected = historyService.createHistoricActivityInstanceQuery()
                    .activityType("callActivity").finished().list().stream()
                    .filter(activity -> JOURNEY.equals(activity.getProcessDefinitionKey()))
                    .collect(Collectors.groupingBy(HistoricActivityInstance::getActivityId, TreeMap::new,
                            Collectors.averagingDouble(activity -> activity.getDurationInMillis() / 86_400_000.0)));
            assertThat(days).as("the journey's ended referral phase has an average duration (act_hi_actinst)")
                    .containsKey("CallActivity_Referral");
            assertThat(days.keySet()).as("one average per finished call activity of the journey, as the history API "
                    + "lists them (act_hi_actinst.proc_def_key_/act_type_/end_time_)")
                    .containsExactlyInAnyOrderElementsOf(expected.keySet());
            days.forEach((activity, average) -> assertThat(average)
                    .as("average days of %s: the history API's durations, to a tenth (act_hi_actinst.duration_)", activity)
                    .isGreaterThanOrEqualTo(0.0).isCloseTo(expected.get(activity), within(0.051)));
        });
    }

    @Test
    void incidentsPerProcessCountEveryDeployedProcessAndItsOpenIncidents() {
        freeAllPlaces();
        String journeyId = createJourney(referral());
        String journeyInstance = runtimeService.createProcessInstanceQuery().processDefinitionKey(JOURNEY)
                .processInstanceBusinessKey(journeyId).singleResult().getId();
        awaitActivity(journeyId, "CallActivity_Referral");
        String atReferral = runtimeService.createExecutionQuery().processInstanceId(journeyInstance)
                .activityId("CallActivity_Referral").singleResult().getId();
        Incident incident = runtimeService.createIncident("polku-engine-statistics-test", atReferral,
                "EngineStatisticsIT", "An incident raised by EngineStatisticsIT");
        try {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                Map<String, Long> incidents = engineStatistics.incidentsPerProcess();
                List<String> deployedKeys = repositoryService.createProcessDefinitionQuery().list().stream()
                        .map(ProcessDefinition::getKey).distinct().sorted().toList();
                assertThat(incidents.keySet()).as("every deployed process key, in order (act_re_procdef.key_)")
                        .containsExactlyElementsOf(deployedKeys);
                assertThat(incidents).as("the journey's process is among them").containsKey(JOURNEY);
                incidents.forEach((key, count) -> assertThat(count)
                        .as("open incidents of %s: what the incident query counts (act_ru_incident.proc_def_id_)", key)
                        .isGreaterThanOrEqualTo(0)
                        .isEqualTo(runtimeService.createIncidentQuery().processDefinitionKeyIn(key).count()));
                assertThat(incidents.get(JOURNEY)).as("the incident raised on a journey counts for its process")
                        .isPositive();
            });
        } finally {
            runtimeService.resolveIncident(incident.getId());
        }
    }
}
