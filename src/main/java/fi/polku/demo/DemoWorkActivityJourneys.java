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
import fi.polku.workactivity.WorkActivityIntake;
import fi.polku.workactivity.WorkActivityReferralRequest;
import fi.polku.workactivity.WorkCentre;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.springframework.stereotype.Component;

/**
 * Demo profile only: work-activity journeys standing in that journey's phases, so that the social
 * worker, the work-activity instructor and the job coaches find their work at a first look — one
 * waiting for the vocational profile and the digital-skills assessment, one just profiled with
 * benefits counselling and the first job-search meeting open, one in job search with its next
 * meeting due, one in work with the first in-work check-in due. Lived through on the engine's clock
 * like {@link DemoJourneys} (same walk, same once-only rule), after it.
 */
@Component
@Profile("demo")
@ConditionalOnProperty("polku.demo.seed-journeys")
@Order(2)
class DemoWorkActivityJourneys implements ApplicationRunner {

    static final String ORGANISATION = "Helsinki adult social work (demo)";
    private static final Logger log = LoggerFactory.getLogger(DemoWorkActivityJourneys.class);
    private static final LocalTime OFFICE_HOURS = LocalTime.of(10, 0);
    /** Days from a task's creation to its completion in these stories. */
    private static final Map<String, Integer> DELAYS = Map.of("Task_BuildVocationalProfile", 4,
            "Task_AssessDigitalSkills", 3, "Task_HoldBenefitsCounselling", 5, "Task_HoldJobSearchMeeting", 10,
            "Task_HoldInWorkCheckIn", 3, "Task_ActOnSlowJobSearch", 2);

    private final WorkActivityIntake intake;
    private final JourneyRepository journeys;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;

    DemoWorkActivityJourneys(WorkActivityIntake intake, JourneyRepository journeys, RuntimeService runtimeService,
                             TaskService taskService, ManagementService managementService,
                             IdentityService identityService) {
        this.intake = intake;
        this.journeys = journeys;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
    }

    /**
     * One client: referred on {@code received}; tasks created from {@code leaveOpenFrom} on stay open;
     * whether the profile asks for benefits counselling; whether the first job-search meeting records
     * a job start (three days later, 20 hours a week in the open market) or goes on searching.
     */
    record Story(String sourceId, String firstName, String lastName, LocalDate birthDate, Gender gender,
                 WorkCentre workCentre, LocalDate received, LocalDate leaveOpenFrom, boolean benefitsCounselling,
                 boolean jobStarts) {
    }

    static List<Story> stories(LocalDate today) {
        return List.of(
                // Waits for the vocational profile (job coaches) and the digital-skills assessment (instructors).
                new Story("WA-DEMO-1", "Pekka", "Ahonen", LocalDate.of(1981, 3, 14), Gender.MALE,
                        WorkCentre.PAKILA_WORK_CENTRE, today.minusDays(3), today.minusDays(3), false, false),
                // Just profiled: benefits counselling (social workers) and the first job-search meeting wait.
                new Story("WA-DEMO-2", "Riikka", "Halonen", LocalDate.of(1990, 7, 2), Gender.FEMALE,
                        WorkCentre.UUSIX_WORKSHOPS, today.minusDays(12), today.minusDays(9), true, false),
                // In job search: the first meeting recorded employer contacts; the next meeting is due.
                new Story("WA-DEMO-3", "Samuel", "Berg", LocalDate.of(1995, 11, 20), Gender.MALE,
                        WorkCentre.VIRTUAL_WORKSHOP, today.minusDays(35), today.minusDays(10), true, false),
                // In work since a month: the first in-work support check-in is due.
                new Story("WA-DEMO-4", "Leena", "Kallio", LocalDate.of(1978, 5, 8), Gender.FEMALE,
                        WorkCentre.AVOTYOTOIMINTA, today.minusDays(50), today.minusDays(5), false, true));
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        int created = 0;
        int failed = 0;
        for (Story story : stories(JourneyCalendar.today())) {
            if (journeys.findBySource(WorkActivityReferralRequest.SOURCE_TYPE, ORGANISATION, story.sourceId()).isPresent()) {
                continue;
            }
            try {
                live(story);
                created++;
            } catch (RuntimeException e) {
                failed++;
                log.error("Demo profile: demo work-activity journey {} could not be seeded", story.sourceId(), e);
            } finally {
                EngineClock.reset();
            }
        }
        if (created > 0 || failed > 0) {
            log.info("Demo profile: seeded {} demo work-activity journeys ({} failed) in {} ms", created, failed,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
    }

    private void live(Story story) {
        Instant realNow = Instant.now();
        JourneyWalk.moveTo(story.received().atTime(OFFICE_HOURS).atZone(JourneyCalendar.HELSINKI).toInstant());
        String journeyId = intake.registerAndStart(new WorkActivityReferralRequest(
                new WorkActivityReferralRequest.Source(ORGANISATION, story.sourceId(),
                        new Referrer("Satu Sorsa", "satu.sorsa@example.org", "+358401234999")),
                new ReferredParticipant(story.firstName(), story.lastName(), story.birthDate(), story.gender(), "Helsinki",
                        null, null, PreferredLanguage.FI, 2, IctBackground.NONE, 30, FinnishLevel.NATIVE,
                        LabourMarketStatus.UNEMPLOYED),
                new WorkActivityReferralRequest.WorkActivity(story.workCentre(), story.received(),
                        story.received().plusMonths(12).minusDays(1), 3),
                "In rehabilitative work activity for a year; wants to try paid work with a job coach.",
                new Consent(true, false)), "demo").journey().id().toString();
        JourneyWalk walk = new JourneyWalk(journeyId, runtimeService, taskService, managementService, identityService);
        walk.liveUntil(realNow, story.leaveOpenFrom().atStartOfDay(JourneyCalendar.HELSINKI).toInstant(), DELAYS,
                (task, day) -> answers(story, task, day));
    }

    /** What the team records in each task of the story on the day; null for a task it leaves open. */
    private static Map<String, Object> answers(Story story, Task task, LocalDate day) {
        Map<String, Object> values = new LinkedHashMap<>();
        switch (task.getTaskDefinitionKey()) {
            case "Task_BuildVocationalProfile" -> values.putAll(Map.of("workHistory",
                    "Warehouse worker for eight years; a year in the Pakila work centre's bicycle workshop",
                    "preferredSectors", "Logistics, maintenance", "preferredTasks", "Picking, bicycle repairs",
                    "preferredHours", 20, "strengths", "Precise and punctual; good with tools",
                    "disclosure", "Only that the job coach supports the start", "benefitsCounsellingNeeded",
                    story.benefitsCounselling()));
            case "Task_AssessDigitalSkills" -> values.putAll(Map.of("information", 2, "communication", 2,
                    "contentCreation", 1, "safety", 1, "problemSolving", 2));
            case "Task_HoldBenefitsCounselling" -> values.putAll(Map.of("counselledOn", day.toString(),
                    "counsellingNote", "Went through how part-time earnings adjust the basic social assistance"));
            case "Task_HoldJobSearchMeeting" -> {
                values.putAll(Map.of("meetingOn", day.toString(), "employerContacts", 2,
                        "firstContactOn", day.minusDays(3).toString(), "interviews", 1, "offers", story.jobStarts() ? 1 : 0,
                        "jobSearchOutcome", story.jobStarts() ? "JOB_STARTED" : "CONTINUE"));
                if (story.jobStarts()) {
                    values.putAll(Map.of("employer", "Pyöräkorjaamo Vauhti Oy", "jobStartedOn", day.plusDays(3).toString(),
                            "hoursPerWeek", 20, "employmentType", "OPEN_MARKET"));
                }
            }
            case "Task_HoldInWorkCheckIn" -> values.putAll(Map.of("checkInOn", day.toString(), "employmentStatus",
                    "EMPLOYED", "hoursPerWeek", 20, "supportNeeded", "YES"));
            case "Task_ActOnSlowJobSearch" -> values.putAll(Map.of("slowSearchAction", "MORE_COACHING_TIME",
                    "actionNote", "More coaching hours for the next month"));
            default -> {
                return null;
            }
        }
        return values;
    }
}
