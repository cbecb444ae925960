package fi.polku.reporting;

import fi.polku.engine.EngineClock;
import fi.polku.engine.EngineStatistics;
import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyPhase;
import fi.polku.journey.JourneyProcess;
import fi.polku.journey.JourneyType;
import fi.polku.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What managers ask every week, for the "Journeys" page in Cockpit: where participants stand, what
 * is late, who waits, and the programme's results. The results are the indicator report's own
 * figures, so the two never disagree.
 */
@Service
class JourneyDashboard {

    /** The phases of participant-journey, in order, and the call activity that runs each. */
    static final Map<String, String> PHASES = phases();

    private final JdbcTemplate jdbc;
    private final EngineStatistics engineStatistics;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final IndicatorReport report;
    private final IpsFigures ipsFigures;
    /** Computes the phase averages again when they are due, so that no manager waits for it. */
    private final ExecutorService phaseAveragesRefresher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "phase-averages");
        thread.setDaemon(true);
        return thread;
    });
    private final BackgroundRefreshedValue<Map<String, Double>> averageDaysPerPhase;

    public JourneyDashboard(JdbcTemplate jdbc, EngineStatistics engineStatistics, TaskService taskService,
                            HistoryService historyService,
                            IndicatorReport report, IpsFigures ipsFigures,
                            @Value("${polku.dashboard.phase-averages-max-age:10m}") Duration phaseAveragesMaxAge) {
        this.jdbc = jdbc;
        this.engineStatistics = engineStatistics;
        this.taskService = taskService;
        this.historyService = historyService;
        this.report = report;
        this.ipsFigures = ipsFigures;
        this.averageDaysPerPhase = new BackgroundRefreshedValue<>("average days per phase", this::computeAverageDaysPerPhase,
                phaseAveragesMaxAge, InstantSource.system(), phaseAveragesRefresher);
    }

    @PreDestroy
    void stopRefreshing() {
        phaseAveragesRefresher.shutdownNow();
    }

    private static Map<String, String> phases() {
        Map<String, String> phases = new LinkedHashMap<>();
        for (JourneyPhase phase : JourneyPhase.phasesOf(JourneyType.PARTICIPANT)) {
            phases.put(phase.name(), phase.callActivityId());
        }
        return phases;
    }

    @Schema(description = "The Journeys dashboard")
    public record Overview(OffsetDateTime generatedAt,
                           @Schema(description = "The journeys the phases, this month and the results count: PARTICIPANT "
                                   + "or WORK_ACTIVITY; both when absent") JourneyType journeyType,
                           Map<String, Long> participantsPerPhase,
                           Map<String, Long> overdueTasksPerGroup, WaitingList waitingList, Month thisMonth,
                           IndicatorReport.Report results,
                           @Schema(description = "The IPS figures of the work-activity journeys for the same period; "
                                   + "absent when only participant journeys are asked for") IpsFigures.Report ipsFigures,
                           Map<String, Double> averageDaysPerPhase,
                           Map<String, Long> incidentsPerProcess) {
    }

    public record WaitingList(long length, OffsetDateTime oldestSince, Long oldestWaitDays) {
    }

    /** Starts and leavers of the current month, as the indicator report counts them. */
    public record Month(LocalDate from, LocalDate to, long starts, long leavers) {
    }

    /**
     * The dashboard, with the programme's results for from..to; the phases, this month and the results
     * of one kind of journey when given. The overdue tasks, the waiting list (only Digitalents journeys
     * wait for a place), the phase averages (participant-journey's call activities) and the incidents
     * stay the whole service's.
     */
    public Overview overview(LocalDate from, LocalDate to, JourneyType journeyType) {
        LocalDate today = JourneyCalendar.today();
        LocalDate monthStart = today.withDayOfMonth(1);
        IndicatorReport.Report month = report.report(monthStart, monthStart.plusMonths(1).minusDays(1), journeyType);
        return new Overview(OffsetDateTime.now(), journeyType, participantsPerPhase(journeyType), overdueTasksPerGroup(),
                waitingList(),
                new Month(month.from(), month.to(), total(month, Indicator.PARTICIPANTS), total(month, Indicator.LEAVERS)),
                report.report(from, to, journeyType),
                journeyType == JourneyType.PARTICIPANT ? null : ipsFigures.report(from, to),
                averageDaysPerPhase.get(), engineStatistics.incidentsPerProcess());
    }

    private static long total(IndicatorReport.Report report, Indicator indicator) {
        return report.indicators().stream().filter(figure -> figure.id().equals(indicator.id()))
                .mapToLong(IndicatorReport.Figure::total).sum();
    }

    /** Active journeys by phase; read index-only through journey_active_phase_idx (V10). */
    static final String ACTIVE_PER_PHASE = "select phase, count(*) from journey where status = 'ACTIVE' group by phase";
    /** Active journeys of one kind by phase (journey_active_phase_idx finds the active ones). */
    static final String ACTIVE_OF_TYPE_PER_PHASE =
            "select phase, count(*) from journey where status = 'ACTIVE' and journey_type = ? group by phase";

    private Map<String, Long> participantsPerPhase(JourneyType journeyType) {
        Map<String, Long> perPhase = new LinkedHashMap<>();
        JourneyPhase.phasesOf(journeyType).forEach(phase -> perPhase.put(phase.name(), 0L));
        if (journeyType == null) {
            jdbc.query(ACTIVE_PER_PHASE, rs -> { perPhase.put(rs.getString(1), rs.getLong(2)); });
        } else {
            jdbc.query(ACTIVE_OF_TYPE_PER_PHASE, rs -> { perPhase.put(rs.getString(1), rs.getLong(2)); }, journeyType.name());
        }
        return perPhase;
    }

    Map<String, Long> overdueTasksPerGroup() {
        Map<String, Long> overdue = new LinkedHashMap<>();
        Role.team().forEach(role -> overdue.put(role.groupId(), 0L));
        engineStatistics.overdueTasksPerCandidateGroup(EngineClock.now()).forEach((group, count) -> {
            // candidate groups outside the team (e.g. the administrators') are not shown
            if (overdue.containsKey(group)) {
                overdue.put(group, count);
            }
        });
        return overdue;
    }

    private WaitingList waitingList() {
        return jdbc.queryForObject("""
                select count(*) as length, min(since) as oldest from waiting_list_entry where left_at is null""",
                (rs, row) -> {
                    OffsetDateTime oldest = rs.getObject("oldest", OffsetDateTime.class);
                    return new WaitingList(rs.getLong("length"), oldest, oldest == null ? null
                            : Duration.between(oldest, OffsetDateTime.now()).toDays());
                });
    }

    /** A journey's notifications, oldest first; read through outbox_message_journey_idx (V11). */
    static final String JOURNEY_NOTIFICATIONS = """
            select type, target, status, attempts, created_at, sent_at from outbox_message
            where journey_id = ? order by created_at""";

    /**
     * Days from a phase's start to its end, averaged over the phases that have ended (from the
     * engine's history). They average every ended phase of the retained history (five per completed
     * journey) and move slowly, so a computation serves for {@code polku.dashboard.phase-averages-max-age}
     * and the next one runs in the background ({@link BackgroundRefreshedValue}): at 1,000,000
     * completed journeys it reads some 5 million index entries (see the README's Performance section).
     */
    private Map<String, Double> computeAverageDaysPerPhase() {
        Map<String, Double> byActivity = engineStatistics.averageDaysPerCallActivity(JourneyProcess.KEY);
        Map<String, Double> byPhase = new LinkedHashMap<>();
        PHASES.forEach((phase, activityId) -> byPhase.put(phase, byActivity.get(activityId)));
        return byPhase;
    }

    @Schema(description = "One journey as the team follows it: no personal data beyond the display name")
    public record JourneyView(UUID journeyId, String displayName, String status, String phase, String outcome,
                              List<Phase> phases, List<OpenTask> openTasks, List<CompletedTask> completedTasks,
                              List<Notification> notifications, List<SupplementApplication> supplementApplications) {
    }

    /**
     * A Helsinki supplement application the participant's employer made for this journey: where it
     * stands and the amount decided (the employer's aid); none of the employee's pay or the bank account.
     */
    @Schema(description = "In supplementApplications, for team leads only (absent for managers)")
    public record SupplementApplication(UUID applicationId, String employer, String status, OffsetDateTime receivedAt,
                                        OffsetDateTime decidedAt, java.math.BigDecimal amountDecidedEur,
                                        String caseNumber) {
    }

    /** The applications naming the journey, oldest first; read through supplement_application_journey_idx (V15). */
    static final String JOURNEY_SUPPLEMENT_APPLICATIONS = """
            select id, employer_name, status, received_at, decided_at, decision_total_eur, case_number
            from supplement_application where journey_id = ? order by received_at""";

    public record Phase(String phase, Date startedAt, Date endedAt) {
    }

    public record OpenTask(String name, String candidateGroup, String assignee, Date created, Date due) {
    }

    public record CompletedTask(String name, String completedBy, Date completedAt) {
    }

    public record Notification(String type, String target, String status, int attempts, OffsetDateTime createdAt,
                               OffsetDateTime sentAt) {
    }

    /** The journey's view; its supplement applications only {@code withSupplements} (null otherwise). */
    public Optional<JourneyView> journey(UUID journeyId, boolean withSupplements) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select j.status, j.phase, j.outcome, p.first_name || ' ' || p.last_name as display_name
                from journey j join participant p on p.id = j.participant_id where j.id = ?""", journeyId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> journey = rows.get(0);
        String businessKey = journeyId.toString();
        List<Phase> phases = historyService.createHistoricActivityInstanceQuery().activityType("callActivity")
                .processInstanceId(rootInstance(businessKey)).orderByHistoricActivityInstanceStartTime().asc().list()
                .stream().map(activity -> new Phase(phaseOf(activity.getActivityId()), activity.getStartTime(),
                        activity.getEndTime())).toList();
        List<OpenTask> open = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .orderByTaskCreateTime().asc().list().stream()
                .map(task -> new OpenTask(task.getName(), candidateGroup(task), task.getAssignee(), task.getCreateTime(),
                        task.getDueDate())).toList();
        List<CompletedTask> completed = historyService.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(businessKey).finished().orderByHistoricTaskInstanceEndTime().asc().list()
                .stream().filter(task -> task.getDeleteReason() == null || "completed".equals(task.getDeleteReason()))
                .map(task -> new CompletedTask(task.getName(), task.getAssignee(), task.getEndTime())).toList();
        List<Notification> notifications = jdbc.query(JOURNEY_NOTIFICATIONS, (rs, row) -> new Notification(rs.getString("type"),
                rs.getString("target"), rs.getString("status"), rs.getInt("attempts"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class)), journeyId);
        List<SupplementApplication> supplements = !withSupplements ? null : jdbc.query(JOURNEY_SUPPLEMENT_APPLICATIONS, (rs, row) -> {
            OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
            return new SupplementApplication(rs.getObject("id", UUID.class), rs.getString("employer_name"),
                    rs.getString("status"), rs.getObject("received_at", OffsetDateTime.class), decided,
                    decided == null ? null : rs.getBigDecimal("decision_total_eur"), rs.getString("case_number"));
        }, journeyId);
        return Optional.of(new JourneyView(journeyId, (String) journey.get("display_name"), (String) journey.get("status"),
                (String) journey.get("phase"), (String) journey.get("outcome"), phases, open, completed, notifications,
                supplements));
    }

    private String rootInstance(String businessKey) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("participant-journey")
                .processInstanceBusinessKey(businessKey).list().stream().findFirst()
                .map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId).orElse("none");
    }

    private static String phaseOf(String activityId) {
        return PHASES.entrySet().stream().filter(e -> e.getValue().equals(activityId)).map(Map.Entry::getKey)
                .findFirst().orElse(activityId);
    }

    private String candidateGroup(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst().orElse(null);
    }
}
