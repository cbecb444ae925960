package fi.polku.supplement;

import static fi.polku.support.DecisionTaskAssertions.decisionTaken;
import static fi.polku.support.DecisionTaskAssertions.neverStored;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fi.polku.journey.JourneyCalendar;
import fi.polku.support.ProcessTestEngine;
import fi.polku.tasklist.TaskSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code supplement-application.bpmn}: eligible and accepted then paid, not eligible
 * and rejected, information asked and given or never given, a decision returned by the approver,
 * the preparer refused as approver (four eyes), a cancellation, an employment that ended early with
 * more to pay or nothing more. The form listeners and both decision tables are real; the domain
 * records and the payment steps are mocks.
 */
@Deployment(resources = {"processes/supplement-application.bpmn", "processes/helsinki-supplement-eligibility.dmn",
        "processes/supplement-amount.dmn"})
class SupplementApplicationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestEngine.fullCoverage();

    private static final LocalDate START = LocalDate.of(2027, 3, 1);

    private final UUID applicationId = UUID.randomUUID();
    private final SupplementApplicationRecords records = mock(SupplementApplicationRecords.class);
    private final IdentityService identity = mock(IdentityService.class);
    private final List<String> notifications = new ArrayList<>();
    private boolean granted;
    private boolean moreToPay;
    private String preparer;
    private ProcessEngine engine;

    @BeforeEach
    void setUp(ProcessEngine engine) {
        this.engine = engine;
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(JourneyCalendar.morningOf(LocalDate.of(2027, 4, 2)));
        facts(OrganisationType.COMPANY, "Helsinki", new BigDecimal("37.5"));
        when(records.handling(applicationId)).thenAnswer(call -> handling());
        TaskSummary summary = new TaskSummary(new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
        Mocks.register("registerTasklistSupplementApplication", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> { });
        Mocks.register("checkSupplementEligibility", new CheckSupplementEligibilityListener(records));
        Mocks.register("computeSupplementAmount", new ComputeSupplementAmountListener(records,
                new SupplementProperties(new BigDecimal("300000"), 10)));
        Mocks.register("supplementApplication", new SupplementApplicationSteps(records));
        Mocks.register("showSupplementApplication", new ShowSupplementApplicationListener(records, summary));
        Mocks.register("recordApplicationCheck", new RecordApplicationCheckListener(records, identity));
        Mocks.register("recordPreparedDecision", new RecordPreparedDecisionListener(records, identity));
        Mocks.register("fourEyes", new FourEyesListener(records, identity));
        Mocks.register("notifyEmployer", (JavaDelegate) execution ->
                notifications.add((String) execution.getVariableLocal("notification")));
        Mocks.register("recordSupplementDecision", (JavaDelegate) execution ->
                execution.setVariable(RecordSupplementDecisionDelegate.GRANTED, granted));
        Mocks.register("recordSecondInstalment", (JavaDelegate) execution -> notifications.add("SECOND_INSTALMENT"));
        Mocks.register("recomputeSupplement", (JavaDelegate) execution ->
                execution.setVariable(RecomputeSupplementDelegate.MORE_TO_PAY, moreToPay));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private void facts(OrganisationType type, String municipality, BigDecimal hours) {
        when(records.facts(applicationId)).thenReturn(new SupplementApplicationRecords.Facts(applicationId, "Koodipaja Oy",
                "2837465-3", type, ApplicantLanguage.SV, "kalle@koodipaja.example", "FI4950009420028730",
                new BigDecimal("12000.00"), null, municipality, START, null, hours, new BigDecimal("2800.00"),
                "Junior developer", false, START, START.plusMonths(6).minusDays(1),
                OffsetDateTime.of(2027, 4, 1, 9, 0, 0, 0, ZoneOffset.UTC)));
    }

    /** The paper application as Tasklist's start form submits it: the API's shape, as JSON text. */
    private static String paperApplication(String iban) {
        return """
                {"employerApplicationId": "PAPER-2027-0042", "language": "fi",
                 "employer": {"businessId": "0112038-9", "name": " Paperipaja Oy ", "organisationType": "COMPANY",
                   "contactPerson": "Pia Paperi", "email": "pia@paperipaja.example", "phone": "", "iban": "%s"},
                 "deMinimis": {"currentYearEur": 0, "previousYearEur": 5000, "yearBeforeEur": 0},
                 "employee": {"firstName": "Aino", "lastName": "Paperinen", "birthDate": "1998-04-12",
                   "homeMunicipality": "Helsinki", "journeyId": ""},
                 "employment": {"startDate": "2027-03-01", "hoursPerWeek": 37.5, "monthlyPayEur": 2800,
                   "collectiveAgreement": "ICT", "jobTitle": "Junior developer", "paySubsidised": false},
                 "period": {"startDate": "2027-03-01", "endDate": "2027-08-31"}}""".formatted(iban);
    }

    private SupplementIntake tasklistStart() {
        SupplementIntake intake = mock(SupplementIntake.class);
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        Mocks.register("registerTasklistSupplementApplication", new RegisterTasklistSupplementApplicationListener(intake,
                new fi.polku.api.RequestValidation(mapper, jakarta.validation.Validation.buildDefaultValidatorFactory()
                        .getValidator()), identity, mapper, new fi.polku.language.Messages(mapper)));
        return intake;
    }

    private String definitionId() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(SupplementProcess.KEY)
                .singleResult().getId();
    }

    @Test
    void aHandlersPaperApplicationFromTheStartFormIsReceivedByTheIntakeAndNamesTheInstance() {
        SupplementIntake intake = tasklistStart();
        when(intake.receiveStarted(any(), eq("handler"))).thenReturn(applicationId);
        as("handler");

        ProcessInstance instance = engine.getFormService().submitStartForm(definitionId(),
                Map.of("intake", paperApplication("FI4950009420028730")));

        Assertions.assertThat(instance.getBusinessKey()).isEqualTo(applicationId.toString());
        assertThat(instance).isWaitingAt("Task_CheckEligibility").variables()
                .containsEntry(SupplementProcess.APPLICATION_ID, applicationId.toString())
                .containsEntry(SupplementProcess.DISPLAY_NAME, "Paperipaja Oy").doesNotContainKey("intake");
        verify(intake).receiveStarted(org.mockito.ArgumentMatchers.argThat(application ->
                application.employee().journeyId() == null && application.employer().phone() == null
                        && application.employment().endDate() == null), eq("handler"));
        execute(job());
        check(instance);
    }

    @Test
    void aStartFormThatBreaksTheApisRulesStartsNothingAndNamesTheFieldAsTheFormDoes() {
        SupplementIntake intake = tasklistStart();
        as("handler");

        Assertions.assertThatThrownBy(() -> engine.getFormService().submitStartForm(definitionId(),
                        Map.of("intake", paperApplication("FI4950009420028731"))))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Employer: Bank account (IBAN) (employer.iban)");
        // A person's start without the form's object is refused too (the API's intake starts without a user).
        Assertions.assertThatThrownBy(() -> engine.getFormService().submitStartForm(definitionId(),
                        Map.of(SupplementProcess.APPLICATION_ID, applicationId.toString())))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("intake");
        verify(intake, never()).receiveStarted(any(), any());
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    /** What the records hold: the tables' terms once recorded, the preparer once prepared. */
    private SupplementApplicationRecords.Handling handling() {
        return new SupplementApplicationRecords.Handling(true, "Meets", 50, 1500, 12, 6, new BigDecimal("1400.00"), 6,
                new BigDecimal("8400.00"), false, "ACCEPT", new BigDecimal("1400.00"), 6, new BigDecimal("8400.00"), null,
                "Myönnetään", preparer, null, null);
    }

    private void as(String user) {
        when(identity.getCurrentAuthentication()).thenReturn(new Authentication(user, List.of("supplement-handlers")));
    }

    private ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(SupplementProcess.KEY, applicationId.toString(),
                Map.of(SupplementProcess.APPLICATION_ID, applicationId.toString(), SupplementProcess.DISPLAY_NAME, "Koodipaja Oy"));
        assertThat(instance).isWaitingAt("Task_CheckEligibility");
        execute(job());
        return instance;
    }

    private Task open(String key) {
        return taskQuery().taskDefinitionKey(key).singleResult();
    }

    private void check(ProcessInstance instance) {
        assertThat(instance).isWaitingAt("Task_CheckApplication");
        Task check = open("Task_CheckApplication");
        assertThat(check).hasCandidateGroup("supplement-handlers");
        Assertions.assertThat(check.getDueDate()).isEqualTo(new java.util.Date(ClockUtil.getCurrentTime().getTime()
                + 14L * 24 * 3600 * 1000));
        as("handler");
        complete(check, withVariables("checkOutcome", "COMPLETE"));
    }

    private void prepare(String user, Map<String, Object> decision) {
        Task prepare = open("Task_PrepareDecision");
        assertThat(prepare).hasCandidateGroup("supplement-handlers");
        as(user);
        // The records hold the preparer as soon as the form is recorded, before the approval task exists.
        String before = preparer;
        preparer = user;
        try {
            complete(prepare, decision);
        } catch (RuntimeException refused) {
            preparer = before;
            throw refused;
        }
    }

    private static Map<String, Object> accept() {
        return withVariables("proposedDecision", "ACCEPT", "monthlyAmountEur", 1400.0, "supplementMonths", 6,
                "decisionText", "Myönnetään Helsinki-lisä.");
    }

    private void approve(String user, Map<String, Object> approval) {
        as(user);
        complete(open("Task_ApproveDecision"), approval);
    }

    private static Map<String, Object> approved() {
        return withVariables("approval", "APPROVE", "caseNumber", "HEL 2027-000042");
    }

    @Test
    void anEligibleApplicationIsAcceptedByTwoHandlersAndPaidInTwoInstalments() {
        ProcessInstance instance = start();
        Assertions.assertThat(decisionTaken(instance, "Task_CheckEligibility", "helsinki-supplement-eligibility")
                .getOutputs()).anySatisfy(output -> {
                    Assertions.assertThat(output.getVariableName()).isEqualTo("eligible");
                    Assertions.assertThat(output.getValue()).isEqualTo(true);
                });
        verify(records).recordEligibility(applicationId, true, "Meets the Helsinki supplement terms of 2026", 50, 1500, 12);
        decisionTaken(instance, "Task_ComputeAmount", "supplement-amount");
        verify(records).recordAmount(applicationId, 6, new BigDecimal("1400.00"), 6, new BigDecimal("8400.00"), false);
        neverStored(instance, "employerType", "municipality", "monthsSinceStart", "monthlyPayEur", "monthsApplied");
        verify(records).setStatus(applicationId, SupplementStatus.HANDLING);

        check(instance);
        verify(records).recordCheck(applicationId, "handler");
        prepare("handler", accept());
        verify(records).recordPrepared(applicationId, "ACCEPT", new BigDecimal("1400.00"), 6, new BigDecimal("8400.00"),
                null, "Myönnetään Helsinki-lisä.", "handler");
        assertThat(instance).isWaitingAt("Task_ApproveDecision");
        approve("handler2", approved());
        verify(records).recordApproval(applicationId, "handler2", "HEL 2027-000042");

        granted = true;
        assertThat(instance).isWaitingAt("Task_RecordDecision");
        execute(job());
        execute(job());
        Assertions.assertThat(notifications).containsExactly(NotifyEmployerDelegate.DECIDED);
        assertThat(instance).isWaitingAt("Task_WaitForRealisedPay");

        runtimeService().correlateMessage(SupplementEventType.PAY_REALISED.messageName(), applicationId.toString());
        execute(job());
        Assertions.assertThat(notifications).endsWith("SECOND_INSTALMENT");
        assertThat(instance).isEnded().hasPassed("EndEvent_SupplementPaid");
    }

    @Test
    void theApproverMayNotBeThePreparerAndTheEngineKeepsThemOffTheTask() {
        ProcessInstance instance = start();
        check(instance);
        prepare("handler", accept());
        Task approval = open("Task_ApproveDecision");
        Authorization revoke = engine.getAuthorizationService().createAuthorizationQuery().userIdIn("handler")
                .resourceType(Resources.TASK).resourceId(approval.getId()).singleResult();
        Assertions.assertThat(revoke.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_REVOKE);
        Assertions.assertThat(revoke.isPermissionRevoked(TaskPermissions.TASK_WORK)).isTrue();
        Assertions.assertThat(revoke.isPermissionRevoked(Permissions.READ)).isTrue();

        // An administrator is not bound by authorizations: the completion itself refuses the preparer.
        as("handler");
        Assertions.assertThatThrownBy(() -> complete(approval, approved()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("prepared the decision");
        assertThat(instance).isWaitingAt("Task_ApproveDecision");
        verify(records, never()).recordApproval(eq(applicationId), any(), any());
    }

    @Test
    void aReturnedDecisionIsPreparedAgainAndApprovedByTheOther() {
        ProcessInstance instance = start();
        check(instance);
        prepare("handler", accept());
        approve("handler2", withVariables("approval", "RETURN", "returnNote", "Check the months"));
        verify(records).recordReturn(applicationId, "Check the months");
        assertThat(instance).isWaitingAt("Task_PrepareDecision");

        prepare("handler2", accept());
        approve("handler", approved());
        verify(records).recordApproval(applicationId, "handler", "HEL 2027-000042");
        assertThat(instance).isWaitingAt("Task_RecordDecision");
    }

    @Test
    void anIneligibleApplicationAskedForInformationIsRejected() {
        facts(OrganisationType.PUBLIC_BODY, "Helsinki", new BigDecimal("37.5"));
        ProcessInstance instance = start();
        verify(records).recordEligibility(eq(applicationId), eq(false), any(), isNull(), isNull(), isNull());
        Assertions.assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .processInstanceId(instance.getId()).decisionDefinitionKey("supplement-amount").count()).isZero();

        as("handler");
        complete(open("Task_CheckApplication"), withVariables("checkOutcome", "INFO_MISSING",
                "infoRequest", "Send the employment contract"));
        verify(records).requestInformation(applicationId, "Send the employment contract", "handler");
        assertThat(instance).isWaitingAt("Task_RequestInformation");
        execute(job());
        verify(records).setStatus(applicationId, SupplementStatus.INFO_REQUESTED);
        Assertions.assertThat(notifications).containsExactly(NotifyEmployerDelegate.INFO_REQUESTED);
        assertThat(instance).isWaitingAt("Task_WaitForInformation");

        runtimeService().correlateMessage(SupplementEventType.SUPPLEMENT_INFO_PROVIDED.messageName(),
                applicationId.toString());
        check(instance);
        prepare("handler", withVariables("proposedDecision", "REJECT", "rejectionReason", "NOT_ELIGIBLE",
                "decisionText", "Julkisyhteisö ei voi saada Helsinki-lisää."));
        verify(records).recordPrepared(applicationId, "REJECT", null, null, null, "NOT_ELIGIBLE",
                "Julkisyhteisö ei voi saada Helsinki-lisää.", "handler");
        approve("handler2", approved());
        granted = false;
        execute(job());
        execute(job());
        assertThat(instance).isEnded().hasPassed("EndEvent_ApplicationRejected");
    }

    @Test
    void anEmployerThatDoesNotAnswerIn30DaysIsRejected() {
        ProcessInstance instance = start();
        as("handler");
        complete(open("Task_CheckApplication"), withVariables("checkOutcome", "INFO_MISSING", "infoRequest", "Pay slips"));
        execute(job());
        assertThat(instance).isWaitingAt("Task_WaitForInformation");
        Assertions.assertThat(job().getDuedate()).isEqualTo(new java.util.Date(ClockUtil.getCurrentTime().getTime()
                + 30L * 24 * 3600 * 1000));
        execute(job());
        verify(records).rejectForNoResponse(applicationId);
        assertThat(instance).hasPassed("EndEvent_RejectedForNoResponse").isWaitingAt("Task_RecordDecision");
        granted = false;
        execute(job());
        execute(job());
        assertThat(instance).isEnded().hasPassed("EndEvent_ApplicationRejected");
    }

    @Test
    void aCancelledApplicationEndsBeforeADecision() {
        ProcessInstance instance = start();
        runtimeService().correlateMessage(SupplementProcess.CANCELLED_MESSAGE, applicationId.toString());
        assertThat(instance).isEnded().hasPassed("EndEvent_ApplicationCancelled");
        Assertions.assertThat(notifications).isEmpty();
    }

    @Test
    void anEmploymentThatEndedEarlyIsRecomputedAndPaidOrSettled() {
        ProcessInstance instance = acceptedAndWaitingForPay();
        moreToPay = true;
        runtimeService().correlateMessage(SupplementEventType.EMPLOYMENT_ENDED.messageName(), applicationId.toString());
        execute(job());
        assertThat(instance).hasPassed("Task_RecomputeSupplement").isWaitingAt("Task_WaitForRealisedPay");

        moreToPay = false;
        runtimeService().correlateMessage(SupplementEventType.EMPLOYMENT_ENDED.messageName(), applicationId.toString());
        execute(job());
        assertThat(instance).isEnded().hasPassed("EndEvent_SupplementSettled");
    }

    private ProcessInstance acceptedAndWaitingForPay() {
        ProcessInstance instance = start();
        check(instance);
        prepare("handler", accept());
        approve("handler2", approved());
        granted = true;
        execute(job());
        execute(job());
        assertThat(instance).isWaitingAt("Task_WaitForRealisedPay");
        return instance;
    }
}
