package fi.polku.demo;

import fi.polku.engine.EngineClock;
import fi.polku.journey.JourneyCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Lives one demo journey through time on the engine's clock: moves the clock forward, runs what the
 * job executor would have run by then (asynchronous steps and timers due), and has the team member
 * of the task's group complete each task a few days after it appeared, as the story says. The
 * history, the task dates and the timers therefore read as if the journey had really happened.
 * Runs before the job executor starts (see {@link DemoJourneys}); never moves the clock past the
 * real time.
 */
final class JourneyWalk {

    /** The demo user who works each group's tasks (application-demo.yaml). */
    static final Map<String, String> TEAM = Map.of("referral-coordinators", "coordinator", "job-coaches", "coach",
            "social-instructors", "instructor", "study-counsellors", "counsellor", "employer-coordinators", "employer",
            "team-leads", "lead", "social-workers", "socialworker", "work-activity-instructors", "wainstructor");
    /** Guards against a story that never settles (a timer loop due again and again). */
    private static final int MAX_STEPS = 500;

    private final String businessKey;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;

    JourneyWalk(String businessKey, RuntimeService runtimeService, TaskService taskService,
                ManagementService managementService, IdentityService identityService) {
        this.businessKey = businessKey;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
    }

    /** What the team answers in a task: the form's variables on the day it is completed; null leaves it open. */
    interface Answers extends BiFunction<Task, LocalDate, Map<String, Object>> {
    }

    /**
     * Lets time pass until the moment: timers fire when due, and each open task the story answers is
     * completed its delay after it was created, unless it was created at or after {@code leaveOpenFrom}
     * (the tasks the demo shows open). Ends with the clock at {@code until}.
     */
    void liveUntil(Instant until, Instant leaveOpenFrom, Map<String, Integer> delayDays, Answers answers) {
        for (int step = 0; step < MAX_STEPS; step++) {
            settle();
            Instant now = EngineClock.now();
            Optional<Task> nextTask = openTasks().stream()
                    .filter(task -> task.getCreateTime().toInstant().isBefore(leaveOpenFrom))
                    .filter(task -> answers.apply(task, JourneyCalendar.today()) != null)
                    .min(Comparator.comparing(task -> completionTime(task, delayDays)));
            Optional<Instant> nextTimer = nextTimerDue();
            Instant taskTime = nextTask.map(task -> max(now, completionTime(task, delayDays))).orElse(null);
            Instant next = earliest(taskTime, nextTimer.orElse(null));
            if (next == null || next.isAfter(until)) {
                moveTo(until);
                settle();
                return;
            }
            moveTo(next);
            if (next.equals(taskTime)) {
                // the timers due by now first, as the job executor would have fired them
                settle();
                Task task = nextTask.get();
                if (taskService.createTaskQuery().taskId(task.getId()).count() == 1) {
                    complete(task, answers.apply(task, JourneyCalendar.today()));
                }
            }
        }
        throw new IllegalStateException("Demo journey " + businessKey + " did not settle in " + MAX_STEPS + " steps");
    }

    private static Instant completionTime(Task task, Map<String, Integer> delayDays) {
        return task.getCreateTime().toInstant().plus(Duration.ofDays(delayDays.getOrDefault(task.getTaskDefinitionKey(), 2)));
    }

    /** Claims and completes the task as the demo user of its candidate group, then runs what follows. */
    void complete(Task task, Map<String, Object> variables) {
        String group = candidateGroup(task);
        String user = TEAM.getOrDefault(group, "admin");
        identityService.setAuthentication(user, List.of(group));
        try {
            taskService.claim(task.getId(), user);
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
        settle();
    }

    /** Runs the journey's jobs that are due on the engine's clock (asynchronous steps, timers) until none is. */
    void settle() {
        for (int round = 0; round < MAX_STEPS; round++) {
            List<Job> due = jobs(true);
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new IllegalStateException("Demo journey " + businessKey + " keeps making jobs that are due");
    }

    /** Moves the engine's clock, never past the real time. */
    static void moveTo(Instant moment) {
        Instant real = Instant.now();
        EngineClock.moveTo(moment.isAfter(real) ? real : moment);
    }

    List<Task> openTasks() {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).list();
    }

    private Optional<Instant> nextTimerDue() {
        return jobs(false).stream().filter(job -> job.getDuedate() != null).map(job -> job.getDuedate().toInstant())
                .min(Comparator.naturalOrder());
    }

    private List<Job> jobs(boolean dueOnly) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .map(ProcessInstance::getId)
                .flatMap(id -> {
                    var query = managementService.createJobQuery().processInstanceId(id).withRetriesLeft();
                    return (dueOnly ? query.executable() : query.timers()).list().stream();
                })
                .toList();
    }

    private String candidateGroup(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst()
                .orElseThrow(() -> new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has no group"));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
