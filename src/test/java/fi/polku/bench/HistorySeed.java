package fi.polku.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyProcess;
import fi.polku.referral.ReferralIntake;
import fi.polku.referral.ReferralRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Completed journeys in the engine's history, at a scale the engine could not produce in a
 * benchmark's time (a journey takes some 30 transactions over 14 months of engine clock). One real
 * journey is driven through all five phases in-process, each task completed by its group's user
 * with the answers of {@code FullJourneyIT}, each timer fired when due on a moved engine clock, so
 * its history has real durations. Its rows in {@code ACT_HI_PROCINST}, {@code ACT_HI_ACTINST} and
 * {@code ACT_HI_TASKINST} (what the measured screens read) are then copied in bulk with SQL
 * ({@code bench/history-copies.sql}), each copy with its own ids and journey id, shifted back in
 * time so the copies end spread evenly over the last {@value #YEARS} years, with the journey, participant
 * and indicator rows a completed journey keeps. These copies are synthetic: other history tables
 * (variables, details, identity links, job logs, decisions) are not copied. The three tables'
 * secondary indexes are dropped for the copy and built again afterwards, with the engine's own
 * definitions.
 * <p>
 * A copy takes some 140 KB with its indexes, nearly all of it the template's 138 activity
 * instances (45 of them gateways). Copies beyond {@code detailed} keep only what the measured screens
 * read from the history: the process instances and the five phases' call-activity instances
 * (100,000 full and 900,000 such copies took 33 GB with everything else), so that 1,000,000
 * completed journeys fit a disk that 140 GB of
 * history would not. Such a history is lighter than a real one: the engine's general indexes on
 * activity and task instances are smaller than they would be.
 */
class HistorySeed {

    static final int YEARS = 5;
    private static final int COPIES_PER_TRANSACTION = 2_000;

    private final JourneySeed journeySeed;
    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final ReferralIntake intake;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;

    HistorySeed(JourneySeed journeySeed, JdbcTemplate jdbc, ObjectMapper objectMapper, ReferralIntake intake,
                RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
                IdentityService identityService) {
        this.journeySeed = journeySeed;
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.intake = intake;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
    }

    /**
     * Adds completed journeys {@code from}..{@code to} (numbered from 1): the first call drives the
     * template journey, later ones (a reused database grown) copy the same template further.
     */
    void seed(int from, int to, int detailed) throws Exception {
        long start = System.nanoTime();
        List<UUID> earlier = jdbc.queryForList("select id from journey where source_referral_id like 'HISTORY-TEMPLATE-%'",
                UUID.class);
        UUID template = earlier.isEmpty() ? driveTemplateJourney() : earlier.get(0);
        String root = jdbc.queryForObject("""
                select id_ from act_hi_procinst where business_key_ = ? and super_process_instance_id_ is null""",
                String.class, template.toString());
        double templateSeconds = (System.nanoTime() - start) / 1e9;
        // A copy's id is the template's with the copy number for the last 12 hex digits: the node of
        // the engine's time-based UUIDs, also the end of "activity:uuid" ids and of the journey's UUID.
        // Unique, consistent across tables, and a third of the cost of hashing.
        jdbc.execute("create or replace function bench_copy_id(id varchar, copy int) returns varchar "
                + "language sql immutable strict as $$ select left(id, -12) || lpad(to_hex(copy), 12, '0') $$");
        // The template's end moves to now; each copy ends a pseudo-random time within the last YEARS
        // years before that (a multiplicative hash of its number), evenly spread however many there are.
        Date end = jdbc.queryForObject("select max(end_time_) from act_hi_procinst where root_proc_inst_id_ = ?",
                Date.class, root);
        double endShift = (System.currentTimeMillis() - end.getTime()) / 1000.0;
        dropIndexes();
        for (int first = from; first <= to; first += COPIES_PER_TRANSACTION) {
            int last = Math.min(to, first + COPIES_PER_TRANSACTION - 1);
            journeySeed.runScript("bench/history-copies.sql", Map.of("template", template, "root", root, "first", first,
                    "last", last, "endShift", endShift, "span", Duration.ofDays(365L * YEARS).toSeconds(),
                    "detailed", detailed));
            if (last == to || ((last - from + 1) / COPIES_PER_TRANSACTION) % 10 == 0) {
                System.out.printf("  copied %,d of %,d completed journeys into the history%n", last - from + 1,
                        to - from + 1);
            }
        }
        double copySeconds = (System.nanoTime() - start) / 1e9 - templateSeconds;
        restoreIndexes();
        System.out.printf("Seeded %,d completed journeys: template %.1f s, copies %.1f s, indexes %.1f s%n",
                to - from + 1, templateSeconds, copySeconds,
                (System.nanoTime() - start) / 1e9 - templateSeconds - copySeconds);
    }

    /** How many copies the history holds (each has its journey row, committed with its history rows). */
    int count() {
        return jdbc.queryForObject("select count(*) from journey where source_referral_id like 'HISTORY-%' "
                + "and source_referral_id not like 'HISTORY-TEMPLATE-%'", Integer.class);
    }

    /**
     * Drops the secondary indexes of the copied history tables for the bulk insert: built once
     * afterwards they cost a fraction of maintaining them row by row. Their definitions wait in
     * bench_dropped_index, so a run that stops half-way leaves them for the next to restore.
     */
    private void dropIndexes() {
        jdbc.execute("create table if not exists bench_dropped_index (name varchar(100) primary key, definition text not null)");
        jdbc.update("""
                insert into bench_dropped_index (name, definition)
                select indexname, indexdef from pg_indexes
                where tablename in ('act_hi_procinst', 'act_hi_actinst', 'act_hi_taskinst')
                  and indexname not in (select conname from pg_constraint)
                on conflict do nothing""");
        jdbc.queryForList("select name from bench_dropped_index", String.class)
                .forEach(name -> jdbc.execute("drop index if exists " + name));
    }

    /** Builds the indexes {@link #dropIndexes()} dropped, as they were defined. */
    void restoreIndexes() {
        if (jdbc.queryForObject("select to_regclass('bench_dropped_index') is null", Boolean.class)) {
            return;
        }
        for (Map<String, Object> index : jdbc.queryForList("select name, definition from bench_dropped_index")) {
            // One connection: the sort memory is the session's.
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("set maintenance_work_mem = '512MB'");
                    statement.execute(((String) index.get("definition")).replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS"));
                    statement.execute("reset maintenance_work_mem");
                }
                return null;
            });
            jdbc.update("delete from bench_dropped_index where name = ?", index.get("name"));
        }
    }

    /** One task's worker and answers. */
    private record Answer(String user, String group, Supplier<Map<String, Object>> variables) {
    }

    /**
     * A participant from referral to the six-month follow-up, with the job executor stopped: the
     * engine clock starts 16 months back and moves to each timer as it falls due; each task is
     * done two days after it appeared.
     */
    private UUID driveTemplateJourney() throws Exception {
        String companyId = jdbc.queryForObject("select id::text from partner_company where status = 'ACTIVE' limit 1",
                String.class);
        ClockUtil.setCurrentTime(JourneyCalendar.morningOf(LocalDate.now().minusMonths(16)));
        try {
            ObjectNode referral = (ObjectNode) objectMapper.readTree(getClass().getResourceAsStream("/referral.json"));
            String unique = UUID.randomUUID().toString();
            ((ObjectNode) referral.get("source")).put("referralId", "HISTORY-TEMPLATE-" + unique);
            ((ObjectNode) referral.get("participant")).put("lastName", "Template-" + unique.substring(0, 8));
            UUID journeyId = intake.registerAndStart(objectMapper.treeToValue(referral, ReferralRequest.class),
                    "integration").journey().id();
            String root = runtimeService.createProcessInstanceQuery().processDefinitionKey(JourneyProcess.KEY)
                    .processInstanceBusinessKey(journeyId.toString()).singleResult().getId();
            Map<String, Answer> answers = answers(companyId, journeyId);
            for (int step = 0; step < 200; step++) {
                List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(journeyId.toString()).list();
                if (!tasks.isEmpty()) {
                    advance(Duration.ofDays(2));
                    for (Task task : tasks) {
                        Answer answer = answers.get(task.getTaskDefinitionKey());
                        if (answer == null) {
                            throw new IllegalStateException("The template journey has no answer for " + task.getName());
                        }
                        complete(task, answer);
                    }
                    continue;
                }
                // Asynchronous continuations (no due date) first, then the earliest timer.
                List<Map<String, Object>> job = jdbc.queryForList("""
                        select id_, duedate_ from act_ru_job where root_proc_inst_id_ = ? order by duedate_ nulls first
                        limit 1""", root);
                if (job.isEmpty()) {
                    if (runtimeService.createProcessInstanceQuery().processInstanceId(root).count() > 0) {
                        throw new IllegalStateException("The template journey waits for something other than a task or job");
                    }
                    return journeyId;
                }
                Date due = (Date) job.get(0).get("duedate_");
                if (due != null && due.after(ClockUtil.getCurrentTime())) {
                    ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
                }
                managementService.executeJob((String) job.get(0).get("id_"));
            }
            throw new IllegalStateException("The template journey did not end in 200 steps");
        } finally {
            ClockUtil.reset();
        }
    }

    private static void advance(Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
    }

    private void complete(Task task, Answer answer) {
        identityService.setAuthentication(answer.user(), List.of(answer.group()));
        try {
            taskService.claim(task.getId(), answer.user());
            taskService.complete(task.getId(), answer.variables().get());
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The answers of FullJourneyIT: eligible, suitable, granted, ready, placed, hired, employed at each follow-up. */
    private Map<String, Answer> answers(String companyId, UUID journeyId) {
        String coach = "coach";
        String coaches = "job-coaches";
        String instructors = "social-instructors";
        String leads = "team-leads";
        String employers = "employer-coordinators";
        Supplier<String> today = () -> JourneyCalendar.today().toString();
        Supplier<LocalDate> periodStart = () -> jdbc.queryForObject(
                "select start_date from wage_subsidy_decision where journey_id = ?", LocalDate.class, journeyId);
        Supplier<LocalDate> periodEnd = () -> jdbc.queryForObject(
                "select end_date from wage_subsidy_decision where journey_id = ?", LocalDate.class, journeyId);
        return Map.ofEntries(
                Map.entry("Task_HoldSuitabilityInterview", new Answer(coach, coaches, () -> Map.of("interviewOutcome",
                        "SUITABLE", "interviewDate", today.get(), "motivation", 5, "preferredWorkTeam", "SOFTWARE"))),
                Map.entry("Task_ReviewServiceNeed", new Answer("instructor", instructors, () -> Map.of("crearStudies", 3,
                        "crearTimeUse", 4, "crearWellbeing", 4, "crearCareerPlanning", 3, "crearEmployment", 2,
                        "supportNeedLevel", "NONE", "supportNeeds", List.of("HOUSING")))),
                Map.entry("Task_RecordWorkAbility", new Answer("instructor", instructors,
                        () -> Map.of("workAbilityScore", 6))),
                Map.entry("Task_RunDigitalSkillsTest", new Answer(coach, coaches, () -> Map.of("digitalSkillsScore", 82))),
                Map.entry("Task_DiscussPathwayStudies", new Answer("counsellor", "study-counsellors",
                        () -> Map.of("pathwayInterest", "PATHWAY_STUDIES", "priorCredits", 20))),
                Map.entry("Task_HoldCaseConference", new Answer("lead", leads, () -> Map.of("track", "WAGE_SUBSIDY_WORK",
                        "goal1", "Work as a developer", "studyPlan", "Development and Operations", "guidanceAgreement",
                        "Weekly"))),
                Map.entry("Task_RecordWageSubsidyDecision", new Answer("lead", leads, () -> {
                    LocalDate start = JourneyCalendar.today().plusDays(10);
                    return Map.of("decisionNumber", "WS-TEMPLATE", "subsidyDecision", "GRANTED", "funding", "PAY_SUBSIDY",
                            "subsidyPercent", 70, "subsidyStart", start.toString(),
                            "subsidyEnd", start.plusMonths(8).minusDays(1).toString());
                })),
                Map.entry("Task_SignContractAndOnboard", new Answer("lead", leads, () -> Map.of("contractDate",
                        periodStart.get().toString(), "workTeam", "SOFTWARE", "mentor", "Mira Mentor"))),
                Map.entry("Task_HoldSecondPathwayMeeting", new Answer("counsellor", "study-counsellors",
                        () -> Map.of("meetingDate", today.get(), "pathwayDecision", "APPLYING"))),
                Map.entry("Task_HoldMonthlyCheckIn", new Answer(coach, coaches, () -> Map.of("meetingDate", today.get(),
                        "attended", true, "progress", 4, "applicationsSent", 3, "creditsEarned", 5, "concern", false))),
                Map.entry("Task_HoldMidpointReview", new Answer(coach, coaches, () -> Map.of("meetingDate", today.get(),
                        "crearStudies", 4, "crearTimeUse", 4, "crearWellbeing", 4, "crearCareerPlanning", 4,
                        "crearEmployment", 4, "workAbilityScore", 8, "commitment", "ACTIVELY_SEEKING_WORK",
                        "traineeReadiness", "READY"))),
                Map.entry("Task_MatchWithPartnerCompany", new Answer("employer", employers, () -> Map.of(
                        "partnerCompany", companyId, "placementRole", "Junior developer", "supervisorName", "Kalle Koodari",
                        "placementStart", periodEnd.get().minusMonths(2).plusDays(1).toString(),
                        "placementEnd", periodEnd.get().toString()))),
                Map.entry("Task_AgreePlacement", new Answer("employer", employers,
                        () -> Map.of("companyAnswer", "CONFIRMED"))),
                Map.entry("Task_HoldMidPlacementCheckIn", new Answer(coach, coaches, () -> Map.of("meetingDate",
                        today.get(), "attended", true, "progress", 5, "concern", false))),
                Map.entry("Task_RecordHiringDecision", new Answer("employer", employers, () -> Map.of("hiringOutcome",
                        "HIRED", "contractType", "PERMANENT", "employmentStart", periodEnd.get().plusDays(1).toString(),
                        "hoursPerWeek", 37, "paySubsidised", false))),
                Map.entry("Task_InformEmployerAboutSupplement", new Answer("employer", employers,
                        () -> Map.of("informedOn", today.get(), "informedChannel", "EMAIL"))),
                Map.entry("Task_HoldExitReview", new Answer(coach, coaches, () -> Map.of("leftOn", today.get(),
                        "outcomeOnLeaving", "EMPLOYED", "employmentType", "OPEN_MARKET", "qualificationGained", true,
                        "creditsGained", 45, "workAbilityAtExit", 9, "feedbackScore", 5, "certificatesIssued", true))),
                Map.entry("Task_HoldThreeMonthFollowUp", new Answer(coach, coaches, () -> Map.of("contactedOn",
                        today.get(), "contactResult", "REACHED", "situation", "EMPLOYED", "employmentType", "OPEN_MARKET"))),
                Map.entry("Task_HoldSixMonthFollowUp", new Answer(coach, coaches, () -> Map.of("contactedOn",
                        today.get(), "contactResult", "REACHED", "situation", "EMPLOYED", "employmentType", "OPEN_MARKET"))));
    }
}
