package fi.polku.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.dto.runtime.StartProcessInstanceDto;
import org.camunda.bpm.engine.rest.dto.task.CompleteTaskDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.sub.repository.impl.ProcessDefinitionResourceImpl;
import org.camunda.bpm.engine.rest.sub.task.impl.TaskResourceImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

/**
 * The engine internals Polku relies on (package {@code fi.polku.engine}), each exercised against a
 * real in-memory engine: when an engine upgrade changes one of them, this test says which and what
 * Polku relied on. One nested class per adapter. {@link EngineStatistics} reads PostgreSQL tables
 * and is checked by {@code EngineStatisticsIT}.
 */
class EngineInternalsTest {

    private static final String COACHES = "job-coaches";
    private static final String EXCLUDED = "secret";
    /** The task-local variable the test's built-in listener sets at every task's creation. */
    private static final String LABEL = "labelledByBuiltInListener";
    private static final String COMPLETED = "completedSeenByBuiltInListener";

    private static ProcessEngine engine;
    private static ProcessEngineConfigurationImpl configuration;
    private static RepositoryService repositoryService;
    private static RuntimeService runtimeService;
    private static TaskService taskService;
    private static FormService formService;
    private static HistoryService historyService;
    private static IdentityService identityService;
    private static AuthorizationService authorizationService;

    @BeforeAll
    static void buildEngine() {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        // Its own name and database: other test classes' engines are never touched.
        config.setProcessEngineName("engine-internals-test");
        config.setJdbcUrl("jdbc:h2:mem:engine-internals-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        config.setJobExecutorActivate(false);
        config.setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL);
        // As in Polku: the engine checks authorizations whenever a user is authenticated.
        config.setAuthorizationEnabled(true);
        // Polku's group ids (job-coaches), as application.yaml allows them.
        config.setGeneralResourceWhitelistPattern("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*");
        config.getProcessEnginePlugins().add(new BuiltInTaskListeners(List.of(
                (EveryUserTaskCreateListener) task -> task.setVariableLocal(LABEL, task.getTaskDefinitionKey())),
                List.of((EveryUserTaskCompleteListener) task -> task.getExecution().setVariable(COMPLETED,
                        task.getTaskDefinitionKey()))));
        config.getProcessEnginePlugins().add(new FilteredHistory(List.of(EXCLUDED::equals)));
        configuration = config;
        engine = config.buildProcessEngine();
        repositoryService = engine.getRepositoryService();
        runtimeService = engine.getRuntimeService();
        taskService = engine.getTaskService();
        formService = engine.getFormService();
        historyService = engine.getHistoryService();
        identityService = engine.getIdentityService();
        authorizationService = engine.getAuthorizationService();

        Group coaches = identityService.newGroup(COACHES);
        identityService.saveGroup(coaches);
        User anna = identityService.newUser("anna");
        anna.setPassword("anna-password");
        identityService.saveUser(anna);
        identityService.createMembership("anna", COACHES);
    }

    @AfterAll
    static void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @AfterEach
    void resetEngineState() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    private static String deploy(BpmnModelInstance model) {
        String key = model.getModelElementsByType(Process.class).iterator().next()
                .getId();
        repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
        return key;
    }

    /** A process with one user task, for candidates of the group. */
    private static String oneTaskProcess(String key) {
        return deploy(Bpmn.createExecutableProcess(key).startEvent().userTask("Task_Work")
                .camundaCandidateGroups(COACHES).endEvent().done());
    }

    @Nested
    class EngineClockTest {

        @Test
        void followsTheClockThatProcessTestsMoveAndResets() {
            String key = oneTaskProcess("clock");
            Instant moved = Instant.parse("2031-02-03T04:05:06Z");

            ClockUtil.setCurrentTime(Date.from(moved));
            assertThat(EngineClock.now())
                    .as("Polku's dates (today in Helsinki, overdue tasks) read the clock process tests move")
                    .isEqualTo(moved);
            runtimeService.startProcessInstanceByKey(key);
            assertThat(taskService.createTaskQuery().processDefinitionKey(key).singleResult().getCreateTime().toInstant())
                    .as("the engine's own dates (task creation, due dates, timers) follow the same clock as EngineClock")
                    .isEqualTo(moved);

            ClockUtil.reset();
            assertThat(EngineClock.now()).as("after ClockUtil.reset() EngineClock is the real time again")
                    .isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
        }

        @Test
        void movesTheEnginesClockAndResetsIt() {
            String key = oneTaskProcess("clock-moved");
            Instant past = Instant.parse("2025-03-04T08:00:00Z");

            EngineClock.moveTo(past);
            assertThat(ClockUtil.getCurrentTime().toInstant()).as("the engine's clock is the one EngineClock moves")
                    .isEqualTo(past);
            runtimeService.startProcessInstanceByKey(key);
            assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(key).singleResult()
                    .getStartTime().toInstant()).as("the history records the moved time").isEqualTo(past);

            EngineClock.reset();
            assertThat(ClockUtil.getCurrentTime().toInstant()).as("EngineClock.reset() gives the engine the real time")
                    .isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
        }
    }

    @Nested
    class EngineUserTest {

        @Test
        void currentIsWhatTheIdentityServiceWasGiven() {
            identityService.setAuthentication("anna", List.of(COACHES, "team-leads"));
            assertThat(EngineUser.current(identityService))
                    .as("EngineUser.current reads the user and groups of identityService.setAuthentication")
                    .contains(new EngineUser("anna", List.of(COACHES, "team-leads")));

            identityService.setAuthentication("anna", null);
            assertThat(EngineUser.current(identityService).orElseThrow().groupIds())
                    .as("an authentication without groups gives an empty list, never null").isEmpty();

            identityService.clearAuthentication();
            assertThat(EngineUser.current(identityService))
                    .as("without an authentication no user acts (a process step, not a person)").isEmpty();
        }

        @Test
        void callAsRunsWithTheUsersAuthorizationsAndRestoresThePreviousUser() {
            Task task = taskService.newTask();
            task.setName("For job coaches only");
            taskService.saveTask(task);
            // With authorizations enabled the engine grants a candidate group READ on the task.
            taskService.addCandidateGroup(task.getId(), COACHES);
            Supplier<Long> visible = () -> taskService.createTaskQuery().taskId(task.getId()).count();

            Authentication previous = new Authentication("previous-user", List.of("previous-group"));
            identityService.setAuthentication(previous);

            assertThat(EngineUser.callAs(identityService, new EngineUser("anna", List.of(COACHES)), visible))
                    .as("callAs(user) runs authorization-checked queries as that user: a coach sees the coaches' task")
                    .isEqualTo(1L);
            assertThat(EngineUser.callAs(identityService, new EngineUser("bob", List.of("team-leads")), visible))
                    .as("callAs(user) runs authorization-checked queries as that user: others do not see it")
                    .isZero();
            assertThat(EngineUser.callAs(identityService, null, () -> {
                assertThat(EngineUser.current(identityService)).as("callAs(null) runs as nobody").isEmpty();
                return visible.get();
            })).as("callAs(null) runs without any authorization check").isEqualTo(1L);
            assertThat(identityService.getCurrentAuthentication().getUserId())
                    .as("callAs restores the authentication that was set before").isEqualTo("previous-user");
            assertThat(identityService.getCurrentAuthentication().getGroupIds())
                    .as("callAs restores the previous authentication's groups").containsExactly("previous-group");

            assertThatThrownBy(() -> EngineUser.callAs(identityService, new EngineUser("anna", List.of(COACHES)), () -> {
                throw new IllegalStateException("refused");
            })).as("callAs lets the call's exception through").hasMessage("refused");
            assertThat(identityService.getCurrentAuthentication().getUserId())
                    .as("callAs restores the previous authentication also when the call throws").isEqualTo("previous-user");

            identityService.clearAuthentication();
            EngineUser.callAs(identityService, new EngineUser("anna", List.of(COACHES)), visible);
            assertThat(identityService.getCurrentAuthentication())
                    .as("callAs leaves no authentication behind where there was none").isNull();
        }
    }

    /** Refuses every submission it sees, as Polku's form listeners refuse a broken rule. */
    public static class RefusingListener implements ExecutionListener {
        static final String MESSAGE = "Field 'motivation' must be a whole number from 1 to 5";

        @Override
        public void notify(DelegateExecution execution) {
            throw FormFieldRefusal.of("motivation", MESSAGE);
        }
    }

    @Nested
    class FormFieldRefusalTest {

        private final ObjectMapper objectMapper = new ObjectMapper();

        @Test
        void isTheEnginesFormValidationException() {
            RuntimeException refusal = FormFieldRefusal.of("motivation", "Field 'motivation' is required");
            assertThat(refusal)
                    .as("FormFieldRefusal is the engine's own FormFieldValidationException, a ProcessEngineException")
                    .isInstanceOf(FormFieldValidationException.class).isInstanceOf(ProcessEngineException.class)
                    .hasMessage("Field 'motivation' is required");
        }

        /*
         * Engine REST 7.24 has no generic 400 for it: its ExceptionHandlerHelper answers any
         * ProcessEngineException that is not a BadUserRequestException (and not an authorization,
         * parse or migration one) with 500, this one included. The 400 comes from the resources
         * that submit forms, which catch FormFieldValidationException themselves:
         * TaskResourceImpl.complete and .submit (POST /task/{id}/complete, /submit-form) and
         * ProcessDefinitionResourceImpl.submitForm (POST /process-definition/.../submit-form).
         * Those are exactly where Polku's form listeners run (a task's end; the journey's start
         * form), so those are what is checked here, with engine REST's own classes on the real engine.
         */
        @Test
        void engineRestAnswersItWith400WhenATaskFormIsSubmittedOrTheTaskCompleted() {
            String key = deploy(Bpmn.createExecutableProcess("refusing-task").startEvent().userTask("Task_Form")
                    .camundaExecutionListenerClass(ExecutionListener.EVENTNAME_END, RefusingListener.class.getName())
                    .endEvent().done());
            runtimeService.startProcessInstanceByKey(key);
            String taskId = taskService.createTaskQuery().processDefinitionKey(key).singleResult().getId();
            TaskResourceImpl resource = new TaskResourceImpl(engine, taskId, "/engine-rest", objectMapper, false, false, false);

            CompleteTaskDto submission = new CompleteTaskDto();
            submission.setVariables(new HashMap<>());
            assertRefusedWith400(() -> resource.submit(submission), "POST /task/{id}/submit-form");
            assertRefusedWith400(() -> resource.complete(submission), "POST /task/{id}/complete");
            assertThat(taskService.createTaskQuery().taskId(taskId).count())
                    .as("a refused submission rolls back: the task stays open").isEqualTo(1);
        }

        @Test
        void engineRestAnswersItWith400WhenAStartFormIsSubmitted() {
            String key = deploy(Bpmn.createExecutableProcess("refusing-start").startEvent()
                    .camundaExecutionListenerClass(ExecutionListener.EVENTNAME_START, RefusingListener.class.getName())
                    .userTask("Task_Never").endEvent().done());
            String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                    .singleResult().getId();
            ProcessDefinitionResourceImpl resource = new ProcessDefinitionResourceImpl(engine, definitionId,
                    "/engine-rest", objectMapper);

            StartProcessInstanceDto submission = new StartProcessInstanceDto();
            submission.setVariables(new HashMap<>());
            assertRefusedWith400(() -> resource.submitForm(null, submission),
                    "POST /process-definition/{id}/submit-form");
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(key).count())
                    .as("a refused start form starts no process").isZero();
        }

        private void assertRefusedWith400(Runnable call, String endpoint) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(RestException.class, exception -> {
                assertThat(exception.getStatus().getStatusCode())
                        .as("engine REST answers a FormFieldRefusal at %s with 400 (any other exception: 500)", endpoint)
                        .isEqualTo(400);
                Response response = new RestExceptionHandler().toResponse(exception);
                assertThat(response.getStatus()).as("engine REST's exception mapper keeps the 400 at %s", endpoint)
                        .isEqualTo(400);
                assertThat(((ExceptionDto) response.getEntity()).getMessage())
                        .as("the answer at %s carries the refusal's message, which Tasklist shows", endpoint)
                        .endsWith(": " + RefusingListener.MESSAGE);
            });
        }
    }

    /** A model's own task listener, skipped when an administrator starts with "skip custom listeners". */
    public static class CustomTaskListener implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            task.setVariableLocal("customListenerRan", true);
        }
    }

    @Nested
    class BuiltInTaskListenersTest {

        @Test
        void callEveryListenerAsEveryUserTaskIsCreatedAlsoWhenCustomListenersAreSkipped() {
            String key = deploy(Bpmn.createExecutableProcess("labelled").startEvent().userTask("Task_Labelled")
                    .camundaTaskListenerClass(TaskListener.EVENTNAME_CREATE, CustomTaskListener.class.getName())
                    .endEvent().done());

            runtimeService.startProcessInstanceByKey(key);
            Task task = taskService.createTaskQuery().processDefinitionKey(key).singleResult();
            assertThat(taskService.getVariableLocal(task.getId(), LABEL))
                    .as("an EveryUserTaskCreateListener runs as each user task is created, with no line in the model")
                    .isEqualTo("Task_Labelled");

            String skipped = runtimeService.createProcessInstanceByKey(key).startBeforeActivity("Task_Labelled")
                    .execute(true, false).getId();
            Task started = taskService.createTaskQuery().processInstanceId(skipped).singleResult();
            assertThat(taskService.getVariableLocal(started.getId(), "customListenerRan"))
                    .as("precondition: skipCustomListeners skipped the model's own listener").isNull();
            assertThat(taskService.getVariableLocal(started.getId(), LABEL))
                    .as("a built-in task listener runs also when an administrator skips custom listeners")
                    .isEqualTo("Task_Labelled");
        }

        @Test
        void callEveryCompleteListenerAsAUserTaskIsCompletedNeverAsItIsCancelled() {
            String key = deploy(Bpmn.createExecutableProcess("completed").startEvent().userTask("Task_Completed")
                    .userTask("Task_Cancelled").endEvent().done());
            String instance = runtimeService.startProcessInstanceByKey(key).getId();

            taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
            assertThat(runtimeService.getVariable(instance, COMPLETED))
                    .as("an EveryUserTaskCompleteListener runs as each user task is completed").isEqualTo("Task_Completed");

            runtimeService.setVariable(instance, COMPLETED, "none");
            runtimeService.deleteProcessInstance(instance, "withdrawn");
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                    .variableName(COMPLETED).singleResult().getValue())
                    .as("a task cancelled with its instance is not completed").isEqualTo("none");
        }
    }

    @Nested
    class FilteredHistoryTest {

        @Test
        void excludedVariablesNeverReachTheHistoryOthersDo() {
            String key = deploy(Bpmn.createExecutableProcess("history").startEvent().userTask("Task_Form")
                    .userTask("Task_After").endEvent().done());
            String instanceId = runtimeService.startProcessInstanceByKey(key,
                    Map.of(EXCLUDED, "Virtanen, 120498-123A", "kept", "on track")).getId();

            assertThat(historicVariableNames(instanceId))
                    .as("a variable set at the start is recorded in the history unless a VariableHistoryExclusion excludes it")
                    .contains("kept").doesNotContain(EXCLUDED);

            Task form = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
            formService.submitTaskForm(form.getId(), Map.of(EXCLUDED, "submitted secret", "kept", "submitted"));
            List<String> formFields = historyService.createHistoricDetailQuery().processInstanceId(instanceId)
                    .formFields().list().stream().map(detail -> ((HistoricFormField) detail).getFieldId()).toList();
            assertThat(formFields).as("a submitted form's fields are recorded unless excluded (form property events)")
                    .contains("kept").doesNotContain(EXCLUDED);
            assertThat(variableUpdates(instanceId))
                    .as("variable updates are recorded in the history's details unless excluded")
                    .contains("kept").doesNotContain(EXCLUDED);
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                    .variableName("kept").singleResult().getValue())
                    .as("what is not excluded is recorded as usual, with its latest value").isEqualTo("submitted");

            runtimeService.removeVariable(instanceId, EXCLUDED);
            assertThat(runtimeService.getVariables(instanceId).containsKey(EXCLUDED)).as("precondition: the variable was removed")
                    .isFalse();
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                    .includeDeleted().variableName(EXCLUDED).count())
                    .as("a removed excluded variable leaves no last value in the history").isZero();
            assertThat(variableUpdates(instanceId)).as("removing an excluded variable records no detail")
                    .doesNotContain(EXCLUDED);
        }

        private List<String> historicVariableNames(String instanceId) {
            return historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId).includeDeleted()
                    .list().stream().map(HistoricVariableInstance::getName).toList();
        }

        private List<String> variableUpdates(String instanceId) {
            List<HistoricDetail> details = historyService.createHistoricDetailQuery().processInstanceId(instanceId)
                    .variableUpdates().list();
            return details.stream().map(detail -> ((HistoricVariableUpdate) detail).getVariableName()).toList();
        }
    }

    /** The model's create listener of the four-eyes test: keeps user "anna" off the task. */
    public static class RevokingListener implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            TaskWorkRevocation.revoke(task, "anna");
        }
    }

    @Nested
    class TaskWorkRevocationTest {

        @Test
        void aRevokedUserNeitherSeesNorClaimsNorCompletesTheTaskHerGroupWorks() {
            String key = deploy(Bpmn.createExecutableProcess("four-eyes").startEvent().userTask("Task_Approve")
                    .camundaCandidateGroups(COACHES)
                    .camundaTaskListenerClass(TaskListener.EVENTNAME_CREATE, RevokingListener.class.getName())
                    .endEvent().done());
            grantStart(key);
            // Started by a user who may not create authorizations: the revocation is written anyway.
            identityService.setAuthentication("anna", List.of(COACHES));
            runtimeService.startProcessInstanceByKey(key);
            identityService.clearAuthentication();
            Task task = taskService.createTaskQuery().processDefinitionKey(key).singleResult();

            identityService.setAuthentication("anna", List.of(COACHES));
            try {
                assertThat(taskService.createTaskQuery().processDefinitionKey(key).count())
                        .as("the user's REVOKE ranks above her group's grant: she does not see the task").isZero();
                assertThatThrownBy(() -> taskService.claim(task.getId(), "anna"))
                        .as("nor claims it").isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
                assertThatThrownBy(() -> taskService.complete(task.getId()))
                        .as("nor completes it").isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
                assertThatThrownBy(() -> authorizationService.saveAuthorization(
                        authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT)))
                        .as("the check is on again after the revocation: she may not write authorizations")
                        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
            } finally {
                identityService.clearAuthentication();
            }
            // This engine gives candidates its default task permission, UPDATE (Polku's gives TASK_WORK).
            assertThat(authorizationService.isUserAuthorized("bob", List.of(COACHES), Permissions.UPDATE, Resources.TASK,
                    task.getId())).as("the rest of the group works it").isTrue();
            assertThat(authorizationService.isUserAuthorized("anna", List.of(COACHES), Permissions.UPDATE, Resources.TASK,
                    task.getId())).as("she does not").isFalse();
        }

        private void grantStart(String key) {
            Authorization definition = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            definition.setGroupId(COACHES);
            definition.setResource(Resources.PROCESS_DEFINITION);
            definition.setResourceId(key);
            definition.addPermission(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE);
            definition.addPermission(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ);
            Authorization instances = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            instances.setGroupId(COACHES);
            instances.setResource(Resources.PROCESS_INSTANCE);
            instances.setResourceId(Authorization.ANY);
            instances.addPermission(Permissions.CREATE);
            authorizationService.saveAuthorization(definition);
            authorizationService.saveAuthorization(instances);
        }
    }

    @Nested
    class AuthorizationPermissionsTest {

        @Test
        void theMaskRoundTripsAndSetMaskReplacesThePermissions() {
            String group = "mask-test-group";
            int readAndUpdate = Permissions.READ.getValue() | Permissions.UPDATE.getValue();
            assertThat(readAndUpdate).as("Polku ORs Permission.getValue() into masks: READ is 2 and UPDATE is 4")
                    .isEqualTo(6);

            Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(Resources.PROCESS_DEFINITION);
            grant.setResourceId(Authorization.ANY);
            AuthorizationPermissions.setMask(grant, readAndUpdate);
            authorizationService.saveAuthorization(grant);

            Authorization saved = find(group);
            assertThat(AuthorizationPermissions.mask(saved)).as("the mask set is the mask saved and read back")
                    .isEqualTo(6);
            assertThat(authorizationService.isUserAuthorized("someone", List.of(group), Permissions.UPDATE,
                    Resources.PROCESS_DEFINITION, "any-process"))
                    .as("the engine enforces the permissions of the mask (UPDATE granted)").isTrue();

            AuthorizationPermissions.setMask(saved, Permissions.READ.getValue());
            authorizationService.saveAuthorization(saved);
            Authorization replaced = find(group);
            assertThat(AuthorizationPermissions.mask(replaced))
                    .as("setMask replaces the grant's permissions, it does not add to them").isEqualTo(2);
            assertThat(replaced.isPermissionGranted(Permissions.UPDATE)).as("a permission left out of the mask is withdrawn")
                    .isFalse();
            assertThat(authorizationService.isUserAuthorized("someone", List.of(group), Permissions.UPDATE,
                    Resources.PROCESS_DEFINITION, "any-process"))
                    .as("the engine no longer grants a permission setMask withdrew").isFalse();

            Authorization added = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            added.addPermission(Permissions.READ);
            added.addPermission(Permissions.UPDATE);
            assertThat(AuthorizationPermissions.mask(added))
                    .as("a grant built with addPermission has the mask Polku computes, so an unchanged grant is "
                            + "recognised and left alone").isEqualTo(readAndUpdate);
        }

        private Authorization find(String group) {
            return authorizationService.createAuthorizationQuery().groupIdIn(group)
                    .resourceType(Resources.PROCESS_DEFINITION).resourceId(Authorization.ANY).singleResult();
        }
    }

    @Nested
    class WebappSessionUserTest {

        @Test
        void readsTheUserAndGroupsOfTheWebappsSessionForTheEngine() {
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.setSession(new MockHttpSession());
            // As the webapps' login does: the authentication for the engine, in a renewed session.
            UserAuthentication login = AuthenticationUtil.createAuthentication(engine, "anna");
            AuthenticationUtil.revalidateSession(request, login);

            assertThat(WebappSessionUser.of(request, engine.getName()))
                    .as("the user signed in to the webapps, with their groups, is read from the session")
                    .isEqualTo(new EngineUser("anna", List.of(COACHES)));
            assertThat(WebappSessionUser.of(request, "another-engine"))
                    .as("a webapp session for another engine is no user of this one").isNull();
        }

        @Test
        void noSessionIsNoUser() {
            MockHttpServletRequest request = new MockHttpServletRequest();
            assertThat(WebappSessionUser.of(request, "default")).as("a request without a session has no webapp user")
                    .isNull();
            assertThat(request.getSession(false)).as("reading the user does not open a session").isNull();

            request.setSession(new MockHttpSession());
            assertThat(WebappSessionUser.of(request, "default"))
                    .as("a session in which nobody signed in to the webapps has no webapp user").isNull();
        }
    }

    @Nested
    class SafeHttpBasicAuthenticationProviderTest {

        private final SafeHttpBasicAuthenticationProvider provider = new SafeHttpBasicAuthenticationProvider();

        private MockHttpServletRequest basic(String user, String password) {
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            return request;
        }

        @Test
        void controlCharactersAreRefusedWithoutReachingTheIdentityService() {
            for (String[] credentials : new String[][] {{"an\u0000na", "anna-password"}, {"anna", "anna-password\u0000"},
                    {"anna\u001b[31m", "anna-password"}, {"anna", "anna\u007fpassword"}}) {
                ProcessEngine untouched = mock(ProcessEngine.class);
                AuthenticationResult result = provider.extractAuthenticatedUser(basic(credentials[0], credentials[1]),
                        untouched);
                assertThat(result.isAuthenticated())
                        .as("credentials with a control character are refused as simply wrong").isFalse();
                // Nothing asked of the engine: a NUL never reaches the identity query (on PostgreSQL a 500).
                verifyNoInteractions(untouched);
            }
        }

        @Test
        void aValidUserIsAuthenticatedAndAWrongPasswordIsNot() {
            AuthenticationResult valid = provider.extractAuthenticatedUser(basic("anna", "anna-password"), engine);
            assertThat(valid.isAuthenticated()).as("a user with the right password is authenticated").isTrue();
            assertThat(valid.getAuthenticatedUser()).as("as that user").isEqualTo("anna");
            assertThat(provider.extractAuthenticatedUser(basic("anna", "wrong"), engine).isAuthenticated())
                    .as("a wrong password is refused").isFalse();
        }
    }
}
