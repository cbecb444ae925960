package fi.polku.demo;

import fi.polku.engine.EngineClock;
import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyRepository;
import fi.polku.participant.Consent;
import fi.polku.participant.FinnishLevel;
import fi.polku.participant.Gender;
import fi.polku.participant.IctBackground;
import fi.polku.participant.LabourMarketStatus;
import fi.polku.participant.PreferredLanguage;
import fi.polku.participant.ReferredParticipant;
import fi.polku.participant.Referrer;
import fi.polku.referral.ReferralIntake;
import fi.polku.referral.ReferralRequest;
import fi.polku.referral.SourceType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: journeys standing in every phase and every kind of wait, so that a first look
 * at Tasklist, Cockpit and the Journeys page shows the whole journey — referrals at review (one
 * overdue) and at interview, one waiting for the referrer's answer, one on the waiting list, initial
 * assessments (one overdue), wage-subsidy periods at the decision and running with their timers,
 * trainee placements, follow-ups, and completed, declined, referred-elsewhere and not-granted
 * journeys.
 *
 * <p>Each journey is lived through on the engine's clock from its referral date in the past
 * ({@link JourneyWalk}): the team completes each task a few days after it appeared, timers fire when
 * due, so the engine's history (phase averages), the indicator records (this month's starters and
 * leavers) and the waiting list carry believable dates. This runs as an {@link ApplicationRunner}:
 * Camunda's Spring Boot starter starts the job executor on {@code ApplicationReadyEvent}, which
 * Spring Boot publishes after the runners, so no job is acquired while the clock stands in the past;
 * the clock is reset after each journey.
 *
 * <p>Created once: a journey whose source referral id exists is skipped, so a restart creates
 * nothing. Never in production: the {@code demo} profile and {@code polku.demo.seed-journeys}.
 */
@Component
@Profile("demo")
@ConditionalOnProperty("polku.demo.seed-journeys")
// after DemoPartnerCompanies: the placements need the register's companies
@Order(1)
class DemoJourneys implements ApplicationRunner {

    static final String ORGANISATION = "Helsinki Employment Services (demo)";
    private static final Logger log = LoggerFactory.getLogger(DemoJourneys.class);
    /** When the team's demo events happen in the day, in Helsinki. */
    private static final LocalTime OFFICE_HOURS = LocalTime.of(10, 0);

    private final ReferralIntake intake;
    private final JourneyRepository journeys;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final JdbcTemplate jdbc;

    public DemoJourneys(ReferralIntake intake, JourneyRepository journeys, RuntimeService runtimeService,
                        TaskService taskService, ManagementService managementService, IdentityService identityService,
                        JdbcTemplate jdbc) {
        this.intake = intake;
        this.journeys = journeys;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.jdbc = jdbc;
    }

    record Person(String firstName, String lastName, LocalDate birthDate, Gender gender, String municipality,
                  int education, IctBackground ict, int monthsUnemployed, String reason) {
    }

    /**
     * One demo journey: who, when the referral came, and how it goes. {@code periodStart} is the
     * wage-subsidy decision's first day (null: two weeks after the decision); tasks created from
     * {@code leaveOpenFrom} on are left open whatever their delay, the work the demo shows waiting.
     */
    record Story(String sourceId, Person person, LocalDate received, LocalDate periodStart, LocalDate leaveOpenFrom,
                 Plan plan, Map<String, Integer> delayDays) {

        Story delay(String taskKey, int days) {
            Map<String, Integer> delays = new HashMap<>(delayDays);
            delays.put(taskKey, days);
            return new Story(sourceId, person, received, periodStart, leaveOpenFrom, plan, delays);
        }

        Story plan(Plan decisions) {
            return new Story(sourceId, person, received, periodStart, leaveOpenFrom, decisions, delayDays);
        }

        /** The period starts on the day; the referral came two months before. */
        Story period(LocalDate start) {
            return new Story(sourceId, person, start.minusMonths(2), start, leaveOpenFrom, plan, delayDays);
        }

        Story openFrom(LocalDate day) {
            return new Story(sourceId, person, received, periodStart, day, plan, delayDays);
        }

        LocalDate periodEnd() {
            return periodStart.plusMonths(8).minusDays(1);
        }
    }

    /** The decisions the team takes along the way. */
    record Plan(String review, int wellbeing, String track, boolean granted, boolean ready, boolean hired,
                String situationAtSixMonths) {

        static final Plan DEFAULT = new Plan("ACCEPT", 4, "WAGE_SUBSIDY_WORK", true, true, true, "EMPLOYED");

        Plan review(String decision) {
            return new Plan(decision, wellbeing, track, granted, ready, hired, situationAtSixMonths);
        }

        Plan wellbeing(int score) {
            return new Plan(review, score, track, granted, ready, hired, situationAtSixMonths);
        }

        Plan referElsewhere() {
            return new Plan(review, wellbeing, "REFER_ELSEWHERE", granted, ready, hired, situationAtSixMonths);
        }

        Plan notGranted() {
            return new Plan(review, wellbeing, track, false, ready, hired, situationAtSixMonths);
        }

        /** Not ready for a trainee placement at the midpoint: the period runs to its end, no placement. */
        Plan notReady(String situationAtSixMonths) {
            return new Plan(review, wellbeing, track, granted, false, false, situationAtSixMonths);
        }
    }

    /** Days from a task's creation to its completion; tasks not named take two. */
    private static final Map<String, Integer> DELAYS = Map.ofEntries(
            Map.entry("Task_ReviewReferral", 2), Map.entry("Task_HoldSuitabilityInterview", 5),
            Map.entry("Task_ReviewServiceNeed", 6), Map.entry("Task_RecordWorkAbility", 4),
            Map.entry("Task_RunDigitalSkillsTest", 5), Map.entry("Task_DiscussPathwayStudies", 7),
            Map.entry("Task_ArrangeWellbeingCheck", 3), Map.entry("Task_HoldCaseConference", 3),
            Map.entry("Task_RecordWageSubsidyDecision", 9), Map.entry("Task_SignContractAndOnboard", 4),
            Map.entry("Task_HoldSecondPathwayMeeting", 3), Map.entry("Task_HoldMidpointReview", 5),
            Map.entry("Task_MatchWithPartnerCompany", 3), Map.entry("Task_AgreePlacement", 4),
            Map.entry("Task_RecordHiringDecision", 3), Map.entry("Task_HoldExitReview", 4),
            Map.entry("Task_HoldThreeMonthFollowUp", 3), Map.entry("Task_HoldSixMonthFollowUp", 3));

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        int created = 0;
        int failed = 0;
        for (Story story : stories(JourneyCalendar.today())) {
            if (journeys.findBySource(SourceType.EMPLOYMENT_SERVICES.name(), ORGANISATION, story.sourceId()).isPresent()) {
                continue;
            }
            try {
                long journeyStarted = System.nanoTime();
                live(story);
                created++;
                log.debug("Demo profile: demo journey {} seeded in {} ms", story.sourceId(),
                        Duration.ofNanos(System.nanoTime() - journeyStarted).toMillis());
            } catch (RuntimeException e) {
                failed++;
                log.error("Demo profile: demo journey {} could not be seeded", story.sourceId(), e);
            } finally {
                EngineClock.reset();
            }
        }
        if (created > 0 || failed > 0) {
            log.info("Demo profile: seeded {} demo journeys ({} failed) in {} ms", created, failed,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
    }

    /** The cast, in the order they are seeded: the journeys that hold a place last but one, the waiting one last. */
    static List<Story> stories(LocalDate today) {
        List<Story> stories = new ArrayList<>();
        // Ended before the period: declined by the eligibility check, declined at review, referred to
        // another service by the case conference, subsidy not granted.
        stories.add(story("DEMO-5", new Person("Juho", "Laine", LocalDate.of(1995, 11, 2), Gender.MALE, "Espoo", 3,
                IctBackground.DEGREE, 30, "Moved recently; still registered in Espoo."), today.minusDays(12)));
        stories.add(story("DEMO-6", new Person("Tiina", "Heikkinen", LocalDate.of(1984, 2, 17), Gender.FEMALE,
                "Helsinki", 2, IctBackground.HOBBY, 7, "Wants to learn office software for a return to work."),
                today.minusDays(45)).plan(Plan.DEFAULT.review("DECLINE")));
        stories.add(story("DEMO-7", new Person("Antti", "Koskinen", LocalDate.of(1979, 8, 9), Gender.MALE, "Helsinki",
                4, IctBackground.HOBBY, 36, "Long unemployment after an injury; interested in IT support."),
                today.minusDays(80)).plan(Plan.DEFAULT.wellbeing(2).referElsewhere()));
        stories.add(story("DEMO-8", new Person("Noora", "Järvinen", LocalDate.of(2000, 5, 28), Gender.FEMALE,
                "Helsinki", 3, IctBackground.VOCATIONAL, 13, "Media assistant degree; wants to work in video."),
                today.minusDays(70)).plan(Plan.DEFAULT.notGranted()));

        // Completed: hired after a trainee placement; not ready for a placement, followed up into studies.
        LocalDate hiredLeft = today.minusDays(23).minusMonths(6);
        stories.add(story("DEMO-9", new Person("Eetu", "Lehtonen", LocalDate.of(1997, 1, 14), Gender.MALE, "Helsinki",
                4, IctBackground.VOCATIONAL, 18, "Vocational ICT degree; wants to be a web developer."), null)
                .period(periodEndingOn(hiredLeft.minusDays(9))));
        LocalDate studiesSixMonths = thisMonth(today, 2);
        stories.add(story("DEMO-10", new Person("Laura", "Saarinen", LocalDate.of(1992, 10, 3), Gender.FEMALE,
                "Helsinki", 5, IctBackground.DEGREE, 15, "Graduated in humanities; retraining for UX work."), null)
                .period(periodEndingOn(studiesSixMonths.minusDays(3).minusMonths(6).minusDays(4)))
                .plan(Plan.DEFAULT.notReady("IN_EDUCATION")));

        // Follow-up: left this month and waits for the 3-month follow-up; the 3-month follow-up is due;
        // the period just ended and the exit review waits.
        stories.add(story("DEMO-11", new Person("Ville", "Hämäläinen", LocalDate.of(1999, 12, 20), Gender.MALE,
                "Helsinki", 3, IctBackground.HOBBY, 24, "Self-taught game modder; wants to work in games."), null)
                .period(periodEndingOn(thisMonth(today, 3).minusDays(4))).plan(Plan.DEFAULT.notReady("JOB_SEARCHING")));
        stories.add(story("DEMO-12", new Person("Emma", "Kinnunen", LocalDate.of(2001, 3, 8), Gender.FEMALE,
                "Helsinki", 3, IctBackground.VOCATIONAL, 12, "Finished a business IT degree; wants software testing."),
                null).period(periodEndingOn(today.minusMonths(3).minusDays(10))).openFrom(today.minusDays(6)));
        stories.add(story("DEMO-13", new Person("Rasmus", "Lindqvist", LocalDate.of(1990, 7, 1), Gender.MALE,
                "Helsinki", 4, IctBackground.HOBBY, 20, "Svenskspråkig; building home automation as a hobby."), null)
                .period(periodEndingOn(today.minusDays(2))).plan(Plan.DEFAULT.notReady("JOB_SEARCHING"))
                .openFrom(today.minusDays(3)));

        // Trainee placement: running, with the mid-placement check-in due; the match with a company waits.
        LocalDate handOver = today.minusDays(2).minusMonths(1).minusDays(10);
        stories.add(story("DEMO-14", new Person("Sofia", "Rantanen", LocalDate.of(1996, 9, 25), Gender.FEMALE,
                "Helsinki", 6, IctBackground.DEGREE, 14, "Master's in physics; wants data engineering work."), null)
                .period(periodEndingOn(handOver.plusMonths(2))).openFrom(today.minusDays(4)));
        stories.add(story("DEMO-15", new Person("Kim", "Nurmi", LocalDate.of(1994, 4, 4), Gender.NON_BINARY,
                "Helsinki", 3, IctBackground.HOBBY, 26, "Streams and edits video; wants to work in media."), null)
                .period(periodEndingOn(today.minusDays(2).plusMonths(2))).openFrom(today.minusDays(3)));

        // Wage-subsidy period: running with its monthly check-in due; started this month; waiting for the decision.
        stories.add(story("DEMO-16", new Person("Oskari", "Salminen", LocalDate.of(2002, 6, 11), Gender.MALE,
                "Helsinki", 3, IctBackground.VOCATIONAL, 9, "ICT vocational student who left; wants to finish by working."),
                null).period(today.minusDays(2).minusMonths(3)).openFrom(today.minusDays(3)));
        stories.add(story("DEMO-17", new Person("Helmi", "Aaltonen", LocalDate.of(1987, 1, 30), Gender.FEMALE,
                "Helsinki", 5, IctBackground.DEGREE, 22, "Former graphic designer; wants front-end development."), null)
                .period(thisMonth(today, 5)));
        stories.add(story("DEMO-18", new Person("Jari", "Mustonen", LocalDate.of(1976, 11, 5), Gender.MALE, "Helsinki",
                4, IctBackground.VOCATIONAL, 40, "Electrician by training; wants to move to IT support."),
                today.minusDays(20)));

        // Initial assessment: the case conference waits (after a well-being check); overdue (a team lead
        // is asked to act, the pathway discussion is late); just started.
        stories.add(story("DEMO-19", new Person("Aleksi", "Turunen", LocalDate.of(1998, 8, 19), Gender.MALE,
                "Helsinki", 3, IctBackground.HOBBY, 16, "Plays and reviews games; interested in game testing."),
                today.minusDays(16)).plan(Plan.DEFAULT.wellbeing(2)));
        stories.add(story("DEMO-20", new Person("Iida", "Laaksonen", LocalDate.of(2003, 2, 2), Gender.FEMALE,
                "Helsinki", 3, IctBackground.VOCATIONAL, 8, "Youth guidance centre client; wants IT support work."),
                today.minusDays(25)).openFrom(today.minusDays(7)).delay("Task_DiscussPathwayStudies", 60));
        stories.add(story("DEMO-21", new Person("Patrik", "Holm", LocalDate.of(1993, 5, 16), Gender.MALE, "Helsinki",
                6, IctBackground.DEGREE, 19, "Engineering degree abroad; needs Finnish work experience."),
                today.minusDays(7)));

        // Referral: at interview; at review (one overdue); waiting for the referrer's answer.
        stories.add(story("DEMO-1", new Person("Aino", "Virtanen", LocalDate.of(1998, 4, 12), Gender.FEMALE,
                "Helsinki", 3, IctBackground.VOCATIONAL, 14, "Completed an ICT vocational degree; wants to work in software."),
                today.minusDays(4)));
        stories.add(story("DEMO-2", new Person("Mikael", "Korhonen", LocalDate.of(2001, 9, 3), Gender.MALE,
                "Helsinki", 4, IctBackground.HOBBY, 20, "Builds games as a hobby; looking for a way into the games industry."),
                today.minusDays(2)));
        stories.add(story("DEMO-3", new Person("Sara", "Nieminen", LocalDate.of(2003, 1, 22), Gender.FEMALE,
                "Helsinki", 2, IctBackground.HOBBY, 8, "Interrupted upper secondary school; interested in IT support."),
                today.minusDays(6)).openFrom(today.minusDays(6)));
        stories.add(story("DEMO-4", new Person("Alex", "Mäkinen", LocalDate.of(1989, 6, 30), Gender.NON_BINARY,
                "Helsinki", 6, IctBackground.NONE, 5, "Career change from retail; curious about digital services."),
                today.minusDays(1)));
        stories.add(story("DEMO-22", new Person("Marja", "Lahtinen", LocalDate.of(1982, 12, 12), Gender.FEMALE,
                "Helsinki", 3, IctBackground.NONE, 11, "Referred by phone; the reason for the referral is unclear."),
                today.minusDays(5)).plan(Plan.DEFAULT.review("REQUEST_INFO")));

        // The waiting list: suitable, but every place is taken (the demo's capacity is the journeys above that hold one).
        stories.add(story("DEMO-23", new Person("Niko", "Räsänen", LocalDate.of(1997, 10, 27), Gender.MALE,
                "Helsinki", 4, IctBackground.VOCATIONAL, 15, "Network technician degree; wants cloud operations work."),
                today.minusDays(40)));
        return stories;
    }

    private static Story story(String sourceId, Person person, LocalDate received) {
        return new Story(sourceId, person, received, null, null, Plan.DEFAULT, DELAYS);
    }

    private static LocalDate periodEndingOn(LocalDate end) {
        return end.plusDays(1).minusMonths(8);
    }

    /** Some days ago, but in this month. */
    static LocalDate thisMonth(LocalDate today, int daysAgo) {
        LocalDate day = today.minusDays(daysAgo);
        return day.getMonth() == today.getMonth() ? day : today.withDayOfMonth(1);
    }

    private void live(Story story) {
        Instant realNow = Instant.now();
        JourneyWalk.moveTo(atOfficeHours(story.received()));
        Person person = story.person();
        String journeyId = intake.registerAndStart(new ReferralRequest(
                new ReferralRequest.Source(SourceType.EMPLOYMENT_SERVICES, ORGANISATION, story.sourceId(),
                        new Referrer("Maija Ohjaaja", "maija.ohjaaja@example.org", "+358401234567")),
                new ReferredParticipant(person.firstName(), person.lastName(), person.birthDate(),
                        person.gender(), person.municipality(), null, null, PreferredLanguage.FI, person.education(),
                        person.ict(), person.monthsUnemployed(), FinnishLevel.NATIVE, LabourMarketStatus.UNEMPLOYED),
                person.reason(), new Consent(true, false)), "demo").journey().id().toString();
        JourneyWalk walk = new JourneyWalk(journeyId, runtimeService, taskService, managementService, identityService);
        Instant leaveOpenFrom = story.leaveOpenFrom() == null ? realNow.plus(Duration.ofDays(1))
                : story.leaveOpenFrom().atStartOfDay(JourneyCalendar.HELSINKI).toInstant();
        walk.liveUntil(realNow, leaveOpenFrom, story.delayDays(), (task, day) -> answers(story, task, day));
    }

    private static Instant atOfficeHours(LocalDate day) {
        return day.atTime(OFFICE_HOURS).atZone(JourneyCalendar.HELSINKI).toInstant();
    }

    /** What the team answers in each task of the story, on the day; null for a task the story leaves open. */
    private Map<String, Object> answers(Story story, Task task, LocalDate day) {
        Plan plan = story.plan();
        Map<String, Object> values = new LinkedHashMap<>();
        String date = day.toString();
        switch (task.getTaskDefinitionKey()) {
            case "Task_ReviewReferral" -> {
                values.put("reviewDecision", plan.review());
                if (plan.review().equals("DECLINE")) {
                    values.put("declineReason", "Another service suits the person better");
                } else if (plan.review().equals("REQUEST_INFO")) {
                    values.put("reviewNote", "Please tell us what the participant hopes to do and how they are now.");
                }
            }
            case "Task_HoldSuitabilityInterview" -> values.putAll(Map.of("interviewDate", date, "interviewOutcome",
                    "SUITABLE", "motivation", 4, "preferredWorkTeam", team(story)));
            case "Task_ReviewServiceNeed" -> values.putAll(Map.of("crearStudies", 3, "crearTimeUse", 3, "crearWellbeing",
                    plan.wellbeing(), "crearCareerPlanning", 3, "crearEmployment", 2, "supportNeedLevel",
                    plan.wellbeing() <= 2 ? "INTENSIVE" : "SOME", "supportNeeds", List.of("FINANCES")));
            case "Task_RecordWorkAbility" -> values.put("workAbilityScore", plan.wellbeing() <= 2 ? 4 : 7);
            case "Task_RunDigitalSkillsTest" -> values.put("digitalSkillsScore", 30 + Math.abs(story.sourceId().hashCode()) % 65);
            case "Task_DiscussPathwayStudies" -> values.putAll(Map.of("pathwayInterest", "PATHWAY_STUDIES",
                    "priorCredits", 15));
            case "Task_ArrangeWellbeingCheck" -> values.putAll(Map.of("wellbeingCheckDate", day.plusDays(7).toString(),
                    "wellbeingCheckProvider", "OCCUPATIONAL_HEALTH"));
            case "Task_ActOnOverdueAssessment" -> values.put("overdueAction", "REMINDED_TEAM");
            case "Task_HoldCaseConference" -> {
                values.put("track", plan.track());
                values.put("goal1", "Get work in " + team(story).toLowerCase(java.util.Locale.ROOT));
                if (plan.track().equals("REFER_ELSEWHERE")) {
                    values.put("referralService", "WORK_ABILITY_ASSESSMENT");
                } else {
                    values.put("studyPlan", "Basics of Digital Service, then the pathway studies");
                    values.put("guidanceAgreement", "Weekly meeting with the job coach");
                }
            }
            case "Task_RecordWageSubsidyDecision" -> {
                values.put("decisionNumber", "WS-" + story.sourceId());
                values.put("subsidyDecision", plan.granted() ? "GRANTED" : "NOT_GRANTED");
                if (plan.granted()) {
                    LocalDate start = story.periodStart() != null ? story.periodStart() : day.plusDays(14);
                    values.putAll(Map.of("funding", "PAY_SUBSIDY", "subsidyPercent", 70, "subsidyStart", start.toString(),
                            "subsidyEnd", start.plusMonths(8).minusDays(1).toString()));
                }
            }
            case "Task_SignContractAndOnboard" -> values.putAll(Map.of("contractDate", date, "workTeam", team(story),
                    "mentor", "Mira Mentor"));
            case "Task_HoldSecondPathwayMeeting" -> values.putAll(Map.of("meetingDate", date, "pathwayDecision",
                    "APPLYING"));
            case "Task_HoldMonthlyCheckIn" -> values.putAll(Map.of("meetingDate", date, "attended", true, "progress", 4,
                    "applicationsSent", 2, "creditsEarned", 5, "concern", false));
            case "Task_HoldSocialGuidanceSession", "Task_HoldPlacementGuidanceSession" -> values.put("meetingDate", date);
            case "Task_HoldMidpointReview" -> values.putAll(Map.of("meetingDate", date, "crearStudies", 4,
                    "crearTimeUse", 4, "crearWellbeing", 4, "crearCareerPlanning", 4, "crearEmployment", 3,
                    "workAbilityScore", 8, "commitment", plan.ready() ? "ACTIVELY_SEEKING_WORK" : "APPLIED_FOR_STUDIES",
                    "traineeReadiness", plan.ready() ? "READY" : "NOT_READY"));
            case "Task_MatchWithPartnerCompany" -> values.putAll(Map.of("partnerCompany", company(team(story)),
                    "placementRole", "Junior " + team(story).toLowerCase(java.util.Locale.ROOT) + " trainee",
                    "supervisorName", "Kalle Koodari", "placementStart", day.plusDays(7).toString(),
                    "placementEnd", story.periodEnd().toString()));
            case "Task_AgreePlacement" -> values.put("companyAnswer", "CONFIRMED");
            case "Task_HoldMidPlacementCheckIn" -> values.putAll(Map.of("meetingDate", date, "attended", true,
                    "progress", 4, "concern", false));
            case "Task_RecordHiringDecision" -> values.putAll(plan.hired()
                    ? Map.of("hiringOutcome", "HIRED", "contractType", "PERMANENT", "employmentStart",
                            day.plusDays(3).toString(), "hoursPerWeek", 37, "paySubsidised", false)
                    : Map.of("hiringOutcome", "NOT_HIRED", "hiringFeedback", "No opening at the moment"));
            case "Task_InformEmployerAboutSupplement" -> values.putAll(Map.of("informedOn", date, "informedChannel",
                    "EMAIL"));
            case "Task_HoldExitReview" -> {
                values.putAll(Map.of("leftOn", date, "outcomeOnLeaving", plan.hired() ? "EMPLOYED" : "JOB_SEARCHING",
                        "qualificationGained", plan.hired(), "creditsGained", plan.hired() ? 45 : 20, "workAbilityAtExit", 8,
                        "feedbackScore", 5, "certificatesIssued", true));
                if (plan.hired()) {
                    values.put("employmentType", "OPEN_MARKET");
                }
            }
            case "Task_HoldThreeMonthFollowUp", "Task_HoldSixMonthFollowUp" -> {
                String situation = plan.hired() ? "EMPLOYED"
                        : task.getTaskDefinitionKey().equals("Task_HoldSixMonthFollowUp") ? plan.situationAtSixMonths()
                        : "JOB_SEARCHING";
                values.putAll(Map.of("contactedOn", date, "contactResult", "REACHED", "situation", situation));
                if (situation.equals("EMPLOYED")) {
                    values.put("employmentType", "OPEN_MARKET");
                }
            }
            case "Task_DecideOnWaitingParticipant" -> values.put("waitingDecision", "KEEP_WAITING");
            default -> {
                return null;
            }
        }
        return values;
    }

    private static String team(Story story) {
        List<String> teams = List.of("SOFTWARE", "MEDIA", "GAMES", "SUPPORT");
        return teams.get(Math.abs(story.sourceId().hashCode()) % teams.size());
    }

    /** A demo partner company recruiting for the team (DemoPartnerCompanies). */
    private String company(String team) {
        String businessId = switch (team) {
            case "GAMES", "MEDIA" -> "7654321-2";
            case "SUPPORT" -> "2345678-0";
            default -> "2837465-3";
        };
        return jdbc.queryForObject("select id::text from partner_company where business_id = ?", String.class, businessId);
    }
}
