package fi.polku.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.assessment.AssessmentTestBeans;
import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.ModelMigration;
import fi.polku.placement.PlacementTestBeans;
import fi.polku.referral.ReferralTestBeans;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The declared decision-task migrations ({@code referral}, {@code initial-assessment},
 * {@code trainee-placement}: first, untagged version to version 2) carry a journey from every place
 * it can wait: each user task, timer, message wait and asynchronous continuation, inside the
 * sub-processes too, with the event sub-processes listening. For each, the journey is started on
 * the earlier model (kept in {@code src/test/resources/legacy}) and driven there; a few days later
 * the current model is deployed, {@link ModelMigrations} plans the migration as the administrators'
 * endpoint does, and its batch runs. The journey must then stand on version 2 exactly where it stood
 * (the same task with a form it can submit, the same timer due at the same moment, the same message
 * subscription, the same variables and history) and go on there, taking its decisions as the new
 * business-rule tasks. A journey standing at a changed decision step itself stays until its job has
 * run, and is listed with the reason.
 * <p>
 * The journey waits three days before it is migrated, so a timer restarted by the migration shows:
 * the engine's {@code updateEventTriggers()} recomputes every timer from the moment of migration
 * (a 14-day wait 13 days in would wait 14 days more), which is why the plans no longer use it. These
 * three models have no event-based gateway, no intermediate message catch event and no wait state
 * inside an event sub-process (each goes from its message start straight to its end); their message
 * starts are carried and triggered here. {@code Task_DecideSupportPlan} runs in the join's job, so no
 * journey ever stands at it.
 * <p>
 * In memory, the job executor off: the test runs each job (the batch's too) and moves the clock.
 * The beans are those of the phases' process tests ({@code *TestBeans}): the decision and form
 * listeners real on mocked records.
 */
class DecisionTasksMigrationTest {

    /** The morning the journeys start; the administrator migrates them a few days later. */
    private static final Date START = JourneyCalendar.morningOf(LocalDate.of(2027, 7, 3));
    private static final Duration WAITED_BEFORE_MIGRATION = Duration.ofDays(3);

    private static final List<ModelMigration> DECLARED = List.of(ReferralTestBeans.declaredMigration(),
            AssessmentTestBeans.declaredMigration(), PlacementTestBeans.declaredMigration());

    private static ProcessEngine engine;
    private static RuntimeService runtimeService;
    private static RepositoryService repositoryService;
    private static TaskService taskService;
    private static ManagementService managementService;
    private static HistoryService historyService;
    private static FormService formService;

    @BeforeAll
    static void buildEngine() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:decision-tasks-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setDefaultSerializationFormat("application/json");
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        engine = configuration.buildProcessEngine();
        runtimeService = engine.getRuntimeService();
        repositoryService = engine.getRepositoryService();
        taskService = engine.getTaskService();
        managementService = engine.getManagementService();
        historyService = engine.getHistoryService();
        formService = engine.getFormService();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @AfterEach
    void removeTheJourneys() {
        managementService.createBatchQuery().list().forEach(batch -> managementService.deleteBatch(batch.getId(), true));
        repositoryService.createDeploymentQuery().list()
                .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true, true));
        Mocks.reset();
        ClockUtil.reset();
    }

    // ---------------------------------------------------------------------------------------------
    // The wait states

    /** A place a journey waits on the earlier model: how it gets there, what stands there, how it goes on. */
    record WaitState(String name, Phase phase, Consumer<Journey> reach, Expected expected, Consumer<Journey> goOn) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<WaitState> waitStates() {
        return Stream.of(
                // referral
                new WaitState("referral: reviewing the referral (user task)", Phase.REFERRAL,
                        journey -> journey.referralChecked("NEEDS_REVIEW"),
                        at("Task_ReviewReferral"),
                        journey -> {
                            journey.complete("Task_ReviewReferral", Map.of("reviewDecision", "ACCEPT"));
                            journey.assertWaitingAt("Task_HoldSuitabilityInterview");
                        }),
                new WaitState("referral: holding the suitability interview (user task)", Phase.REFERRAL,
                        journey -> journey.referralChecked("ELIGIBLE"),
                        at("Task_HoldSuitabilityInterview"),
                        journey -> {
                            journey.referral.placesFree(true);
                            journey.complete("Task_HoldSuitabilityInterview", SUITABLE);
                            journey.assertWaitingAt("Task_ReservePlace");
                            journey.runJob("Task_ReservePlace");
                            journey.assertEndedAt("EndEvent_ReferralAccepted");
                            assertThat(journey.referral.notifications()).containsExactly("REFERRAL_ACCEPTED:null");
                        }),
                new WaitState("referral: waiting for more information (receive task + 14-day timer), the answer arrives",
                        Phase.REFERRAL, DecisionTasksMigrationTest::informationRequested,
                        at("Task_WaitForInformation").jobs("Event_NoResponse").messages("ReferralInfoProvided"),
                        journey -> {
                            journey.correlate("ReferralInfoProvided");
                            journey.assertWaitingAt("Task_ReviewReferral");
                        }),
                new WaitState("referral: waiting for more information (receive task + 14-day timer), 14 days pass",
                        Phase.REFERRAL, DecisionTasksMigrationTest::informationRequested,
                        at("Task_WaitForInformation").jobs("Event_NoResponse").messages("ReferralInfoProvided"),
                        journey -> {
                            journey.timerFires("Event_NoResponse");
                            journey.assertEndedAt("EndEvent_ReferralDeclined");
                            assertThat(journey.variable("declineReason"))
                                    .isEqualTo("No response to the request for more information in 14 days");
                        }),
                new WaitState("referral: reserving a place (asynchronous continuation job)", Phase.REFERRAL,
                        journey -> {
                            journey.referralChecked("ELIGIBLE");
                            journey.complete("Task_HoldSuitabilityInterview", SUITABLE);
                        },
                        at("Task_ReservePlace").jobs("Task_ReservePlace"),
                        journey -> {
                            journey.runJob("Task_ReservePlace");
                            journey.assertWaitingAt("Task_WaitForPlace");
                            assertThat(journey.referral.notifications()).containsExactly("WAITING_LIST:null");
                        }),
                new WaitState("referral: reserving a place failed until it became an incident (asynchronous continuation "
                        + "job)", Phase.REFERRAL,
                        journey -> {
                            journey.referralChecked("ELIGIBLE");
                            journey.complete("Task_HoldSuitabilityInterview", SUITABLE);
                            journey.referral.placeRegistryDown(true);
                            journey.failUntilIncident("Task_ReservePlace");
                        },
                        at("Task_ReservePlace").jobs("Task_ReservePlace"),
                        journey -> {
                            journey.referral.placeRegistryDown(false);
                            journey.retry("Task_ReservePlace");
                            journey.assertWaitingAt("Task_WaitForPlace");
                            assertThat(journey.incidents()).isEmpty();
                        }),
                new WaitState("referral: on the waiting list (receive task + 60-day timer), a place is offered",
                        Phase.REFERRAL, DecisionTasksMigrationTest::onTheWaitingList,
                        at("Task_WaitForPlace").jobs("Event_WaitedTooLong").messages("PlaceAvailable"),
                        journey -> {
                            journey.referral.placesFree(true);
                            journey.correlate("PlaceAvailable");
                            journey.runJob("Task_ReservePlace");
                            journey.assertEndedAt("EndEvent_ReferralAccepted");
                        }),
                new WaitState("referral: on the waiting list (receive task + 60-day timer), 60 days pass",
                        Phase.REFERRAL, DecisionTasksMigrationTest::onTheWaitingList,
                        at("Task_WaitForPlace").jobs("Event_WaitedTooLong").messages("PlaceAvailable"),
                        journey -> {
                            journey.timerFires("Event_WaitedTooLong");
                            journey.assertWaitingAt("Task_DecideOnWaitingParticipant");
                        }),
                new WaitState("referral: deciding on a participant who waited 60 days (user task)", Phase.REFERRAL,
                        journey -> {
                            onTheWaitingList(journey);
                            journey.timerFires("Event_WaitedTooLong");
                        },
                        at("Task_DecideOnWaitingParticipant"),
                        journey -> {
                            journey.complete("Task_DecideOnWaitingParticipant", Map.of("waitingDecision", "KEEP_WAITING"));
                            journey.runJob("Task_ReservePlace");
                            journey.assertWaitingAt("Task_WaitForPlace");
                        }),

                // initial-assessment
                new WaitState("assessment: the four assessments open in the sub-process (+ 14-day overdue timer on it)",
                        Phase.ASSESSMENT, Journey::start,
                        at(ASSESSMENTS).jobs("Event_AssessmentOverdue"),
                        journey -> {
                            journey.assessInParallel();
                            journey.assertWaitingAt("Task_HoldCaseConference");
                            journey.assertDecisionTakenByTheTask("Task_DetermineCourseLevel", "course-level");
                            journey.assertDecisionTakenByTheTask("Task_DecideSupportPlan", "support-plan");
                        }),
                new WaitState("assessment: the four assessments open in the sub-process, 14 days pass", Phase.ASSESSMENT,
                        Journey::start,
                        at(ASSESSMENTS).jobs("Event_AssessmentOverdue"),
                        journey -> {
                            journey.timerFires("Event_AssessmentOverdue");
                            journey.assertWaitingAt(plus(ASSESSMENTS, "Task_ActOnOverdueAssessment"));
                        }),
                new WaitState("assessment: three branches waiting at the join (parallel gateway), the pathway discussion open",
                        Phase.ASSESSMENT,
                        journey -> {
                            journey.start();
                            journey.complete("Task_ReviewServiceNeed", serviceNeed(4, "SOME"));
                            journey.complete("Task_RecordWorkAbility", WORK_ABILITY);
                            journey.complete("Task_RunDigitalSkillsTest", SKILLS_TEST);
                            journey.runJob("Task_DetermineCourseLevel");
                            journey.runJobs("Gateway_AssessmentsDone");
                        },
                        at("Task_DiscussPathwayStudies", "Gateway_AssessmentsDone", "Gateway_AssessmentsDone",
                                "Gateway_AssessmentsDone").jobs("Event_AssessmentOverdue"),
                        journey -> {
                            journey.complete("Task_DiscussPathwayStudies", PATHWAY);
                            journey.runJobs("Gateway_AssessmentsDone");
                            journey.assertWaitingAt("Task_HoldCaseConference");
                            journey.assertDecisionTakenByTheTask("Task_DecideSupportPlan", "support-plan");
                            journey.assertDecisionTakenOnTheEarlierVersion("Task_DetermineCourseLevel", "course-level");
                        }),
                new WaitState("assessment: all four done, the join's jobs not yet run (asynchronous continuations)",
                        Phase.ASSESSMENT,
                        journey -> {
                            journey.start();
                            journey.completeTheFourAssessments(4, "SOME");
                        },
                        at("Gateway_AssessmentsDone", "Gateway_AssessmentsDone", "Gateway_AssessmentsDone",
                                "Gateway_AssessmentsDone").jobs("Event_AssessmentOverdue", "Gateway_AssessmentsDone",
                                "Gateway_AssessmentsDone", "Gateway_AssessmentsDone", "Gateway_AssessmentsDone"),
                        journey -> {
                            journey.runJobs("Gateway_AssessmentsDone");
                            journey.assertWaitingAt("Task_HoldCaseConference");
                            journey.assertDecisionTakenByTheTask("Task_DecideSupportPlan", "support-plan");
                        }),
                new WaitState("assessment: arranging the well-being check (user task)", Phase.ASSESSMENT,
                        journey -> {
                            journey.start();
                            journey.completeTheFourAssessments(2, "INTENSIVE");
                            journey.runJobs("Gateway_AssessmentsDone");
                        },
                        at("Task_ArrangeWellbeingCheck").jobs("Event_AssessmentOverdue"),
                        journey -> {
                            journey.complete("Task_ArrangeWellbeingCheck", Map.of("wellbeingCheckDate", "2027-07-20",
                                    "wellbeingCheckProvider", "HEALTH_CENTRE"));
                            journey.assertWaitingAt("Task_HoldCaseConference");
                        }),
                new WaitState("assessment: holding the case conference (user task)", Phase.ASSESSMENT,
                        journey -> {
                            journey.start();
                            journey.completeTheFourAssessments(4, "SOME");
                            journey.runJobs("Gateway_AssessmentsDone");
                        },
                        at("Task_HoldCaseConference").jobs("Event_AssessmentOverdue"),
                        journey -> {
                            journey.complete("Task_HoldCaseConference", CONFERENCE);
                            journey.assertEndedAt("EndEvent_AssessmentCompleted");
                            assertThat(journey.jobs()).as("the overdue timer went with the assessment").isEmpty();
                        }),
                new WaitState("assessment: acting on the overdue assessment (user task after the non-interrupting timer) "
                        + "while the assessments go on", Phase.ASSESSMENT,
                        journey -> {
                            journey.start();
                            journey.timerFires("Event_AssessmentOverdue");
                        },
                        at(plus(ASSESSMENTS, "Task_ActOnOverdueAssessment")),
                        journey -> {
                            journey.complete("Task_ActOnOverdueAssessment", Map.of("overdueAction", "REMINDED_TEAM"));
                            journey.assertWaitingAt(ASSESSMENTS);
                        }),

                // trainee-placement (its three event sub-processes listen throughout)
                new WaitState("placement: matching with a partner company (user task)", Phase.PLACEMENT, Journey::start,
                        at("Task_MatchWithPartnerCompany"),
                        journey -> {
                            journey.complete("Task_MatchWithPartnerCompany", journey.placement.matchForm());
                            journey.runJob("Task_NotifyCompanyOfPlacement");
                            journey.assertWaitingAt("Task_AgreePlacement");
                        }),
                new WaitState("placement: matching, the period is interrupted (message start of an event sub-process)",
                        Phase.PLACEMENT, Journey::start,
                        at("Task_MatchWithPartnerCompany"),
                        journey -> {
                            journey.correlate("PeriodInterrupted");
                            journey.assertEndedAt("EndEvent_PeriodInterrupted");
                            assertThat(journey.variable("placementOutcome")).isEqualTo("PERIOD_INTERRUPTED");
                        }),
                new WaitState("placement: notifying the company (asynchronous continuation job)", Phase.PLACEMENT,
                        journey -> {
                            journey.start();
                            journey.complete("Task_MatchWithPartnerCompany", journey.placement.matchForm());
                        },
                        at("Task_NotifyCompanyOfPlacement").jobs("Task_NotifyCompanyOfPlacement"),
                        journey -> {
                            journey.runJob("Task_NotifyCompanyOfPlacement");
                            journey.assertWaitingAt("Task_AgreePlacement");
                            assertThat(journey.placement.companyNotifications()).containsExactly("PLACEMENT_PROPOSED");
                        }),
                new WaitState("placement: agreeing with the company (user task + 14-day timer + message boundary), "
                        + "the company confirms", Phase.PLACEMENT, DecisionTasksMigrationTest::proposedToTheCompany,
                        at("Task_AgreePlacement").jobs("Event_NoAnswer").messages("PlacementConfirmed"),
                        journey -> {
                            journey.correlate("PlacementConfirmed", Map.of("placementConfirmed", true));
                            journey.assertWaitingAt("Timer_OneMonthIn", "Timer_PlacementEnds");
                        }),
                new WaitState("placement: agreeing with the company (user task + 14-day timer + message boundary), "
                        + "the coordinator records the answer", Phase.PLACEMENT,
                        DecisionTasksMigrationTest::proposedToTheCompany,
                        at("Task_AgreePlacement").jobs("Event_NoAnswer").messages("PlacementConfirmed"),
                        journey -> {
                            journey.complete("Task_AgreePlacement", COMPANY_CONFIRMED);
                            journey.assertWaitingAt("Timer_OneMonthIn", "Timer_PlacementEnds");
                        }),
                new WaitState("placement: agreeing with the company (user task + 14-day timer + message boundary), "
                        + "14 days pass", Phase.PLACEMENT, DecisionTasksMigrationTest::proposedToTheCompany,
                        at("Task_AgreePlacement").jobs("Event_NoAnswer").messages("PlacementConfirmed"),
                        journey -> {
                            journey.timerFires("Event_NoAnswer");
                            journey.assertWaitingAt("Task_MatchWithPartnerCompany");
                        }),
                new WaitState("placement: in placement, waiting for one month in and for its end (two timers in the "
                        + "sub-process)", Phase.PLACEMENT, DecisionTasksMigrationTest::inPlacement,
                        at("Timer_OneMonthIn", "Timer_PlacementEnds").jobs("Timer_OneMonthIn", "Timer_PlacementEnds"),
                        journey -> {
                            journey.timerFires("Timer_OneMonthIn");
                            journey.assertWaitingAt("Task_HoldMidPlacementCheckIn", "Timer_PlacementEnds");
                        }),
                new WaitState("placement: in placement, the placement is cancelled (message start of an event sub-process)",
                        Phase.PLACEMENT, DecisionTasksMigrationTest::inPlacement,
                        at("Timer_OneMonthIn", "Timer_PlacementEnds").jobs("Timer_OneMonthIn", "Timer_PlacementEnds"),
                        journey -> {
                            journey.correlate("PlacementCancelled");
                            journey.assertEndedAt("EndEvent_PlacementCancelled");
                            assertThat(journey.jobs()).isEmpty();
                        }),
                new WaitState("placement: in placement, a job is found (message start of an event sub-process)",
                        Phase.PLACEMENT, DecisionTasksMigrationTest::inPlacement,
                        at("Timer_OneMonthIn", "Timer_PlacementEnds").jobs("Timer_OneMonthIn", "Timer_PlacementEnds"),
                        journey -> {
                            journey.correlate("EmploymentFound");
                            journey.assertEndedAt("EndEvent_EmploymentFound");
                            assertThat(journey.variable("placementOutcome")).isEqualTo("EMPLOYMENT_FOUND");
                        }),
                new WaitState("placement: holding the mid-placement check-in (user task in the sub-process, end timer "
                        + "running)", Phase.PLACEMENT,
                        journey -> {
                            inPlacement(journey);
                            journey.timerFires("Timer_OneMonthIn");
                        },
                        at("Task_HoldMidPlacementCheckIn", "Timer_PlacementEnds").jobs("Timer_PlacementEnds"),
                        journey -> {
                            journey.complete("Task_HoldMidPlacementCheckIn", checkIn(true));
                            journey.assertWaitingAt("Task_HoldPlacementGuidanceSession", "Timer_PlacementEnds");
                        }),
                new WaitState("placement: holding a social guidance session (user task in the sub-process)",
                        Phase.PLACEMENT,
                        journey -> {
                            inPlacement(journey);
                            journey.timerFires("Timer_OneMonthIn");
                            journey.complete("Task_HoldMidPlacementCheckIn", checkIn(true));
                        },
                        at("Task_HoldPlacementGuidanceSession", "Timer_PlacementEnds").jobs("Timer_PlacementEnds"),
                        journey -> {
                            journey.complete("Task_HoldPlacementGuidanceSession", Map.of("meetingDate", "2027-08-08"));
                            journey.assertWaitingAt("Timer_PlacementEnds");
                            journey.timerFires("Timer_PlacementEnds");
                            journey.assertWaitingAt("Task_RecordHiringDecision");
                        }),
                new WaitState("placement: recording the hiring decision (user task in the sub-process)", Phase.PLACEMENT,
                        DecisionTasksMigrationTest::placementEnded,
                        at("Task_RecordHiringDecision"),
                        journey -> {
                            journey.placement.hired(false);
                            journey.complete("Task_RecordHiringDecision", PlacementTestBeans.hiringForm(false));
                            journey.runJob("Task_CheckHelsinkiSupplement");
                            journey.assertDecisionTakenByTheTask("Task_CheckHelsinkiSupplement",
                                    "helsinki-supplement-eligibility");
                            journey.assertWaitingAt("Task_NotifyEmployerOfSupplement");
                        }),
                new WaitState("placement: notifying the employer of the supplement (asynchronous continuation job)",
                        Phase.PLACEMENT,
                        journey -> {
                            hiredOnTheEarlierVersion(journey);
                            journey.runJob("Task_CheckHelsinkiSupplement");
                        },
                        at("Task_NotifyEmployerOfSupplement").jobs("Task_NotifyEmployerOfSupplement"),
                        journey -> {
                            journey.runJob("Task_NotifyEmployerOfSupplement");
                            journey.assertWaitingAt("Task_InformEmployerAboutSupplement");
                            assertThat(journey.placement.companyNotifications())
                                    .containsExactly("PLACEMENT_PROPOSED", "HELSINKI_SUPPLEMENT");
                        }),
                new WaitState("placement: informing the employer about the supplement (user task)", Phase.PLACEMENT,
                        journey -> {
                            hiredOnTheEarlierVersion(journey);
                            journey.runJob("Task_CheckHelsinkiSupplement");
                            journey.runJob("Task_NotifyEmployerOfSupplement");
                        },
                        at("Task_InformEmployerAboutSupplement"),
                        journey -> {
                            journey.complete("Task_InformEmployerAboutSupplement", Map.of("informedOn", "2027-09-07",
                                    "informedChannel", "PHONE"));
                            journey.assertEndedAt("EndEvent_Hired");
                            assertThat(journey.variable("placementOutcome")).isEqualTo("HIRED");
                        }));
    }

    /** A journey standing at a changed decision step's job, before it ran: how it gets there, the step. */
    record AtDecisionStep(String name, Phase phase, Consumer<Journey> reach, String decisionStep, String afterwards) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<AtDecisionStep> changedDecisionSteps() {
        return Stream.of(
                new AtDecisionStep("referral: the eligibility check's job not yet run", Phase.REFERRAL,
                        journey -> {
                            journey.referral.participantFound("ELIGIBLE");
                            journey.start();
                        },
                        "Task_CheckEligibility", "Task_HoldSuitabilityInterview"),
                new AtDecisionStep("assessment: the course-level job not yet run, three assessments open",
                        Phase.ASSESSMENT,
                        journey -> {
                            journey.start();
                            journey.complete("Task_RunDigitalSkillsTest", SKILLS_TEST);
                        },
                        "Task_DetermineCourseLevel", "Task_ReviewServiceNeed"),
                new AtDecisionStep("placement: the Helsinki supplement check's job not yet run", Phase.PLACEMENT,
                        DecisionTasksMigrationTest::hiredOnTheEarlierVersion,
                        "Task_CheckHelsinkiSupplement", "Task_NotifyEmployerOfSupplement"));
    }

    // ---------------------------------------------------------------------------------------------
    // The tests

    @ParameterizedTest(name = "{0}")
    @MethodSource("waitStates")
    void theJourneyMovesToVersion2WhereItStoodAndGoesOnThere(WaitState state) {
        Journey journey = new Journey(state.phase());
        state.reach().accept(journey);
        journey.assertStandsAsExpected(state.expected());
        Snapshot before = journey.snapshot();
        assertThat(journey.definition().getVersionTag()).as("started on the first, untagged version").isNull();

        ProcessDefinition current = journey.aFewDaysLaterTheCurrentVersionIsDeployed();
        ModelMigrations migrations = new ModelMigrations(runtimeService, repositoryService, DECLARED);
        ModelMigrations.VersionPlan preview = journey.versionPlan(migrations.preview());
        assertThat(preview.migrating()).as("previewed as migrating").containsExactly(journey.id());
        assertThat(preview.staying()).isEmpty();
        assertThat(preview.targetDefinitionId()).isEqualTo(current.getId());
        assertThat(journey.definition().getId()).as("nothing moves before the administrator asks")
                .isEqualTo(before.definitionId());

        journey.runBatch(journey.versionPlan(List.of(migrations.migrate(state.phase().migration()))).batchId());

        Snapshot after = journey.snapshot();
        assertThat(after.definitionId()).as("on version 2").isEqualTo(current.getId());
        assertThat(after.waitingAt()).as("standing at the same activities").isEqualTo(before.waitingAt());
        assertThat(after.tasks()).as("the same tasks (id, form, due date, groups)").isEqualTo(before.tasks());
        assertThat(after.jobs()).as("the same jobs, due at the same moment").isEqualTo(before.jobs());
        assertThat(after.subscriptions()).as("the same message subscriptions").isEqualTo(before.subscriptions());
        assertThat(after.variables()).as("the same variables").isEqualTo(before.variables());
        assertThat(after.incidents()).as("the same incidents").isEqualTo(before.incidents());
        assertThat(after.decisions()).as("the same decisions").isEqualTo(before.decisions());
        assertThat(after.history()).as("the same history").isEqualTo(before.history());
        journey.assertEverythingRunningIsOn(current);
        journey.assertEveryTaskHasItsDeployedForm(current);

        state.goOn().accept(journey);
        journey.assertWentOnOn(current, before.history());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changedDecisionSteps")
    void aJourneyAtAChangedDecisionStepStaysUntilItsJobHasRunAndThenMoves(AtDecisionStep state) {
        Journey journey = new Journey(state.phase());
        state.reach().accept(journey);
        assertThat(journey.jobs()).extracting(JobState::activityId).contains(state.decisionStep());
        assertThat(journey.waitingAt()).contains(state.decisionStep());
        ProcessDefinition legacy = journey.definition();

        ProcessDefinition current = journey.aFewDaysLaterTheCurrentVersionIsDeployed();
        ModelMigrations migrations = new ModelMigrations(runtimeService, repositoryService, DECLARED);
        ModelMigrations.VersionPlan preview = journey.versionPlan(migrations.preview());
        assertThat(preview.migrating()).isEmpty();
        assertThat(preview.staying()).singleElement().satisfies(staying -> {
            assertThat(staying.processInstanceId()).isEqualTo(journey.id());
            assertThat(staying.businessKey()).isEqualTo(journey.journeyId.toString());
            assertThat(staying.reason()).contains(state.decisionStep()).contains("stays on version " + legacy.getVersion());
        });
        ModelMigrations.VersionPlan started = journey.versionPlan(List.of(migrations.migrate(state.phase().migration())));
        assertThat(started.batchId()).as("no batch for a journey that cannot move").isNull();
        assertThat(journey.definition().getId()).isEqualTo(legacy.getId());

        // Why it stays: the step changed its kind (a delegate before, a decision now), so the engine maps it
        // neither by its id nor when asked to, and refuses to move a journey standing there.
        MigrationPlan plan = runtimeService.createMigrationPlan(legacy.getId(), current.getId()).mapEqualActivities()
                .build();
        assertThat(plan.getInstructions()).extracting(MigrationInstruction::getSourceActivityId)
                .doesNotContain(state.decisionStep());
        assertThatThrownBy(() -> runtimeService.createMigrationPlan(legacy.getId(), current.getId())
                .mapActivities(state.decisionStep(), state.decisionStep()).build())
                .isInstanceOf(MigrationPlanValidationException.class).hasMessageContaining("incompatible types")
                .hasMessageContaining("DmnBusinessRuleTaskActivityBehavior");
        assertThatThrownBy(() -> runtimeService.newMigration(plan).processInstanceIds(journey.id()).execute())
                .isInstanceOf(MigratingProcessInstanceValidationException.class)
                .hasMessageContaining("There is no migration instruction for this instance's activity");
        assertThat(journey.definition().getId()).isEqualTo(legacy.getId());

        // The job runs on the earlier version: the bean takes the decision as the task's delegate.
        journey.runJob(state.decisionStep());
        assertThat(journey.waitingAt()).contains(state.afterwards()).doesNotContain(state.decisionStep());
        journey.assertDecisionTakenOnTheEarlierVersion(state.decisionStep(), decisionKey(state.decisionStep()));

        ModelMigrations.VersionPlan now = journey.versionPlan(migrations.preview());
        assertThat(now.migrating()).containsExactly(journey.id());
        assertThat(now.staying()).isEmpty();
        journey.runBatch(journey.versionPlan(List.of(migrations.migrate(state.phase().migration()))).batchId());
        assertThat(journey.definition().getId()).isEqualTo(current.getId());
        journey.assertEveryTaskHasItsDeployedForm(current);
    }

    private static String decisionKey(String decisionStep) {
        return switch (decisionStep) {
            case "Task_CheckEligibility" -> "referral-eligibility";
            case "Task_DetermineCourseLevel" -> "course-level";
            case "Task_CheckHelsinkiSupplement" -> "helsinki-supplement-eligibility";
            default -> throw new IllegalArgumentException(decisionStep);
        };
    }

    // ---------------------------------------------------------------------------------------------
    // Ways to a wait state on the earlier version, and the forms submitted on the way

    private static final Map<String, Object> SUITABLE = Map.of("interviewOutcome", "SUITABLE", "interviewDate",
            "2027-07-10", "motivation", 4, "preferredWorkTeam", "SOFTWARE");
    private static final List<String> ASSESSMENTS = List.of("Task_ReviewServiceNeed", "Task_RecordWorkAbility",
            "Task_RunDigitalSkillsTest", "Task_DiscussPathwayStudies");
    private static final Map<String, Object> WORK_ABILITY = Map.of("workAbilityScore", 7);
    private static final Map<String, Object> SKILLS_TEST = Map.of("digitalSkillsScore", 55);
    private static final Map<String, Object> PATHWAY = Map.of("pathwayInterest", "PATHWAY_STUDIES", "priorCredits", 15);
    private static final Map<String, Object> CONFERENCE = Map.of("track", "WAGE_SUBSIDY_WORK",
            "goal1", "Learn web development", "studyPlan", "Basics of Digital Service, then pathway studies",
            "guidanceAgreement", "Weekly with the coach");
    private static final Map<String, Object> COMPANY_CONFIRMED = Map.of("companyAnswer", "CONFIRMED",
            "answerNote", "By phone");

    private static Map<String, Object> serviceNeed(int wellbeing, String supportNeedLevel) {
        return Map.of("crearStudies", 3, "crearTimeUse", 4, "crearWellbeing", wellbeing, "crearCareerPlanning", 3,
                "crearEmployment", 2, "supportNeedLevel", supportNeedLevel, "supportNeeds", List.of("LEARNING"),
                "serviceNeedNote", "Dyslexia");
    }

    private static Map<String, Object> checkIn(boolean concern) {
        return Map.of("meetingDate", "2027-08-05", "attended", true, "progress", 4, "concern", concern);
    }

    private static void informationRequested(Journey journey) {
        journey.referralChecked("NEEDS_REVIEW");
        journey.complete("Task_ReviewReferral", Map.of("reviewDecision", "REQUEST_INFO", "reviewNote", "Please send the CV"));
    }

    private static void onTheWaitingList(Journey journey) {
        journey.referralChecked("ELIGIBLE");
        journey.complete("Task_HoldSuitabilityInterview", SUITABLE);
        journey.runJob("Task_ReservePlace");
    }

    private static void proposedToTheCompany(Journey journey) {
        journey.start();
        journey.complete("Task_MatchWithPartnerCompany", journey.placement.matchForm());
        journey.runJob("Task_NotifyCompanyOfPlacement");
    }

    private static void inPlacement(Journey journey) {
        proposedToTheCompany(journey);
        journey.complete("Task_AgreePlacement", COMPANY_CONFIRMED);
    }

    private static void placementEnded(Journey journey) {
        inPlacement(journey);
        journey.timerFires("Timer_OneMonthIn");
        journey.complete("Task_HoldMidPlacementCheckIn", checkIn(false));
        journey.timerFires("Timer_PlacementEnds");
    }

    private static void hiredOnTheEarlierVersion(Journey journey) {
        placementEnded(journey);
        journey.placement.hired(false);
        journey.complete("Task_RecordHiringDecision", PlacementTestBeans.hiringForm(false));
    }

    // ---------------------------------------------------------------------------------------------
    // The phases, the journey and what is compared

    enum Phase {
        REFERRAL("referral", List.of("processes/referral-eligibility.dmn"), List.of()),
        ASSESSMENT("initial-assessment", List.of("processes/course-level.dmn", "processes/support-plan.dmn"), List.of()),
        PLACEMENT("trainee-placement", List.of("processes/helsinki-supplement-eligibility.dmn"),
                List.of("PlacementCancelled", "EmploymentFound", "PeriodInterrupted"));

        final String key;
        final List<String> decisions;
        /** The messages the event sub-processes wait for, wherever the journey stands. */
        final List<String> alwaysListening;

        Phase(String key, List<String> decisions, List<String> alwaysListening) {
            this.key = key;
            this.decisions = decisions;
            this.alwaysListening = alwaysListening;
        }

        String earlierModel() {
            return "legacy/" + key + "-before-decision-tasks.bpmn";
        }

        String currentModel() {
            return "processes/" + key + ".bpmn";
        }

        ModelMigration migration() {
            return DECLARED.stream().filter(migration -> migration.processDefinitionKey().equals(key)).findFirst()
                    .orElseThrow();
        }
    }

    /** Where the journey stands: activities (with the asynchronous continuations), jobs, message subscriptions. */
    record Expected(List<String> waitingAt, List<String> jobs, List<String> messages) {
        Expected jobs(String... activityIds) {
            return new Expected(waitingAt, List.of(activityIds), messages);
        }

        Expected messages(String... names) {
            return new Expected(waitingAt, jobs, List.of(names));
        }
    }

    static Expected at(String... activityIds) {
        return at(List.of(activityIds));
    }

    static Expected at(List<String> activityIds) {
        return new Expected(activityIds, List.of(), List.of());
    }

    static List<String> plus(List<String> activityIds, String... more) {
        List<String> all = new ArrayList<>(activityIds);
        all.addAll(List.of(more));
        return all;
    }

    record TaskState(String id, String key, String name, String formKey, String formRef, String formRefBinding,
                     Date due, List<String> candidateGroups, String executionId) {
    }

    record JobState(String id, String activityId, Date due, int retries, String executionId) {
    }

    record SubscriptionState(String id, String type, String eventName, String activityId, String executionId) {
    }

    record VariableState(String name, String type, String value, String executionId) {
    }

    record IncidentState(String id, String type, String activityId, String jobId, String message) {
    }

    record HistoryState(String id, String activityId, Date start, Date end) {
    }

    record DecisionState(String id, String decisionKey, String activityId, Date evaluated) {
    }

    /** All of a journey's engine state the migration must carry unchanged, bar its definition. */
    record Snapshot(String definitionId, List<String> waitingAt, List<TaskState> tasks, List<JobState> jobs,
                    List<SubscriptionState> subscriptions, List<VariableState> variables, List<IncidentState> incidents,
                    List<HistoryState> history, List<DecisionState> decisions) {
    }

    /** One journey in one phase, on the in-memory engine. */
    static final class Journey {

        final Phase phase;
        final UUID journeyId = UUID.randomUUID();
        final ReferralTestBeans referral = new ReferralTestBeans(journeyId);
        final AssessmentTestBeans assessment = new AssessmentTestBeans(journeyId);
        final PlacementTestBeans placement = new PlacementTestBeans(journeyId);
        private ProcessInstance instance;

        /** The earlier model deployed with the decision tables and the forms, the phase's beans registered. */
        Journey(Phase phase) {
            this.phase = phase;
            ClockUtil.setCurrentTime(START);
            DeploymentBuilder deployment = repositoryService.createDeployment().name(phase.key + " before decision tasks")
                    .addClasspathResource(phase.earlierModel());
            phase.decisions.forEach(deployment::addClasspathResource);
            try {
                for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                    try (InputStream in = form.getInputStream()) {
                        deployment.addInputStream("forms/" + form.getFilename(), in);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            deployment.deploy();
            switch (phase) {
                case REFERRAL -> referral.register();
                case ASSESSMENT -> assessment.register();
                case PLACEMENT -> placement.register();
            }
        }

        void start() {
            instance = runtimeService.startProcessInstanceByKey(phase.key, journeyId.toString(),
                    Map.of("journeyId", journeyId.toString(), "displayName", "Aino Virtanen"));
        }

        String id() {
            return instance.getId();
        }

        /** The referral started and its eligibility checked (the table answering {@code eligibility}). */
        void referralChecked(String eligibility) {
            referral.participantFound(eligibility);
            start();
            runJob("Task_CheckEligibility");
            assertThat(variable("eligibility")).isEqualTo(eligibility);
        }

        void completeTheFourAssessments(int wellbeing, String supportNeedLevel) {
            assessment.serviceNeed(wellbeing, supportNeedLevel);
            complete("Task_ReviewServiceNeed", serviceNeed(wellbeing, supportNeedLevel));
            complete("Task_RecordWorkAbility", WORK_ABILITY);
            complete("Task_RunDigitalSkillsTest", SKILLS_TEST);
            runJob("Task_DetermineCourseLevel");
            complete("Task_DiscussPathwayStudies", PATHWAY);
        }

        void assessInParallel() {
            completeTheFourAssessments(4, "SOME");
            runJobs("Gateway_AssessmentsDone");
        }

        ProcessDefinition definition() {
            String definitionId = running() ? runtimeService.createProcessInstanceQuery().processInstanceId(id())
                    .singleResult().getProcessDefinitionId()
                    : historyService.createHistoricProcessInstanceQuery().processInstanceId(id()).singleResult()
                    .getProcessDefinitionId();
            return repositoryService.getProcessDefinition(definitionId);
        }

        boolean running() {
            return runtimeService.createProcessInstanceQuery().processInstanceId(id()).count() == 1;
        }

        Object variable(String name) {
            return historyService.createHistoricVariableInstanceQuery().processInstanceId(id()).variableName(name)
                    .singleResult().getValue();
        }

        Task task(String key) {
            Task task = taskService.createTaskQuery().processInstanceId(id()).taskDefinitionKey(key).singleResult();
            assertThat(task).as("open task %s", key).isNotNull();
            return task;
        }

        void complete(String key, Map<String, Object> form) {
            taskService.complete(task(key).getId(), form);
        }

        void runJob(String activityId) {
            Job job = managementService.createJobQuery().processInstanceId(id()).activityId(activityId).singleResult();
            assertThat(job).as("job at %s", activityId).isNotNull();
            managementService.executeJob(job.getId());
        }

        void runJobs(String activityId) {
            List<Job> jobs = managementService.createJobQuery().processInstanceId(id()).activityId(activityId).list();
            assertThat(jobs).as("jobs at %s", activityId).isNotEmpty();
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }

        /** The job fails (its delegate throws) until its retries are spent and it stands as an incident. */
        void failUntilIncident(String activityId) {
            for (int attempt = 0; incidents().isEmpty(); attempt++) {
                assertThat(attempt).as("attempts at %s", activityId).isLessThan(5);
                Job job = managementService.createJobQuery().processInstanceId(id()).activityId(activityId).singleResult();
                assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();
            }
            assertThat(incidents()).singleElement().satisfies(incident -> {
                assertThat(incident.type()).isEqualTo("failedJob");
                assertThat(incident.activityId()).isEqualTo(activityId);
            });
        }

        /** As an operator retries a failed job in Cockpit: a retry given, the job run. */
        void retry(String activityId) {
            Job job = managementService.createJobQuery().processInstanceId(id()).activityId(activityId).singleResult();
            managementService.setJobRetries(job.getId(), 1);
            managementService.executeJob(job.getId());
        }

        /** The clock moves to the timer's due date, and it fires. */
        void timerFires(String activityId) {
            Job timer = managementService.createJobQuery().processInstanceId(id()).activityId(activityId).timers()
                    .singleResult();
            assertThat(timer).as("timer %s", activityId).isNotNull();
            ClockUtil.setCurrentTime(timer.getDuedate());
            assertThat(managementService.createJobQuery().jobId(timer.getId()).executable().count())
                    .as("timer %s due now", activityId).isOne();
            managementService.executeJob(timer.getId());
        }

        void correlate(String message) {
            correlate(message, Map.of());
        }

        void correlate(String message, Map<String, Object> variables) {
            runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(journeyId.toString())
                    .setVariables(variables).correlate();
        }

        /** The activities the journey stands at: the leaves of its activity instance tree and its transitions. */
        List<String> waitingAt() {
            List<String> activities = new ArrayList<>();
            if (running()) {
                collect(runtimeService.getActivityInstance(id()), activities, true);
            }
            return activities.stream().sorted().toList();
        }

        private static void collect(ActivityInstance activity, List<String> activities, boolean root) {
            if (!root && activity.getChildActivityInstances().length == 0 && activity.getChildTransitionInstances().length == 0) {
                activities.add(activity.getActivityId());
            }
            for (TransitionInstance transition : activity.getChildTransitionInstances()) {
                activities.add(transition.getActivityId());
            }
            for (ActivityInstance child : activity.getChildActivityInstances()) {
                collect(child, activities, false);
            }
        }

        void assertWaitingAt(String... activityIds) {
            assertWaitingAt(List.of(activityIds));
        }

        void assertWaitingAt(List<String> activityIds) {
            assertThat(waitingAt()).as("waiting at").isEqualTo(activityIds.stream().sorted().toList());
        }

        void assertEndedAt(String endEvent) {
            assertThat(running()).as("ended").isFalse();
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(id()).activityId(endEvent)
                    .finished().count()).as("ended at %s", endEvent).isOne();
        }

        void assertStandsAsExpected(Expected expected) {
            assertWaitingAt(expected.waitingAt());
            assertThat(jobs()).extracting(JobState::activityId).as("jobs")
                    .containsExactlyInAnyOrderElementsOf(expected.jobs());
            List<String> messages = new ArrayList<>(expected.messages());
            messages.addAll(phase.alwaysListening);
            assertThat(subscriptions()).extracting(SubscriptionState::eventName).as("message subscriptions")
                    .containsExactlyInAnyOrderElementsOf(messages);
        }

        /** The decision was taken in this journey, on version 2, by its business-rule task. */
        void assertDecisionTakenByTheTask(String activityId, String decisionKey) {
            HistoricDecisionInstance decision = historyService.createHistoricDecisionInstanceQuery()
                    .processInstanceId(id()).decisionDefinitionKey(decisionKey).singleResult();
            assertThat(decision).as("decision %s in the history of the journey", decisionKey).isNotNull();
            assertThat(decision.getActivityId()).isEqualTo(activityId);
            assertThat(repositoryService.getProcessDefinition(decision.getProcessDefinitionId()).getVersionTag())
                    .as("taken on version 2").isEqualTo("2");
        }

        /**
         * The decision was taken in this journey on the earlier version, by the bean as the task's delegate
         * (the engine links that evaluation to the execution too: it is the definition that tells them apart).
         */
        void assertDecisionTakenOnTheEarlierVersion(String activityId, String decisionKey) {
            HistoricDecisionInstance decision = historyService.createHistoricDecisionInstanceQuery()
                    .processInstanceId(id()).decisionDefinitionKey(decisionKey).singleResult();
            assertThat(decision).as("decision %s in the history of the journey", decisionKey).isNotNull();
            assertThat(decision.getActivityId()).isEqualTo(activityId);
            assertThat(decision.getProcessDefinitionId()).isEqualTo(instance.getProcessDefinitionId());
        }

        ProcessDefinition aFewDaysLaterTheCurrentVersionIsDeployed() {
            ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(WAITED_BEFORE_MIGRATION)));
            repositoryService.createDeployment().name(phase.key).addClasspathResource(phase.currentModel()).deploy();
            ProcessDefinition current = repositoryService.createProcessDefinitionQuery().processDefinitionKey(phase.key)
                    .latestVersion().singleResult();
            assertThat(current.getVersionTag()).isEqualTo("2");
            return current;
        }

        /** The plan for this journey's version in the report of its phase. */
        ModelMigrations.VersionPlan versionPlan(List<ModelMigrations.Report> reports) {
            ModelMigrations.Report report = reports.stream()
                    .filter(candidate -> candidate.processDefinitionKey().equals(phase.key)).findFirst().orElseThrow();
            assertThat(report.targetDeployed()).isTrue();
            return report.versions().stream()
                    .filter(version -> version.sourceDefinitionId().equals(instance.getProcessDefinitionId()))
                    .findFirst().orElseThrow(() -> new AssertionError("No plan for the journey's version in " + report));
        }

        /**
         * Runs the migration batch as the job executor would: the seed job, the migration jobs, the monitor
         * job (a migration job that failed would throw here).
         */
        void runBatch(String batchId) {
            assertThat(batchId).as("a migration batch was started").isNotNull();
            Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
            assertThat(batch.getType()).isEqualTo(Batch.TYPE_PROCESS_INSTANCE_MIGRATION);
            runAll(batch.getSeedJobDefinitionId());
            runAll(batch.getBatchJobDefinitionId());
            runAll(batch.getMonitorJobDefinitionId());
            assertThat(managementService.createBatchQuery().batchId(batchId).count()).as("batch finished").isZero();
        }

        private static void runAll(String jobDefinitionId) {
            List<Job> jobs = managementService.createJobQuery().jobDefinitionId(jobDefinitionId).list();
            assertThat(jobs).as("jobs of %s", jobDefinitionId).isNotEmpty();
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }

        Snapshot snapshot() {
            return new Snapshot(definition().getId(), waitingAt(), tasks(), jobs(), subscriptions(), variables(),
                    incidents(), history(), decisions());
        }

        List<TaskState> tasks() {
            return taskService.createTaskQuery().processInstanceId(id()).initializeFormKeys().orderByTaskId().asc().list()
                    .stream().map(task -> new TaskState(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                            task.getFormKey(), task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey(),
                            task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getBinding(),
                            task.getDueDate(), candidateGroups(task), task.getExecutionId()))
                    .toList();
        }

        private static List<String> candidateGroups(Task task) {
            return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                    .filter(group -> group != null).sorted().toList();
        }

        List<JobState> jobs() {
            return managementService.createJobQuery().processInstanceId(id()).orderByJobId().asc().list().stream()
                    .map(job -> new JobState(job.getId(), activityOf(job), job.getDuedate(), job.getRetries(),
                            job.getExecutionId()))
                    .toList();
        }

        /** The activity of a job, as its job definition names it (the timer, or the activity continued). */
        private static String activityOf(Job job) {
            return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                    .getActivityId();
        }

        List<SubscriptionState> subscriptions() {
            return runtimeService.createEventSubscriptionQuery().processInstanceId(id()).orderByCreated().asc().list()
                    .stream().map((EventSubscription subscription) -> new SubscriptionState(subscription.getId(),
                            subscription.getEventType(), subscription.getEventName(), subscription.getActivityId(),
                            subscription.getExecutionId()))
                    .sorted((a, b) -> a.id().compareTo(b.id())).toList();
        }

        List<VariableState> variables() {
            return runtimeService.createVariableInstanceQuery().processInstanceIdIn(id()).list().stream()
                    .map((VariableInstance variable) -> new VariableState(variable.getName(), variable.getTypeName(),
                            String.valueOf(variable.getValue()), variable.getExecutionId()))
                    .sorted((a, b) -> (a.name() + a.executionId()).compareTo(b.name() + b.executionId())).toList();
        }

        List<IncidentState> incidents() {
            return runtimeService.createIncidentQuery().processInstanceId(id()).orderByIncidentId().asc().list().stream()
                    .map(incident -> new IncidentState(incident.getId(), incident.getIncidentType(),
                            incident.getActivityId(), incident.getConfiguration(), incident.getIncidentMessage()))
                    .toList();
        }

        List<DecisionState> decisions() {
            return historyService.createHistoricDecisionInstanceQuery().processInstanceId(id()).list().stream()
                    .map(decision -> new DecisionState(decision.getId(), decision.getDecisionDefinitionKey(),
                            decision.getActivityId(), decision.getEvaluationTime()))
                    .sorted((a, b) -> a.id().compareTo(b.id())).toList();
        }

        List<HistoryState> history() {
            return historyService.createHistoricActivityInstanceQuery().processInstanceId(id()).list().stream()
                    .map((HistoricActivityInstance activity) -> new HistoryState(activity.getId(),
                            activity.getActivityId(), activity.getStartTime(), activity.getEndTime()))
                    .sorted((a, b) -> a.id().compareTo(b.id())).toList();
        }

        void assertEverythingRunningIsOn(ProcessDefinition current) {
            assertThat(taskService.createTaskQuery().processInstanceId(id()).list())
                    .allSatisfy(task -> assertThat(task.getProcessDefinitionId()).isEqualTo(current.getId()));
            assertThat(managementService.createJobQuery().processInstanceId(id()).list())
                    .allSatisfy(job -> assertThat(job.getProcessDefinitionId()).isEqualTo(current.getId()));
        }

        /**
         * Each open task refers to its form as version 2 of the model does (formRef, binding latest), and
         * the reference resolves to the deployed form of that key: Tasklist can show it and submit it.
         */
        void assertEveryTaskHasItsDeployedForm(ProcessDefinition current) {
            var model = repositoryService.getBpmnModelInstance(current.getId());
            for (TaskState task : tasks()) {
                UserTask modelled = model.getModelElementById(task.key());
                assertThat(task.formRef()).as("form of %s", task.key()).isNotNull()
                        .isEqualTo(modelled.getCamundaFormRef());
                assertThat(task.formRefBinding()).isEqualTo(modelled.getCamundaFormRefBinding()).isEqualTo("latest");
                try (InputStream form = formService.getDeployedTaskForm(task.id())) {
                    assertThat(new ObjectMapper().readTree(form).path("id").asText()).isEqualTo(task.formRef());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        /** Everything that happened after the migration happened on version 2. */
        void assertWentOnOn(ProcessDefinition current, List<HistoryState> before) {
            if (running()) {
                assertThat(definition().getId()).isEqualTo(current.getId());
                assertEverythingRunningIsOn(current);
                assertEveryTaskHasItsDeployedForm(current);
            }
            Set<String> earlier = new HashSet<>();
            before.forEach(activity -> earlier.add(activity.id()));
            List<HistoricActivityInstance> since = historyService.createHistoricActivityInstanceQuery()
                    .processInstanceId(id()).list().stream().filter(activity -> !earlier.contains(activity.getId()))
                    .toList();
            assertThat(since).as("activities after the migration").isNotEmpty()
                    .allSatisfy(activity -> assertThat(activity.getProcessDefinitionId()).as(activity.getActivityId())
                            .isEqualTo(current.getId()));
            Map<String, Date> ended = new HashMap<>();
            before.stream().filter(activity -> activity.end() != null).forEach(activity -> ended.put(activity.id(), activity.end()));
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(id()).list().stream()
                    .filter(activity -> ended.containsKey(activity.getId())).count())
                    .as("the earlier history still there").isEqualTo(ended.size());
        }
    }
}
