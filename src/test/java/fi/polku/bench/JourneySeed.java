package fi.polku.bench;

import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyProcess;
import fi.polku.participant.ParticipantErasure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds active journeys at scale, standing at tasks and timers of every phase ({@link Station}),
 * about 50 times faster than the intake API and without walking each journey through every
 * task. For a batch of journeys it
 * <ol>
 *   <li>plans each one (station and dates) into {@code bench_seed};</li>
 *   <li>writes their domain rows with set-based SQL ({@code bench/active-journeys.sql});</li>
 *   <li>places each in the engine through its public API, in parallel transactions of
 *       {@value #JOURNEYS_PER_TRANSACTION}: {@code participant-journey} started before the phase's call
 *       activity, and the phase instance modified to the station, the models' listeners running
 *       as in production (they read the domain rows, set task summaries and timer dates).</li>
 * </ol>
 * The job executor must be stopped meanwhile (nothing of the seed is due, but the phase
 * instances pass asynchronous continuations that the modification cancels).
 */
class JourneySeed {

    static final String ACTIVE = "active";
    private static final int JOURNEYS_PER_TRANSACTION = 25;
    private static final int PARTNER_COMPANIES = 200;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final TransactionTemplate transaction;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final ParticipantErasure erasure;
    private final int threads;

    JourneySeed(JdbcTemplate jdbc, TransactionTemplate transaction, RuntimeService runtimeService,
                HistoryService historyService, ParticipantErasure erasure, int threads) {
        this.jdbc = jdbc;
        this.namedJdbc = new NamedParameterJdbcTemplate(jdbc);
        this.transaction = transaction;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.erasure = erasure;
        this.threads = threads;
    }

    /** One seeded journey's plan: where it stands and the dates of its records. */
    record Plan(String batch, long n, UUID journeyId, UUID participantId, Station station, LocalDate createdOn,
                LocalDate periodStart, LocalDate periodEnd, LocalDate placementStart, LocalDate placementEnd,
                LocalDate leftOn, int checkInsDue, int checkInsHeld, boolean secondPathwayMeetingHeld,
                boolean midpointReviewHeld) {

        LocalDate midpoint() {
            return periodStart == null ? null
                    : periodStart.plusDays(ChronoUnit.DAYS.between(periodStart, periodEnd) / 2);
        }

        /** As PeriodSchedule.hasNextCheckIn: the next check-in falls before the end date. */
        boolean hasNextCheckIn() {
            return periodStart.plusMonths(checkInsDue + 1L).isBefore(periodEnd);
        }

        String displayName() {
            return "Seed Participant " + n;
        }
    }

    /** Creates what the seed needs once per database: its table, its milestone test, the partner companies. */
    void prepare() {
        jdbc.execute("""
                create table if not exists bench_seed (
                    batch varchar(40) not null, n bigint not null, journey_id uuid primary key, participant_id uuid not null,
                    station varchar(40) not null, phase varchar(30) not null, milestone varchar(40) not null,
                    created_on date not null, period_start date, period_end date, midpoint date, placement_start date,
                    placement_end date, left_on date, check_ins_due int not null, check_ins_held int not null,
                    second_pathway_meeting_held boolean not null, midpoint_review_held boolean not null)""");
        jdbc.execute("create index if not exists bench_seed_batch_idx on bench_seed (batch, station)");
        // Plans whose domain rows never committed: what a seed that failed early leaves.
        jdbc.update("delete from bench_seed s where not exists (select 1 from journey j where j.id = s.journey_id)");
        String milestones = Arrays.stream(Station.Milestone.values()).map(m -> "'" + m.name() + "'")
                .collect(Collectors.joining(", "));
        jdbc.execute("create or replace function bench_reached(reached varchar, wanted varchar) returns boolean "
                + "language sql immutable as $$ select array_position(array[" + milestones + "]::varchar[], reached) "
                + ">= array_position(array[" + milestones + "]::varchar[], wanted) $$");
        int companies = jdbc.queryForObject("select count(*) from partner_company where name like 'Seed company %'",
                Integer.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = companies; i < PARTNER_COMPANIES; i++) {
            rows.add(new Object[] {UUID.randomUUID(), "Seed company " + i, businessId(1_000_000 + i * 37)});
        }
        jdbc.batchUpdate("""
                insert into partner_company (id, name, business_id, organisation_type, contact_person, email, recruitment_needs,
                    skills, responsible_employer_checked_on, created_by, updated_by)
                values (?, ?, ?, 'COMPANY', 'Kalle Koodari', 'kalle@koodipaja.example', 'Junior developers',
                    array['Java', 'Web'], current_date, 'employer', 'employer')""", rows);
    }

    /** A business ID (Y-tunnus) with a valid check digit; the number is chosen so it is never the unissued remainder 1. */
    static String businessId(int number) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        for (int candidate = number; ; candidate++) {
            String digits = String.format("%07d", candidate % 10_000_000);
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            if (sum % 11 != 1) {
                return digits + "-" + (sum % 11 == 0 ? 0 : 11 - sum % 11);
            }
        }
    }

    /** Plans, stores and places {@code count} journeys as batch {@code batch}; {@code station} null mixes all stations. */
    List<Plan> seed(String batch, int count, Station station) throws Exception {
        LocalDate today = JourneyCalendar.today();
        long first = jdbc.queryForObject("select coalesce(max(n), 0) + 1 from bench_seed", Long.class);
        List<Plan> plans = new ArrayList<>(count);
        for (long n = first; n < first + count; n++) {
            plans.add(plan(batch, n, station != null ? station : Station.of(n), today));
        }
        long start = System.nanoTime();
        transaction.executeWithoutResult(tx -> {
            store(plans);
            runScript("bench/active-journeys.sql", Map.of("batch", batch, "first", first));
        });
        double domainSeconds = (System.nanoTime() - start) / 1e9;
        placeInEngine(plans);
        settleStatuses(batch, first);
        System.out.printf("Seeded %,d journeys (%s): domain rows %.1f s, engine %.1f s%n", count, batch, domainSeconds,
                (System.nanoTime() - start) / 1e9 - domainSeconds);
        return plans;
    }

    private static Plan plan(String batch, long n, Station station, LocalDate today) {
        // A spread of days within each station, the same for the same journey number.
        int spread = (int) Math.floorMod(n * 2_654_435_761L, 1_000_003L);
        LocalDate periodStart = null;
        LocalDate placementStart = null;
        LocalDate leftOn = null;
        LocalDate createdOn = today.minusDays(spread % 7);
        switch (station) {
            case REVIEW_REFERRAL, SUITABILITY_INTERVIEW -> { }
            case WAITING_FOR_PLACE -> createdOn = today.minusDays(14 + spread % 40);
            case ASSESSMENT -> createdOn = today.minusDays(14 + spread % 5);
            case CASE_CONFERENCE -> createdOn = today.minusDays(28 + spread % 5);
            case WAGE_SUBSIDY_DECISION -> createdOn = today.minusDays(35 + spread % 20);
            case ONBOARDING -> periodStart = today.plusDays(1 + spread % 14);
            // nothing of the period due yet: the second pathway meeting is two weeks in
            case PERIOD_JUST_STARTED -> periodStart = today.minusDays(spread % 13);
            case PERIOD_RUNNING, MONTHLY_CHECK_IN, SOCIAL_GUIDANCE -> periodStart = today.minusDays(32 + spread % 140);
            case MIDPOINT_REVIEW -> periodStart = today.minusDays(122 + spread % 14);
            case PLACEMENT_MATCHING, PLACEMENT_AGREEING -> placementStart = today.plusDays(1 + spread % 14);
            case IN_PLACEMENT -> placementStart = today.minusDays(spread % 28);
            case MID_PLACEMENT_CHECK_IN -> placementStart = today.minusDays(31 + spread % 25);
            case HIRING_DECISION -> placementStart = today.minusDays(61 + spread % 10);
            case EXIT_REVIEW -> leftOn = today.minusDays(spread % 7);
            case AWAITING_THREE_MONTHS -> leftOn = today.minusDays(7 + spread % 80);
            case THREE_MONTH_FOLLOW_UP -> leftOn = today.minusDays(93 + spread % 10);
            case AWAITING_SIX_MONTHS -> leftOn = today.minusDays(104 + spread % 75);
            case SIX_MONTH_FOLLOW_UP -> leftOn = today.minusDays(186 + spread % 10);
        }
        LocalDate placementEnd = null;
        if (leftOn != null) {
            placementEnd = leftOn.minusDays(1);
            placementStart = placementEnd.minusMonths(2).plusDays(1);
        } else if (placementStart != null) {
            placementEnd = placementStart.plusMonths(2).minusDays(1);
        }
        LocalDate periodEnd;
        if (placementEnd != null) {
            periodEnd = placementEnd;
            periodStart = periodEnd.minusMonths(8).plusDays(1);
        } else {
            periodEnd = periodStart == null ? null : periodStart.plusMonths(8).minusDays(1);
        }
        if (periodStart != null) {
            createdOn = periodStart.minusDays(45);
        }
        if (station == Station.EXIT_REVIEW) {
            leftOn = null; // the exit review records the leaving date
        }
        if (!station.reached(Station.Milestone.PERIOD_STARTED) || periodStart == null) {
            return new Plan(batch, n, UUID.randomUUID(), UUID.randomUUID(), station, createdOn, periodStart, periodEnd,
                    placementStart, placementEnd, leftOn, 0, 0, false, false);
        }
        // The period's meetings so far: it ran until today, or until the hand-over to the placement.
        LocalDate periodRanUntil = station.phase == Station.Phase.WAGE_SUBSIDY_PERIOD ? today : periodEnd.minusMonths(2);
        int checkInsDue = 0;
        while (!periodStart.plusMonths(checkInsDue + 1L).isAfter(periodRanUntil)
                && periodStart.plusMonths(checkInsDue + 1L).isBefore(periodEnd)) {
            checkInsDue++;
        }
        int checkInsHeld = station == Station.MONTHLY_CHECK_IN ? checkInsDue - 1 : checkInsDue;
        LocalDate midpoint = periodStart.plusDays(ChronoUnit.DAYS.between(periodStart, periodEnd) / 2);
        // Held on the day; a midpoint still to come is a timer, so none is due at the seed.
        boolean midpointHeld = station != Station.MIDPOINT_REVIEW && !midpoint.isAfter(periodRanUntil);
        return new Plan(batch, n, UUID.randomUUID(), UUID.randomUUID(), station, createdOn, periodStart, periodEnd,
                placementStart, placementEnd, leftOn, checkInsDue, checkInsHeld,
                periodStart.plusDays(16).isBefore(periodRanUntil), midpointHeld);
    }

    private void store(List<Plan> plans) {
        List<Object[]> rows = plans.stream().map(p -> new Object[] {p.batch(), p.n(), p.journeyId(), p.participantId(),
                p.station().name(), p.station().phase.name(), p.station().milestone.name(), date(p.createdOn()),
                date(p.periodStart()), date(p.periodEnd()), date(p.midpoint()), date(p.placementStart()),
                date(p.placementEnd()), date(p.leftOn()), p.checkInsDue(), p.checkInsHeld(), p.secondPathwayMeetingHeld(),
                p.midpointReviewHeld()}).toList();
        jdbc.batchUpdate("""
                insert into bench_seed (batch, n, journey_id, participant_id, station, phase, milestone, created_on,
                    period_start, period_end, midpoint, placement_start, placement_end, left_on, check_ins_due,
                    check_ins_held, second_pathway_meeting_held, midpoint_review_held)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    /** Runs a script of statements separated by semicolons at line ends, with named parameters. */
    void runScript(String resource, Map<String, Object> parameters) {
        String script;
        try (InputStream in = JourneySeed.class.getClassLoader().getResourceAsStream(resource)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transaction.executeWithoutResult(tx -> {
            for (String statement : script.split(";\\s*\\n")) {
                if (!statement.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("--"))) {
                    namedJdbc.update(statement, parameters);
                }
            }
        });
    }

    private void placeInEngine(List<Plan> plans) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger placed = new AtomicInteger();
        int tenth = Math.max(1, plans.size() / 10);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int from = 0; from < plans.size(); from += JOURNEYS_PER_TRANSACTION) {
                List<Plan> chunk = plans.subList(from, Math.min(plans.size(), from + JOURNEYS_PER_TRANSACTION));
                work.add(pool.submit(() -> {
                    transaction.executeWithoutResult(tx -> chunk.forEach(this::place));
                    int done = placed.addAndGet(chunk.size());
                    if (done / tenth != (done - chunk.size()) / tenth) {
                        System.out.printf("  placed %,d of %,d journeys in the engine%n", done, plans.size());
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void place(Plan plan) {
        Station station = plan.station();
        Map<String, Object> journeyVariables = new HashMap<>(station.phase.journeyVariables);
        journeyVariables.put(JourneyProcess.JOURNEY_ID, plan.journeyId().toString());
        journeyVariables.put(JourneyProcess.DISPLAY_NAME, plan.displayName());
        ProcessInstance journey = runtimeService.createProcessInstanceByKey(JourneyProcess.KEY)
                .businessKey(plan.journeyId().toString()).setVariables(journeyVariables)
                .startBeforeActivity(station.phase.callActivity).execute();
        Map<String, Object> phaseVariables = new HashMap<>(station.phaseVariables);
        if (station.reached(Station.Milestone.PERIOD_STARTED) && station.phase == Station.Phase.WAGE_SUBSIDY_PERIOD) {
            phaseVariables.put("checkInNumber", plan.checkInsDue());
            if (plan.midpointReviewHeld()) {
                phaseVariables.put("traineeReady", true);
            }
        }
        if (phaseVariables.isEmpty() && !station.modifiesPhase()) {
            return;
        }
        String phaseInstance = runtimeService.createProcessInstanceQuery().superProcessInstanceId(journey.getId())
                .singleResult().getId();
        runtimeService.setVariables(phaseInstance, phaseVariables);
        if (station.modifiesPhase()) {
            ProcessInstanceModificationBuilder modification = runtimeService.createProcessInstanceModification(phaseInstance);
            for (String activity : activitiesToStart(plan)) {
                modification.startBeforeActivity(activity);
            }
            station.cancels().forEach(modification::cancelAllForActivity);
            modification.execute();
        }
    }

    /** The station's tasks and, in the period, its timers still to come. */
    private static List<String> activitiesToStart(Plan plan) {
        List<String> activities = new ArrayList<>(plan.station().waitsAt);
        if (plan.station().periodTimers) {
            if (plan.hasNextCheckIn()) {
                activities.add("Timer_NextCheckIn");
            }
            if (!plan.midpointReviewHeld() && plan.station() != Station.MIDPOINT_REVIEW) {
                activities.add("Timer_Midpoint");
            }
            activities.add("Timer_TraineeHandOver");
        }
        return activities;
    }

    /**
     * The journey row's period and placement status as the models' listeners leave them at the
     * station: entering a phase ran its first listeners, which the station may have passed.
     */
    private void settleStatuses(String batch, long first) {
        jdbc.update("""
                update journey j set
                    period_status = case
                        when s.phase = 'WAGE_SUBSIDY_PERIOD' and s.milestone = 'CONFERENCE_HELD' then 'DECISION_PENDING'
                        when s.phase = 'WAGE_SUBSIDY_PERIOD' and s.milestone = 'SUBSIDY_GRANTED' then 'ONBOARDING'
                        when s.phase = 'WAGE_SUBSIDY_PERIOD' then 'RUNNING'
                        when s.phase in ('TRAINEE_PLACEMENT', 'FOLLOW_UP') then 'TRAINEE_PLACEMENT' end,
                    placement_status = case
                        when s.phase = 'TRAINEE_PLACEMENT' and s.milestone = 'PERIOD_STARTED' then 'MATCHING'
                        when s.phase = 'TRAINEE_PLACEMENT' and s.milestone = 'PLACEMENT_MATCHED' then 'AWAITING_CONFIRMATION'
                        when s.phase = 'TRAINEE_PLACEMENT' then 'IN_PLACEMENT'
                        when s.phase = 'FOLLOW_UP' then 'HIRED' end
                from bench_seed s where s.journey_id = j.id and s.batch = ? and s.n >= ?""", batch, first);
    }

    /**
     * Claims a share of the open tasks of the batch's journeys from number {@code fromN} as the team
     * would have: 30 % of them, each group's spread over 50 members of whom the test profile's user
     * (coach, lead, ...) is one.
     */
    void claimShareOfTasks(String batch, long fromN, Map<String, String> userOfGroup) {
        String users = userOfGroup.entrySet().stream().map(e -> "('" + e.getKey() + "', '" + e.getValue() + "')")
                .collect(Collectors.joining(", "));
        transaction.executeWithoutResult(tx -> {
            jdbc.update("""
                    create temporary table bench_claim on commit drop as
                    select t.id_ as task_id, u.user_id || case when abs(hashtext(t.id_)) %% 50 = 0 then ''
                                                          else '-' || abs(hashtext(t.id_)) %% 50 end as assignee
                    from act_ru_task t
                    join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate'
                    join (values %s) as u (group_id, user_id) on u.group_id = l.group_id_
                    join act_ru_execution e on e.id_ = t.proc_inst_id_
                    join bench_seed s on s.journey_id::text = e.business_key_ and s.batch = ? and s.n >= ?
                    where t.assignee_ is null and abs(hashtext(t.id_ || 'claim')) %% 10 < 3""".formatted(users), batch,
                    fromN);
            jdbc.update("update act_ru_task t set assignee_ = c.assignee from bench_claim c where t.id_ = c.task_id");
            jdbc.update("update act_hi_taskinst t set assignee_ = c.assignee from bench_claim c where t.id_ = c.task_id");
            jdbc.update("update act_hi_actinst a set assignee_ = c.assignee from bench_claim c where a.task_id_ = c.task_id");
        });
    }

    /** How many journeys the batch holds. */
    int count(String batch) {
        return jdbc.queryForObject("select count(*) from bench_seed where batch = ?", Integer.class, batch);
    }

    /** How many journeys of each station the batch holds. */
    Map<Station, Long> census(String batch) {
        Map<Station, Long> census = new EnumMap<>(Station.class);
        jdbc.query("select station, count(*) from bench_seed where batch = ? group by station",
                rs -> { census.put(Station.valueOf(rs.getString(1)), rs.getLong(2)); }, batch);
        return census;
    }

    /**
     * Removes journeys completely: their process instances, the engine's history of them and their
     * domain rows, so that a rerun on the same database starts from the same state.
     */
    void remove(List<UUID> journeyIds) {
        for (int from = 0; from < journeyIds.size(); from += 500) {
            List<String> keys = journeyIds.subList(from, Math.min(journeyIds.size(), from + 500)).stream()
                    .map(UUID::toString).toList();
            String[] keyArray = keys.toArray(String[]::new);
            transaction.executeWithoutResult(tx -> {
                List<String> running = jdbc.queryForList("""
                        select id_ from act_ru_execution where id_ = proc_inst_id_ and super_exec_ is null
                          and business_key_ = any(?)""", String.class, (Object) keyArray);
                if (!running.isEmpty()) {
                    runtimeService.deleteProcessInstances(running, "benchmark cleanup", true, true);
                }
                List<String> history = jdbc.queryForList("select id_ from act_hi_procinst where business_key_ = any(?)",
                        String.class, (Object) keyArray);
                if (!history.isEmpty()) {
                    historyService.deleteHistoricProcessInstancesBulk(history);
                }
                UUID[] ids = keys.stream().map(UUID::fromString).toArray(UUID[]::new);
                List<String> tables = new ArrayList<>(erasure.journeyTables());
                tables.addAll(erasure.anonymousTables());
                tables.add("bench_seed");
                for (String table : tables) {
                    jdbc.update("delete from " + table + " where journey_id = any(?)", (Object) ids);
                }
                List<UUID> participants = jdbc.queryForList("select participant_id from journey where id = any(?)",
                        UUID.class, (Object) ids);
                jdbc.update("delete from journey where id = any(?)", (Object) ids);
                UUID[] participantIds = participants.toArray(UUID[]::new);
                jdbc.update("delete from consent where participant_id = any(?)", (Object) participantIds);
                jdbc.update("delete from participant where id = any(?)", (Object) participantIds);
            });
        }
    }
}
