package fi.polku.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.period.WageSubsidyDecision;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.support.IntegrationTest;
import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what, as one table ({@link #MATRIX}): every endpoint of the integration API, the
 * operations endpoints, engine REST, the logins to the webapps and every user task of the models,
 * for a user of every group and for a caller without credentials. Each cell is one test case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationIT extends IntegrationTest {

    /**
     * Columns: the test user of each group (coord = coordinator of referral-coordinators, coach of
     * job-coaches, instr = instructor of social-instructors, couns = counsellor of study-counsellors,
     * empl = employer of employer-coordinators, lead of team-leads, swork = socialworker of social-workers,
     * wains = wainstructor of work-activity-instructors, mgr = manager of managers,
     * integ = integration of integrations, admin of camunda-admin, hand = handler of supplement-handlers) and anon,
     * a caller without
     * credentials.
     *
     * <p>{@code x} allowed, {@code -} refused. Refused is: on the integration API and metrics 403
     * with a problem naming the groups; on engine REST an empty list, or 403 for a single resource or
     * an action (404 when the caller may not even see the resource); a webapp login 403. For anon,
     * {@code -} is 401 (for a login: unknown credentials are 401).
     *
     * <p>TASK rows, one per user task of processes/*.bpmn, on an open task of that kind:
     * {@code w} sees it in the task list, reads its variables and form variables, claims and
     * completes it; {@code s} sees it in the list (where it stands) but reads none of its variables
     * and cannot claim or complete it (managers and team leads, for Cockpit's Human Tasks); {@code -}
     * none of these. Its process instance's variables are read only by the
     * {@code x} of the row "GET /engine-rest/process-instance/{instanceId}/variables" (they read
     * all journeys), its history only by the {@code x} of "GET /engine-rest/history/variable-instance".
     */
    static final String MATRIX = """
            endpoint                                                                       coord coach instr couns empl  lead  swork wains mgr   integ admin hand  anon
            # Integration API
            POST   /api/v1/referrals                                                       x     -     -     -     -     -     -     -     -     x     x     -     -
            POST   /api/v1/work-activity-referrals                                         -     -     -     -     -     -     x     -     -     x     x     -     -
            GET    /api/v1/referrals/{journeyId}                                           x     x     x     x     x     x     x     x     x     x     x     -     -
            POST   /api/v1/journeys/{journeyId}/events:REFERRAL_INFO_PROVIDED              x     -     -     -     -     -     -     -     -     x     x     -     -
            POST   /api/v1/journeys/{journeyId}/events:PLACE_AVAILABLE                     -     -     -     -     -     x     -     -     -     -     x     -     -
            POST   /api/v1/journeys/{journeyId}/events:WAGE_SUBSIDY_DECIDED                -     -     -     -     -     x     -     -     -     x     x     -     -
            POST   /api/v1/journeys/{journeyId}/events:EMPLOYMENT_FOUND                    -     x     -     -     -     x     -     -     -     x     x     -     -
            POST   /api/v1/journeys/{journeyId}/events:PERIOD_INTERRUPTED                  -     x     -     -     -     x     -     -     -     x     x     -     -
            POST   /api/v1/journeys/{journeyId}/events:PLACEMENT_CONFIRMED                 -     -     -     -     x     -     -     -     -     x     x     -     -
            POST   /api/v1/journeys/{journeyId}/events:PLACEMENT_CANCELLED                 -     -     -     -     x     -     -     -     -     x     x     -     -
            POST   /api/v1/journeys/{journeyId}/events:JOURNEY_WITHDRAWN                   -     -     -     -     -     x     -     -     -     x     x     -     -
            POST   /api/v1/journeys/{journeyId}/events:WORK_ACTIVITY_ENDED                 -     -     -     -     -     -     x     -     -     x     x     -     -
            POST   /api/v1/partner-companies                                               -     -     -     -     x     -     -     -     -     -     x     -     -
            PUT    /api/v1/partner-companies/{id}                                          -     -     -     -     x     -     -     -     -     -     x     -     -
            POST   /api/v1/partner-companies/{id}/pause                                    -     -     -     -     x     -     -     -     -     -     x     -     -
            POST   /api/v1/partner-companies/{id}/activate                                 -     -     -     -     x     -     -     -     -     -     x     -     -
            GET    /api/v1/partner-companies                                               x     x     x     x     x     x     x     x     x     -     x     -     -
            GET    /api/v1/partner-companies/{id}                                          x     x     x     x     x     x     x     x     x     -     x     -     -
            GET    /api/v1/reports/indicators                                              -     -     -     -     -     x     -     -     x     -     x     -     -
            GET    /api/v1/reports/ips-figures                                             -     -     -     -     -     x     -     -     x     -     x     -     -
            GET    /api/v1/dashboard/journeys                                              -     -     -     -     -     x     -     -     x     -     x     -     -
            GET    /api/v1/dashboard/journeys/{journeyId}                                  -     -     -     -     -     x     -     -     x     -     x     -     -
            DELETE /api/v1/participants/{participantId}                                    -     -     -     -     -     x     -     -     -     -     x     -     -
            GET    /api/v1/case-files/tasks/{taskId}                                       x     -     -     -     -     x     -     -     -     -     x     -     -
            POST   /api/v1/case-files/tasks/{taskId}/notes                                 x     -     -     -     -     x     -     -     -     -     x     -     -
            GET    /api/v1/case-files/texts                                                x     x     x     x     x     x     x     x     x     x     x     x     -
            GET    /api/v1/case-files/journeys/{journeyId}                                 -     -     -     -     -     x     -     -     -     -     x     -     -
            POST   /api/v1/case-files/journeys/{journeyId}/notes                           -     -     -     -     -     x     -     -     -     -     x     -     -
            GET    /api/v1/case-files/search                                               -     -     -     -     -     x     -     -     -     -     x     -     -
            GET    /api/v1/case-files/participants/{participantId}/access-log              -     -     -     -     -     x     -     -     -     -     x     -     -
            GET    /api/v1/case-files/participants/{participantId}/export                  -     -     -     -     -     x     -     -     -     -     x     -     -
            # of another group answers 404, as if it did not exist
            # The case file (README, "The case file"), beside the referral coordinators' task; a task
            GET    /api/v1/login-locks                                                     -     -     -     -     -     -     -     -     -     -     x     -     -
            DELETE /api/v1/login-locks                                                     -     -     -     -     -     -     -     -     -     -     x     -     -
            GET    /api/v1/model-migrations                                                -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /api/v1/model-migrations/{processDefinitionKey}/{toVersionTag}          -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /api/v1/supplement-applications                                         -     -     -     -     -     -     -     -     -     x     x     -     -
            GET    /api/v1/supplement-applications/{applicationId}                         -     -     -     -     -     -     -     -     -     x     x     x     -
            POST   /api/v1/supplement-applications/{applicationId}/cancellation            -     -     -     -     -     -     -     -     -     x     x     -     -
            POST   /api/v1/supplement-applications/{applicationId}/events:SUPPLEMENT_INFO_PROVIDED -     -     -     -     -     -     -     -     -     x     x     -     -
            POST   /api/v1/supplement-applications/{applicationId}/events:PAY_REALISED     -     -     -     -     -     -     -     -     -     x     x     -     -
            POST   /api/v1/supplement-applications/{applicationId}/events:EMPLOYMENT_ENDED -     -     -     -     -     -     -     -     -     x     x     -     -
            GET    /api/v1/supplement-payments/export                                      -     -     -     -     -     -     -     -     -     x     x     x     -
            GET    /api/v1/supplement-figures                                              -     -     -     -     -     -     -     -     x     -     x     x     -
            # Operations and the API description (the production profile closes the last two)
            GET    /actuator/health                                                        x     x     x     x     x     x     x     x     x     x     x     x     x
            GET    /actuator/info                                                          x     x     x     x     x     x     x     x     x     x     x     x     x
            GET    /actuator/metrics                                                       -     -     -     -     -     -     -     -     x     -     x     -     -
            GET    /v3/api-docs                                                            x     x     x     x     x     x     x     x     x     x     x     x     x
            GET    /swagger-ui.html                                                        x     x     x     x     x     x     x     x     x     x     x     x     x
            # Engine REST, on a journey whose referral waits for review by referral coordinators
            GET    /engine-rest/process-definition                                         x     x     x     x     x     x     x     x     x     -     x     x     -
            POST   /engine-rest/process-definition/key/participant-journey/submit-form     x     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/process-definition/key/supplement-application/submit-form  -     -     -     -     -     -     -     -     -     -     x     x     -
            GET    /engine-rest/task?processInstanceBusinessKey={journeyId}                x     -     -     -     -     x     -     -     x     -     x     -     -
            GET    /engine-rest/task/{taskId}/variables                                    x     -     -     -     -     -     -     -     -     -     x     -     -
            GET    /engine-rest/task/{taskId}/form-variables                               x     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/task/{taskId}/claim                                        x     -     -     -     -     -     -     -     -     -     x     -     -
            GET    /engine-rest/variable-instance?taskIdIn={taskId}                        x     -     -     -     -     x     -     -     -     -     x     -     -
            GET    /engine-rest/process-instance?businessKey={journeyId}                   -     -     -     -     -     x     -     -     x     -     x     -     -
            GET    /engine-rest/process-instance/{instanceId}/variables                    -     -     -     -     -     x     -     -     -     -     x     -     -
            POST   /engine-rest/process-instance/{instanceId}/variables                    -     -     -     -     -     -     -     -     -     -     x     -     -
            DELETE /engine-rest/process-instance/{anotherInstanceId}                       -     -     -     -     -     -     -     -     -     -     x     -     -
            GET    /engine-rest/history/process-instance?processInstanceId={instanceId}    -     -     -     -     -     x     -     -     x     -     x     -     -
            GET    /engine-rest/history/task?processInstanceId={instanceId}                -     -     -     -     -     x     -     -     x     -     x     -     -
            GET    /engine-rest/history/variable-instance?processInstanceId={instanceId}   -     -     -     -     -     x     -     -     -     -     x     -     -
            GET    /engine-rest/history/decision-instance?processInstanceId={instanceId}   -     -     -     -     -     x     -     -     -     -     x     -     -
            GET    /engine-rest/job?processInstanceId={timerInstanceId}                    -     -     -     -     -     x     -     -     x     -     x     -     -
            PUT    /engine-rest/job/{jobId}/retries                                        -     -     -     -     -     -     -     -     -     -     x     -     -
            GET    /engine-rest/deployment                                                 -     -     -     -     -     x     -     -     x     -     x     -     -
            POST   /engine-rest/deployment/create                                          -     -     -     -     -     -     -     -     -     -     x     -     -
            GET    /engine-rest/user?id=mallory                                            -     -     -     -     -     -     -     -     -     -     x     -     -
            GET    /engine-rest/authorization                                              -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/authorization/create                                       -     -     -     -     -     -     -     -     -     -     x     -     -
            # Engine REST writes beyond a task's form (on a fresh task of the referral coordinators where
            # a write would change it; x = past the authorization check, answered by the engine itself)
            POST   /engine-rest/task/{writeTaskId}/claim-for-a-colleague                   -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/task/{writeTaskId}/unclaim                                 x     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/task/{writeTaskId}/assignee                                -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/task/{writeTaskId}/delegate                                -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/task/{writeTaskId}/identity-links                          -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/task/{writeTaskId}/identity-links/delete                   -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /engine-rest/task/{writeTaskId}                                         -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /engine-rest/task/{writeTaskId}/variables/{name}                        -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/task/{writeTaskId}/variables                               -     -     -     -     -     -     -     -     -     -     x     -     -
            DELETE /engine-rest/task/{writeTaskId}/variables/{name}                        -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /engine-rest/task/{writeTaskId}/localVariables/{name}                   -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/task/{writeTaskId}/localVariables                          -     -     -     -     -     -     -     -     -     -     x     -     -
            DELETE /engine-rest/task/{writeTaskId}/localVariables/{name}                   -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/task/{writeTaskId}/comment/create                          -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/task/{writeTaskId}/attachment/create                       -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/task/{unknownId}/bpmnError                                 -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/task/{unknownId}/bpmnEscalation                            -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/task/create                                                -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/message                                                    -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/signal                                                     -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /engine-rest/process-instance/{anotherInstanceId}/suspended             -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/process-instance/{anotherInstanceId}/modification          -     -     -     -     -     -     -     -     -     -     x     -     -
            DELETE /engine-rest/process-instance/{anotherInstanceId}/comment               -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/process-instance/delete                                    -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /engine-rest/job/{cleanupJobId}/retries                                 -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /engine-rest/job/{cleanupJobId}/suspended                               -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /engine-rest/job/{cleanupJobId}/priority                                -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/job/{cleanupJobId}/execute                                 -     -     -     -     -     -     -     -     -     -     x     -     -
            DELETE /engine-rest/job/{anotherJobId}                                         -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/job/retries                                                -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /engine-rest/job-definition/{jobDefinitionId}/jobPriority               -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /engine-rest/job-definition/{jobDefinitionId}/suspended                 -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/history/cleanup                                            -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /engine-rest/batch/{unknownId}/suspended                                -     -     -     -     -     -     -     -     -     -     x     -     -
            DELETE /engine-rest/batch/{unknownId}                                          -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /engine-rest/external-task/{unknownId}/retries                          -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/external-task/fetchAndLock                                 -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /engine-rest/incident/{unknownId}/annotation                            -     -     -     -     -     -     -     -     -     -     x     -     -
            DELETE /engine-rest/deployment/{unknownId}                                     -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /engine-rest/filter/{unknownId}                                         -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/filter/create                                              -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /engine-rest/user/{unknownId}/profile                                   -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/user/{unknownId}/unlock                                    -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/group/create                                               -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /engine-rest/tenant/{unknownId}                                         -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /engine-rest/authorization/{unknownId}                                  -     -     -     -     -     -     -     -     -     -     x     -     -
            DELETE /engine-rest/authorization/{unknownId}                                  -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /engine-rest/identity/verify                                            -     -     -     -     -     -     -     -     -     -     x     -     -
            # The same through the webapps' engine API (Tasklist's and Cockpit's own session)
            PUT    /camunda/api/engine/engine/default/task/{writeTaskId}/variables/{name}  -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /camunda/api/engine/engine/default/task/{writeTaskId}/identity-links    -     -     -     -     -     -     -     -     -     -     x     -     -
            POST   /camunda/api/engine/engine/default/task/{writeTaskId}/comment/create    -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /camunda/api/engine/engine/default/job/{cleanupJobId}/retries           -     -     -     -     -     -     -     -     -     -     x     -     -
            PUT    /camunda/api/engine/engine/default/process-instance/{anotherInstanceId}/suspended -     -     -     -     -     -     -     -     -     -     x     -     -
            # Webapps: who may log in
            LOGIN  tasklist                                                                x     x     x     x     x     x     x     x     -     -     x     x     -
            LOGIN  cockpit                                                                 -     -     -     -     -     x     -     -     x     -     x     x     -
            LOGIN  admin                                                                   -     -     -     -     -     -     -     -     -     -     x     -     -
            LOGIN  welcome                                                                 x     x     x     x     x     x     x     x     x     -     x     x     -
            # User tasks
            TASK   referral/Task_ReviewReferral                                            w     -     -     -     -     s     -     -     s     -     w     -     -
            TASK   referral/Task_HoldSuitabilityInterview                                  -     w     -     -     -     s     -     -     s     -     w     -     -
            TASK   referral/Task_DecideOnWaitingParticipant                                -     -     -     -     -     w     -     -     s     -     w     -     -
            TASK   initial-assessment/Task_ReviewServiceNeed                               -     -     w     -     -     s     -     -     s     -     w     -     -
            TASK   initial-assessment/Task_RecordWorkAbility                               -     -     w     -     -     s     -     -     s     -     w     -     -
            TASK   initial-assessment/Task_RunDigitalSkillsTest                            -     w     -     -     -     s     -     -     s     -     w     -     -
            TASK   initial-assessment/Task_DiscussPathwayStudies                           -     -     -     w     -     s     -     -     s     -     w     -     -
            TASK   initial-assessment/Task_ArrangeWellbeingCheck                           -     -     w     -     -     s     -     -     s     -     w     -     -
            TASK   initial-assessment/Task_HoldCaseConference                              -     -     -     -     -     w     -     -     s     -     w     -     -
            TASK   initial-assessment/Task_ActOnOverdueAssessment                          -     -     -     -     -     w     -     -     s     -     w     -     -
            TASK   wage-subsidy-period/Task_RecordWageSubsidyDecision                      -     -     -     -     -     w     -     -     s     -     w     -     -
            TASK   wage-subsidy-period/Task_SignContractAndOnboard                         -     -     -     -     -     w     -     -     s     -     w     -     -
            TASK   wage-subsidy-period/Task_HoldSecondPathwayMeeting                       -     -     -     w     -     s     -     -     s     -     w     -     -
            TASK   wage-subsidy-period/Task_HoldMonthlyCheckIn                             -     w     -     -     -     s     -     -     s     -     w     -     -
            TASK   wage-subsidy-period/Task_HoldSocialGuidanceSession                      -     -     w     -     -     s     -     -     s     -     w     -     -
            TASK   wage-subsidy-period/Task_HoldMidpointReview                             -     w     -     -     -     s     -     -     s     -     w     -     -
            TASK   trainee-placement/Task_MatchWithPartnerCompany                          -     -     -     -     w     s     -     -     s     -     w     -     -
            TASK   trainee-placement/Task_AgreePlacement                                   -     -     -     -     w     s     -     -     s     -     w     -     -
            TASK   trainee-placement/Task_HoldMidPlacementCheckIn                          -     w     -     -     -     s     -     -     s     -     w     -     -
            TASK   trainee-placement/Task_HoldPlacementGuidanceSession                     -     -     w     -     -     s     -     -     s     -     w     -     -
            TASK   trainee-placement/Task_RecordHiringDecision                             -     -     -     -     w     s     -     -     s     -     w     -     -
            TASK   trainee-placement/Task_InformEmployerAboutSupplement                    -     -     -     -     w     s     -     -     s     -     w     -     -
            TASK   follow-up/Task_HoldExitReview                                           -     w     -     -     -     s     -     -     s     -     w     -     -
            TASK   follow-up/Task_HoldThreeMonthFollowUp                                   -     w     -     -     -     s     -     -     s     -     w     -     -
            TASK   supplement-application/Task_CheckApplication                            -     -     -     -     -     s     -     -     s     -     w     w     -
            TASK   supplement-application/Task_PrepareDecision                             -     -     -     -     -     s     -     -     s     -     w     w     -
            TASK   supplement-application/Task_ApproveDecision                             -     -     -     -     -     s     -     -     s     -     w     w     -
            TASK   follow-up/Task_HoldSixMonthFollowUp                                     -     w     -     -     -     s     -     -     s     -     w     -     -
            TASK   work-activity-journey/Task_AssessDigitalSkills                          -     -     -     -     -     s     -     w     s     -     w     -     -
            TASK   work-activity-journey/Task_BuildVocationalProfile                       -     w     -     -     -     s     -     -     s     -     w     -     -
            TASK   work-activity-journey/Task_HoldBenefitsCounselling                      -     -     -     -     -     s     w     -     s     -     w     -     -
            TASK   work-activity-journey/Task_HoldJobSearchMeeting                         -     w     -     -     -     s     -     -     s     -     w     -     -
            TASK   work-activity-journey/Task_ActOnSlowJobSearch                           -     -     -     -     -     w     -     -     s     -     w     -     -
            TASK   work-activity-journey/Task_HoldInWorkCheckIn                            -     w     -     -     -     s     -     -     s     -     w     -     -
            TASK   work-activity-journey/Task_ReviewActivationPlan                         -     -     -     -     -     s     w     -     s     -     w     -     -
            """;

    /** The columns' users and the one group each is in. */
    static final Map<String, Role> COLUMNS = columns();
    private static final String ANON = "anon";
    private static final String TASK_DISPLAY_NAME = "Matrix M.";

    private static Map<String, Role> columns() {
        Map<String, Role> columns = new LinkedHashMap<>();
        columns.put("coordinator", Role.REFERRAL_COORDINATORS);
        columns.put("coach", Role.JOB_COACHES);
        columns.put("instructor", Role.SOCIAL_INSTRUCTORS);
        columns.put("counsellor", Role.STUDY_COUNSELLORS);
        columns.put("employer", Role.EMPLOYER_COORDINATORS);
        columns.put("lead", Role.TEAM_LEADS);
        columns.put("socialworker", Role.SOCIAL_WORKERS);
        columns.put("wainstructor", Role.WORK_ACTIVITY_INSTRUCTORS);
        columns.put("manager", Role.MANAGERS);
        columns.put("integration", Role.INTEGRATIONS);
        columns.put("admin", Role.ADMINS);
        columns.put("handler", Role.SUPPLEMENT_HANDLERS);
        return columns;
    }

    /** One row of the table: its endpoint (method and path, LOGIN app or TASK process/task) and a cell per column. */
    record Row(String endpoint, Map<String, Character> cells) {
        boolean isTask() {
            return endpoint.startsWith("TASK ");
        }

        Set<String> allowed() {
            return cells.entrySet().stream().filter(c -> c.getValue() == 'x').map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
        }
    }

    static List<Row> rows() {
        List<String> lines = MATRIX.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        List<String> users = new ArrayList<>(COLUMNS.keySet());
        users.add(ANON);
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] tokens = line.trim().split("\\s+");
            if (tokens.length != 2 + users.size()) {
                throw new IllegalStateException("Row needs an endpoint and " + users.size() + " cells: " + line);
            }
            Map<String, Character> cells = new LinkedHashMap<>();
            for (int i = 0; i < users.size(); i++) {
                cells.put(users.get(i), tokens[2 + i].charAt(0));
            }
            rows.add(new Row(tokens[0] + " " + tokens[1], cells));
        }
        return rows;
    }

    static Stream<Arguments> endpointCells() {
        return rows().stream().filter(row -> !row.isTask()).flatMap(row -> row.cells().entrySet().stream()
                .map(cell -> Arguments.of(row.endpoint(), cell.getKey(), cell.getValue())));
    }

    static Stream<Arguments> taskCells() {
        return rows().stream().filter(Row::isTask).flatMap(row -> row.cells().entrySet().stream()
                .map(cell -> Arguments.of(row.endpoint().substring(5), cell.getKey(), cell.getValue())));
    }

    private static Row row(String endpoint) {
        return rows().stream().filter(r -> r.endpoint().equals(endpoint)).findFirst().orElseThrow();
    }

    @Autowired
    private WageSubsidyRecords wageSubsidyRecords;
    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private AuthorizationService authorizationService;
    @Autowired
    private AuthorizationSetup authorizationSetup;
    @Autowired
    private org.camunda.bpm.engine.FilterService filterService;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping requestMappings;

    /** A journey whose referral waits for review: the engine REST rows' task and instances. */
    private String journeyId;
    private Task reviewTask;
    private String companyId;
    /** A supplement application as the employer e-service sent it. */
    private String applicationId;
    private String timerInstanceId;
    private String jobId;
    /** The journey the TASK rows' tasks belong to (it has a granted wage-subsidy decision their dates need). */
    private String taskJourneyId;
    private final Map<String, Task> taskOfKind = new LinkedHashMap<>();
    private final List<String> startedInstances = new ArrayList<>();

    @BeforeAll
    void fixtures() {
        journeyId = createJourney(needingReview());
        reviewTask = awaitTask(journeyId, "Task_ReviewReferral");
        companyId = registerCompany(partnerCompany("Matrix Oy"));
        applicationId = post("integration", "/api/v1/supplement-applications", supplementApplication()).getBody()
                .get("applicationId").asText();
        // Waiting for more information: its 14-day timer is a job.
        timerInstanceId = startAt("referral", "Task_WaitForInformation", journeyId);
        jobId = managementService.createJobQuery().processInstanceId(timerInstanceId).singleResult().getId();
        taskJourneyId = createJourney(needingReview());
        LocalDate today = LocalDate.now();
        wageSubsidyRecords.saveDecision(UUID.fromString(taskJourneyId), new WageSubsidyDecision("MATRIX-1", true,
                WageSubsidyDecision.Funding.PAY_SUBSIDY, 50, today, today.plusMonths(12)), "API", "lead");
    }

    @AfterAll
    void removeTheStartedInstances() {
        runtimeService.deleteProcessInstancesIfExists(startedInstances, "authorization matrix done", true, true, true);
        historyService.deleteHistoricProcessInstancesIfExists(startedInstances);
    }

    private com.fasterxml.jackson.databind.node.ObjectNode needingReview() {
        var referral = referral();
        participant(referral).put("ictBackground", "NONE");
        return referral;
    }

    /**
     * A phase instance standing at the activity, as an administrator starts one in Cockpit ("skip
     * listeners": the models' listeners need a journey's domain records); the engine still gives a
     * user task its candidate group's authorizations, and Polku still labels it.
     */
    private String startAt(String processKey, String activityId, String journey) {
        String instanceId = runtimeService.createProcessInstanceByKey(processKey).businessKey(journey)
                .setVariable("journeyId", journey).setVariable("displayName", TASK_DISPLAY_NAME)
                .setVariable("assessmentDue", new Date())
                .startBeforeActivity(activityId).execute(true, true).getId();
        startedInstances.add(instanceId);
        return instanceId;
    }

    // ---------------------------------------------------------------- the table is complete

    @Test
    void theColumnsAreOneUserOfEachGroup() {
        assertThat(new LinkedHashSet<>(COLUMNS.values())).containsExactlyInAnyOrder(Role.values());
        COLUMNS.forEach((user, role) -> assertThat(identityService.createGroupQuery().groupMember(user).list())
                .as(user).extracting(org.camunda.bpm.engine.identity.Group::getId).containsExactly(role.groupId()));
    }

    @Test
    void everyEndpointOfTheIntegrationApiIsInTheTable() {
        Set<String> mapped = new TreeSet<>();
        requestMappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod method) -> {
            for (String path : info.getPatternValues()) {
                if (path.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + anyVariable(path)));
                }
            }
        });
        // A row per event type: "POST .../events:TYPE".
        Set<String> inTable = rows().stream().map(Row::endpoint).filter(e -> e.contains(" /api/"))
                .map(e -> e.replaceAll(":[A-Z_]+$", "")).map(AuthorizationIT::anyVariable).collect(Collectors.toCollection(TreeSet::new));
        assertThat(inTable).isEqualTo(mapped);
    }

    private static String anyVariable(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }

    @Test
    void everyUserTaskOfTheModelsIsInTheTableWorkedByItsCandidateGroup() {
        Map<String, Set<String>> candidateGroups = new LinkedHashMap<>();
        for (File model : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
            for (UserTask task : Bpmn.readModelFromFile(model).getModelElementsByType(UserTask.class)) {
                candidateGroups.put(process(task).getId() + "/" + task.getId(),
                        Set.of(task.getCamundaCandidateGroups().split("\\s*,\\s*")));
            }
        }
        Map<String, Set<String>> workersInTable = new LinkedHashMap<>();
        for (Row row : rows().stream().filter(Row::isTask).toList()) {
            workersInTable.put(row.endpoint().substring(5), row.cells().entrySet().stream()
                    .filter(c -> c.getValue() == 'w' && !c.getKey().equals("admin"))
                    .map(c -> COLUMNS.get(c.getKey()).groupId()).collect(Collectors.toSet()));
        }
        assertThat(workersInTable).isEqualTo(candidateGroups);
    }

    private static Process process(ModelElementInstance element) {
        ModelElementInstance scope = element;
        while (!(scope instanceof Process)) {
            scope = scope.getParentElement();
        }
        return (Process) scope;
    }

    // ---------------------------------------------------------------- endpoints and logins

    enum Outcome { ALLOWED, REFUSED, UNAUTHENTICATED }

    @ParameterizedTest(name = "{1}: {0} -> {2}")
    @MethodSource("endpointCells")
    void endpoint(String endpoint, String user, char cell) {
        Function<String, Outcome> probe = probes().get(endpoint);
        assertThat(probe).as("a probe for " + endpoint).isNotNull();
        Outcome expected = cell == 'x' ? Outcome.ALLOWED : user.equals(ANON) ? Outcome.UNAUTHENTICATED : Outcome.REFUSED;
        assertThat(probe.apply(user.equals(ANON) ? null : user)).isEqualTo(expected);
    }

    @Test
    void everyRowHasAProbeAndEveryProbeARow() {
        Set<String> endpoints = rows().stream().filter(r -> !r.isTask()).map(Row::endpoint).collect(Collectors.toSet());
        assertThat(probes().keySet()).isEqualTo(endpoints);
    }

    /** How each row is tried: the request, and how its answer reads as allowed, refused or unauthenticated. */
    private Map<String, Function<String, Outcome>> probes() {
        Map<String, Function<String, Outcome>> probes = new LinkedHashMap<>();
        String taskId = reviewTask.getId();
        String instanceId = reviewTask.getProcessInstanceId();
        probes.put("POST /api/v1/referrals", user -> api(post(user, "/api/v1/referrals", referral())));
        probes.put("POST /api/v1/work-activity-referrals", user -> api(post(user, "/api/v1/work-activity-referrals",
                workActivityReferral())));
        probes.put("GET /api/v1/referrals/{journeyId}", user -> api(get(user, "/api/v1/referrals/" + journeyId)));
        // Each type to a journey that does not exist: its senders get past the group check to a 404.
        for (String type : List.of("REFERRAL_INFO_PROVIDED", "PLACE_AVAILABLE", "WAGE_SUBSIDY_DECIDED", "EMPLOYMENT_FOUND",
                "PERIOD_INTERRUPTED", "PLACEMENT_CONFIRMED", "PLACEMENT_CANCELLED", "JOURNEY_WITHDRAWN",
                "WORK_ACTIVITY_ENDED")) {
            probes.put("POST /api/v1/journeys/{journeyId}/events:" + type, user -> api(post(user,
                    "/api/v1/journeys/" + UUID.randomUUID() + "/events", "{\"type\": \"" + type + "\"}")));
        }
        probes.put("POST /api/v1/partner-companies", user -> api(post(user, "/api/v1/partner-companies",
                partnerCompany("Matrix Oy"))));
        probes.put("PUT /api/v1/partner-companies/{id}", user -> api(call(user, HttpMethod.PUT,
                "/api/v1/partner-companies/" + companyId, partnerCompany("Matrix Oy"))));
        probes.put("POST /api/v1/partner-companies/{id}/pause", user -> api(post(user,
                "/api/v1/partner-companies/" + companyId + "/pause", null)));
        probes.put("POST /api/v1/partner-companies/{id}/activate", user -> api(post(user,
                "/api/v1/partner-companies/" + companyId + "/activate", null)));
        probes.put("GET /api/v1/partner-companies", user -> api(get(user, "/api/v1/partner-companies?status=ACTIVE")));
        probes.put("GET /api/v1/partner-companies/{id}", user -> api(get(user, "/api/v1/partner-companies/" + companyId)));
        probes.put("GET /api/v1/reports/indicators", user -> api(get(user,
                "/api/v1/reports/indicators?from=2026-01-01&to=2026-12-31")));
        probes.put("GET /api/v1/reports/ips-figures", user -> api(get(user,
                "/api/v1/reports/ips-figures?from=2026-01-01&to=2026-12-31")));
        probes.put("GET /api/v1/dashboard/journeys", user -> api(get(user, "/api/v1/dashboard/journeys")));
        probes.put("GET /api/v1/dashboard/journeys/{journeyId}", user -> api(get(user,
                "/api/v1/dashboard/journeys/" + journeyId)));
        // An unknown participant: an allowed caller gets past the group check to a 404.
        probes.put("DELETE /api/v1/participants/{participantId}", user -> api(call(user, HttpMethod.DELETE,
                "/api/v1/participants/" + UUID.randomUUID(), null)));

        probes.put("GET /api/v1/case-files/tasks/{taskId}", user -> hiddenUnlessAllowed(get(user,
                "/api/v1/case-files/tasks/" + taskId)));
        probes.put("POST /api/v1/case-files/tasks/{taskId}/notes", user -> hiddenUnlessAllowed(post(user,
                "/api/v1/case-files/tasks/" + taskId + "/notes", "{\"text\": \"Matrix probe\"}")));
        probes.put("GET /api/v1/case-files/texts", user -> api(get(user, "/api/v1/case-files/texts")));
        probes.put("GET /api/v1/case-files/journeys/{journeyId}", user -> api(get(user,
                "/api/v1/case-files/journeys/" + journeyId)));
        probes.put("POST /api/v1/case-files/journeys/{journeyId}/notes", user -> api(post(user,
                "/api/v1/case-files/journeys/" + journeyId + "/notes", "{\"text\": \"Matrix probe\"}")));
        probes.put("GET /api/v1/case-files/search", user -> api(get(user,
                "/api/v1/case-files/search?journeyId=" + journeyId)));
        probes.put("GET /api/v1/case-files/participants/{participantId}/access-log", user -> api(get(user,
                "/api/v1/case-files/participants/" + UUID.randomUUID() + "/access-log")));
        probes.put("GET /api/v1/case-files/participants/{participantId}/export", user -> api(get(user,
                "/api/v1/case-files/participants/" + UUID.randomUUID() + "/export")));

        probes.put("GET /api/v1/login-locks", user -> api(get(user, "/api/v1/login-locks")));
        probes.put("DELETE /api/v1/login-locks", user -> api(call(user, HttpMethod.DELETE,
                "/api/v1/login-locks?userId=matrix-nobody", null)));
        probes.put("GET /api/v1/model-migrations", user -> api(get(user, "/api/v1/model-migrations")));
        // An undeclared migration: an allowed caller gets past the group check to a 404, and nothing moves.
        probes.put("POST /api/v1/model-migrations/{processDefinitionKey}/{toVersionTag}", user -> api(post(user,
                "/api/v1/model-migrations/no-such-process/1", null)));

        probes.put("POST /api/v1/supplement-applications", user -> api(post(user, "/api/v1/supplement-applications",
                supplementApplication())));
        probes.put("GET /api/v1/supplement-applications/{applicationId}", user -> api(get(user,
                "/api/v1/supplement-applications/" + applicationId)));
        for (String type : List.of("SUPPLEMENT_INFO_PROVIDED", "PAY_REALISED", "EMPLOYMENT_ENDED")) {
            probes.put("POST /api/v1/supplement-applications/{applicationId}/events:" + type, user -> api(post(user,
                    "/api/v1/supplement-applications/" + UUID.randomUUID() + "/events",
                    "{\"type\": \"" + type + "\", \"data\": {}}")));
        }
        probes.put("GET /api/v1/supplement-figures", user -> api(get(user,
                "/api/v1/supplement-figures?from=2026-01-01&to=2026-12-31")));
        // A day long before any instalment: an allowed caller gets an empty file.
        probes.put("GET /api/v1/supplement-payments/export", user -> {
            HttpHeaders headers = new HttpHeaders();
            headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
            if (user != null) {
                authenticate(headers, user);
            }
            ResponseEntity<String> answer = http.exchange("/api/v1/supplement-payments/export?date=1900-01-01",
                    HttpMethod.GET, new HttpEntity<>(headers), String.class);
            return switch (answer.getStatusCode().value()) {
                case 200 -> Outcome.ALLOWED;
                case 401 -> Outcome.UNAUTHENTICATED;
                case 403 -> Outcome.REFUSED;
                default -> throw new AssertionError("export answered " + answer.getStatusCode() + ": " + answer.getBody());
            };
        });
        // An unknown application: an allowed caller gets past the group check to a 404.
        probes.put("POST /api/v1/supplement-applications/{applicationId}/cancellation", user -> api(post(user,
                "/api/v1/supplement-applications/" + UUID.randomUUID() + "/cancellation", null)));

        probes.put("GET /actuator/health", user -> open(get(user, "/actuator/health")));
        probes.put("GET /actuator/info", user -> open(get(user, "/actuator/info")));
        probes.put("GET /actuator/metrics", user -> api(get(user, "/actuator/metrics")));
        probes.put("GET /v3/api-docs", user -> open(get(user, "/v3/api-docs")));
        probes.put("GET /swagger-ui.html", user -> open(page(user, "/swagger-ui.html")));

        probes.put("GET /engine-rest/process-definition", user -> list(call(user, HttpMethod.GET,
                "/engine-rest/process-definition?maxResults=50", null)));
        // A start as Tasklist's start form submits it: the referral as the Json variable "intake".
        probes.put("POST /engine-rest/process-definition/key/participant-journey/submit-form", user -> action(call(user,
                HttpMethod.POST, "/engine-rest/process-definition/key/participant-journey/submit-form",
                "{\"variables\": {\"intake\": {\"type\": \"Json\", \"value\": " + quoted(needingReview().toString())
                        + "}}}")));
        // A paper supplement application as Tasklist's start form submits it (a fresh one each time).
        probes.put("POST /engine-rest/process-definition/key/supplement-application/submit-form", user -> action(call(user,
                HttpMethod.POST, "/engine-rest/process-definition/key/supplement-application/submit-form",
                "{\"variables\": {\"intake\": {\"type\": \"Json\", \"value\": "
                        + quoted(supplementApplication().toString()) + "}}}")));
        probes.put("GET /engine-rest/task?processInstanceBusinessKey={journeyId}", user -> list(call(user,
                HttpMethod.GET, "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + journeyId, null)));
        probes.put("GET /engine-rest/task/{taskId}/variables", user -> action(call(user, HttpMethod.GET,
                "/engine-rest/task/" + taskId + "/variables", null)));
        probes.put("GET /engine-rest/task/{taskId}/form-variables", user -> action(call(user, HttpMethod.GET,
                "/engine-rest/task/" + taskId + "/form-variables", null)));
        probes.put("POST /engine-rest/task/{taskId}/claim", user -> {
            Outcome outcome = action(call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim",
                    "{\"userId\": \"" + user + "\"}"));
            taskService.setAssignee(taskId, null);
            return outcome;
        });
        probes.put("GET /engine-rest/variable-instance?taskIdIn={taskId}", user -> list(call(user, HttpMethod.GET,
                "/engine-rest/variable-instance?maxResults=50&taskIdIn=" + taskId, null)));
        probes.put("GET /engine-rest/process-instance?businessKey={journeyId}", user -> list(call(user,
                HttpMethod.GET, "/engine-rest/process-instance?maxResults=50&businessKey=" + journeyId, null)));
        probes.put("GET /engine-rest/process-instance/{instanceId}/variables", user -> action(call(user,
                HttpMethod.GET, "/engine-rest/process-instance/" + instanceId + "/variables", null)));
        // Deleting a variable that does not exist changes nothing, but needs the right to change variables.
        probes.put("POST /engine-rest/process-instance/{instanceId}/variables", user -> action(call(user,
                HttpMethod.POST, "/engine-rest/process-instance/" + instanceId + "/variables",
                "{\"deletions\": [\"noSuchVariable\"]}")));
        probes.put("DELETE /engine-rest/process-instance/{anotherInstanceId}", user -> action(call(user,
                HttpMethod.DELETE, "/engine-rest/process-instance/"
                        + startAt("referral", "Task_WaitForInformation", journeyId) + "?skipCustomListeners=true", null)));
        probes.put("GET /engine-rest/history/process-instance?processInstanceId={instanceId}", user -> list(call(user,
                HttpMethod.GET, "/engine-rest/history/process-instance?maxResults=50&processInstanceId=" + instanceId, null)));
        probes.put("GET /engine-rest/history/task?processInstanceId={instanceId}", user -> list(call(user,
                HttpMethod.GET, "/engine-rest/history/task?maxResults=50&processInstanceId=" + instanceId, null)));
        probes.put("GET /engine-rest/history/variable-instance?processInstanceId={instanceId}", user -> list(call(user,
                HttpMethod.GET, "/engine-rest/history/variable-instance?maxResults=50&processInstanceId=" + instanceId,
                null)));
        probes.put("GET /engine-rest/history/decision-instance?processInstanceId={instanceId}", user -> list(call(user,
                HttpMethod.GET, "/engine-rest/history/decision-instance?maxResults=50&processInstanceId=" + instanceId,
                null)));
        probes.put("GET /engine-rest/job?processInstanceId={timerInstanceId}", user -> list(call(user, HttpMethod.GET,
                "/engine-rest/job?maxResults=50&processInstanceId=" + timerInstanceId, null)));
        probes.put("PUT /engine-rest/job/{jobId}/retries", user -> action(call(user, HttpMethod.PUT,
                "/engine-rest/job/" + jobId + "/retries", "{\"retries\": 3}")));
        probes.put("GET /engine-rest/deployment", user -> list(call(user, HttpMethod.GET,
                "/engine-rest/deployment?maxResults=50", null)));
        probes.put("POST /engine-rest/deployment/create", this::deploy);
        // Everybody may read their own user; only administrators read the others.
        probes.put("GET /engine-rest/user?id=mallory", user -> list(call(user, HttpMethod.GET,
                "/engine-rest/user?maxResults=50&id=mallory", null)));
        probes.put("GET /engine-rest/authorization", user -> list(call(user, HttpMethod.GET,
                "/engine-rest/authorization?maxResults=50", null)));
        probes.put("POST /engine-rest/authorization/create", user -> {
            ResponseEntity<JsonNode> response = call(user, HttpMethod.POST, "/engine-rest/authorization/create",
                    "{\"type\": 1, \"permissions\": [\"ACCESS\"], \"groupId\": \"matrix-probe\", \"resourceType\": 0, "
                            + "\"resourceId\": \"matrix-probe\"}");
            if (response.getStatusCode().is2xxSuccessful()) {
                authorizationService.deleteAuthorization(response.getBody().get("id").asText());
            }
            return action(response);
        });

        writeProbes(probes);

        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            // Without credentials: a user that does not exist.
            probes.put("LOGIN " + app, user -> switch (webappLogin(user == null ? "nobody" : user, app).status()) {
                case OK -> Outcome.ALLOWED;
                case FORBIDDEN -> Outcome.REFUSED;
                case UNAUTHORIZED -> Outcome.UNAUTHENTICATED;
                default -> throw new AssertionError("Unexpected answer to a login of " + user + " to " + app);
            });
        }
        return probes;
    }

    /** A deployment with a plain resource (no process), removed again when it was allowed. */
    private Outcome deploy(String user) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "matrix-probe");
        parts.add("data", new ByteArrayResource("probe".getBytes()) {
            @Override
            public String getFilename() {
                return "matrix-probe.txt";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            authenticate(headers, user);
        }
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> response = http.exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(parts, headers), JsonNode.class);
        if (response.getStatusCode().is2xxSuccessful()) {
            repositoryService.deleteDeployment(response.getBody().get("id").asText(), true);
        }
        return action(response);
    }

    /** The integration API and metrics: 403 with a problem naming the groups. */
    private Outcome api(ResponseEntity<JsonNode> response) {
        switch (response.getStatusCode().value()) {
            case 401 -> {
                assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
                assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                return Outcome.UNAUTHENTICATED;
            }
            case 403 -> {
                assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                assertThat(response.getBody().get("detail").asText()).contains("needs membership");
                return Outcome.REFUSED;
            }
            // Past the group check: done, or a 404/409 for this particular request.
            case 200, 201, 404, 409 -> {
                return Outcome.ALLOWED;
            }
            default -> throw new AssertionError("Unexpected answer " + response.getStatusCode() + ": " + response.getBody());
        }
    }

    /** An API resource that answers 404 to whoever may not see it (a task of another group). */
    private Outcome hiddenUnlessAllowed(ResponseEntity<JsonNode> response) {
        if (response.getStatusCode() == HttpStatus.NOT_FOUND) {
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            return Outcome.REFUSED;
        }
        return api(response);
    }

    private static Outcome open(ResponseEntity<?> response) {
        return response.getStatusCode() == HttpStatus.OK ? Outcome.ALLOWED
                : response.getStatusCode() == HttpStatus.UNAUTHORIZED ? Outcome.UNAUTHENTICATED : Outcome.REFUSED;
    }

    /** An engine REST list: the engine leaves out what the caller may not read. */
    private static Outcome list(ResponseEntity<JsonNode> response) {
        if (response.getStatusCode() == HttpStatus.UNAUTHORIZED) {
            return Outcome.UNAUTHENTICATED;
        }
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().isArray()).isTrue();
        return response.getBody().isEmpty() ? Outcome.REFUSED : Outcome.ALLOWED;
    }

    /** An engine REST resource or action: 403, or 404 when the caller may not even see the resource. */
    private static Outcome action(ResponseEntity<JsonNode> response) {
        return switch (response.getStatusCode().value()) {
            case 401 -> Outcome.UNAUTHENTICATED;
            case 403 -> {
                assertThat(response.getBody().get("type").asText()).isEqualTo("AuthorizationException");
                yield Outcome.REFUSED;
            }
            case 404 -> Outcome.REFUSED;
            case 200, 204 -> Outcome.ALLOWED;
            default -> throw new AssertionError("Unexpected answer " + response.getStatusCode() + ": " + response.getBody());
        };
    }

    /**
     * The writes beyond a task's form. A refusal is 403 (by {@code EngineWriteGuard} before the
     * engine, or the engine's own); past the authorization check the engine answers the request
     * itself (done, or 400/404 for this particular request), which counts as allowed.
     */
    private void writeProbes(Map<String, Function<String, Outcome>> probes) {
        String unknown = "matrix-unknown";
        Job cleanup = historyCleanupJob();
        String jobDefinitionId = managementService.createJobQuery().jobId(jobId).singleResult().getJobDefinitionId();
        Map<String, String> writesOnAFreshTask = new LinkedHashMap<>();
        writesOnAFreshTask.put("POST assignee", "{\"userId\": \"lead\"}");
        writesOnAFreshTask.put("POST delegate", "{\"userId\": \"lead\"}");
        writesOnAFreshTask.put("POST identity-links", "{\"groupId\": \"managers\", \"type\": \"candidate\"}");
        writesOnAFreshTask.put("POST identity-links/delete", "{\"groupId\": \"referral-coordinators\", \"type\": \"candidate\"}");
        writesOnAFreshTask.put("PUT ", "{\"name\": \"Review referral\"}");
        writesOnAFreshTask.put("PUT variables/{name}", "{\"value\": \"probe\", \"type\": \"String\"}");
        writesOnAFreshTask.put("POST variables", "{\"modifications\": {\"matrixProbe\": {\"value\": \"probe\"}}}");
        writesOnAFreshTask.put("DELETE variables/{name}", null);
        writesOnAFreshTask.put("PUT localVariables/{name}", "{\"value\": \"probe\", \"type\": \"String\"}");
        writesOnAFreshTask.put("POST localVariables", "{\"modifications\": {\"matrixProbe\": {\"value\": \"probe\"}}}");
        writesOnAFreshTask.put("DELETE localVariables/{name}", null);
        writesOnAFreshTask.put("POST comment/create", "{\"message\": \"probe\"}");
        writesOnAFreshTask.forEach((write, body) -> {
            String[] methodAndPath = write.split(" ", 2);
            String suffix = methodAndPath[1].isEmpty() ? "" : "/" + methodAndPath[1];
            probes.put(methodAndPath[0] + " /engine-rest/task/{writeTaskId}" + suffix, user -> write(call(user,
                    HttpMethod.valueOf(methodAndPath[0]), "/engine-rest/task/" + freshTask() + suffix.replace("{name}",
                            "matrixProbe"), body)));
        });
        // On a task that does not exist: the others are refused before the engine looks for it (a real
        // review task has no boundary event, so the engine would fail an administrator's error with 500).
        probes.put("POST /engine-rest/task/{unknownId}/bpmnError", user -> write(call(user, HttpMethod.POST,
                "/engine-rest/task/" + unknown + "/bpmnError", "{\"errorCode\": \"matrix-probe\"}")));
        probes.put("POST /engine-rest/task/{unknownId}/bpmnEscalation", user -> write(call(user, HttpMethod.POST,
                "/engine-rest/task/" + unknown + "/bpmnEscalation", "{\"escalationCode\": \"matrix-probe\"}")));
        probes.put("POST /engine-rest/task/{writeTaskId}/claim-for-a-colleague", user -> write(call(user,
                HttpMethod.POST, "/engine-rest/task/" + freshTask() + "/claim", "{\"userId\": \"lead\"}")));
        probes.put("POST /engine-rest/task/{writeTaskId}/unclaim", user -> {
            String task = freshTask();
            call(user, HttpMethod.POST, "/engine-rest/task/" + task + "/claim", "{\"userId\": \"" + user + "\"}");
            return write(call(user, HttpMethod.POST, "/engine-rest/task/" + task + "/unclaim", null));
        });
        probes.put("POST /engine-rest/task/{writeTaskId}/attachment/create", user -> {
            MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("attachment-name", "probe");
            parts.add("content", new ByteArrayResource("probe".getBytes()) {
                @Override
                public String getFilename() {
                    return "probe.txt";
                }
            });
            HttpHeaders headers = new HttpHeaders();
            if (user != null) {
                authenticate(headers, user);
            }
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            return write(http.exchange("/engine-rest/task/" + freshTask() + "/attachment/create", HttpMethod.POST,
                    new HttpEntity<>(parts, headers), JsonNode.class));
        });
        probes.put("POST /engine-rest/task/create", user -> {
            String id = "matrix-" + UUID.randomUUID();
            Outcome outcome = write(call(user, HttpMethod.POST, "/engine-rest/task/create",
                    "{\"id\": \"" + id + "\", \"name\": \"probe\"}"));
            if (taskService.createTaskQuery().taskId(id).count() > 0) {
                taskService.deleteTask(id, true);
            }
            return outcome;
        });
        probes.put("POST /engine-rest/message", user -> write(call(user, HttpMethod.POST, "/engine-rest/message",
                "{\"messageName\": \"MatrixNoSuchMessage\"}")));
        probes.put("POST /engine-rest/signal", user -> write(call(user, HttpMethod.POST, "/engine-rest/signal",
                "{\"name\": \"MatrixNoSuchSignal\"}")));
        probes.put("PUT /engine-rest/process-instance/{anotherInstanceId}/suspended", user -> write(call(user,
                HttpMethod.PUT, "/engine-rest/process-instance/" + freshInstance() + "/suspended", "{\"suspended\": false}")));
        probes.put("POST /engine-rest/process-instance/{anotherInstanceId}/modification", user -> write(call(user,
                HttpMethod.POST, "/engine-rest/process-instance/" + freshInstance() + "/modification",
                "{\"skipCustomListeners\": true, \"instructions\": [{\"type\": \"cancel\", \"activityId\": "
                        + "\"Task_WaitForInformation\"}]}")));
        probes.put("DELETE /engine-rest/process-instance/{anotherInstanceId}/comment", user -> write(call(user,
                HttpMethod.DELETE, "/engine-rest/process-instance/" + freshInstance() + "/comment", null)));
        probes.put("POST /engine-rest/process-instance/delete", user -> write(call(user, HttpMethod.POST,
                "/engine-rest/process-instance/delete", "{\"processInstanceIds\": []}")));
        String cleanupJob = "/engine-rest/job/" + cleanup.getId();
        probes.put("PUT /engine-rest/job/{cleanupJobId}/retries", user -> write(call(user, HttpMethod.PUT,
                cleanupJob + "/retries", "{\"retries\": " + cleanup.getRetries() + "}")));
        probes.put("PUT /engine-rest/job/{cleanupJobId}/suspended", user -> write(call(user, HttpMethod.PUT,
                cleanupJob + "/suspended", "{\"suspended\": false}")));
        probes.put("PUT /engine-rest/job/{cleanupJobId}/priority", user -> write(call(user, HttpMethod.PUT,
                cleanupJob + "/priority", "{\"priority\": " + cleanup.getPriority() + "}")));
        probes.put("POST /engine-rest/job/{cleanupJobId}/execute", user -> write(call(user, HttpMethod.POST,
                "/engine-rest/job/" + historyCleanupJob().getId() + "/execute", null)));
        probes.put("DELETE /engine-rest/job/{anotherJobId}", user -> write(call(user, HttpMethod.DELETE,
                "/engine-rest/job/" + managementService.createJobQuery().processInstanceId(freshInstance()).singleResult()
                        .getId(), null)));
        probes.put("POST /engine-rest/job/retries", user -> write(call(user, HttpMethod.POST, "/engine-rest/job/retries",
                "{\"jobIds\": [\"" + managementService.createJobQuery().processInstanceId(freshInstance()).singleResult()
                        .getId() + "\"], \"retries\": 3}")));
        probes.put("PUT /engine-rest/job-definition/{jobDefinitionId}/jobPriority", user -> write(call(user,
                HttpMethod.PUT, "/engine-rest/job-definition/" + jobDefinitionId + "/jobPriority", "{\"priority\": null}")));
        probes.put("PUT /engine-rest/job-definition/{jobDefinitionId}/suspended", user -> write(call(user,
                HttpMethod.PUT, "/engine-rest/job-definition/" + jobDefinitionId + "/suspended", "{\"suspended\": false}")));
        probes.put("POST /engine-rest/history/cleanup", user -> write(call(user, HttpMethod.POST,
                "/engine-rest/history/cleanup?immediatelyDue=false", null)));
        probes.put("PUT /engine-rest/batch/{unknownId}/suspended", user -> write(call(user, HttpMethod.PUT,
                "/engine-rest/batch/" + unknown + "/suspended", "{\"suspended\": true}")));
        probes.put("DELETE /engine-rest/batch/{unknownId}", user -> write(call(user, HttpMethod.DELETE,
                "/engine-rest/batch/" + unknown, null)));
        probes.put("PUT /engine-rest/external-task/{unknownId}/retries", user -> write(call(user, HttpMethod.PUT,
                "/engine-rest/external-task/" + unknown + "/retries", "{\"retries\": 1}")));
        probes.put("POST /engine-rest/external-task/fetchAndLock", user -> write(call(user, HttpMethod.POST,
                "/engine-rest/external-task/fetchAndLock", "{\"workerId\": \"matrix\", \"maxTasks\": 1, \"topics\": "
                        + "[{\"topicName\": \"matrix-none\", \"lockDuration\": 1000}]}")));
        probes.put("PUT /engine-rest/incident/{unknownId}/annotation", user -> write(call(user, HttpMethod.PUT,
                "/engine-rest/incident/" + unknown + "/annotation", "{\"annotation\": \"probe\"}")));
        probes.put("DELETE /engine-rest/deployment/{unknownId}", user -> write(call(user, HttpMethod.DELETE,
                "/engine-rest/deployment/" + unknown, null)));
        probes.put("PUT /engine-rest/filter/{unknownId}", user -> write(call(user, HttpMethod.PUT,
                "/engine-rest/filter/" + unknown, "{\"resourceType\": \"Task\", \"name\": \"probe\", \"query\": {}}")));
        probes.put("POST /engine-rest/filter/create", user -> {
            ResponseEntity<JsonNode> response = call(user, HttpMethod.POST, "/engine-rest/filter/create",
                    "{\"resourceType\": \"Task\", \"name\": \"matrix-probe\", \"query\": {}}");
            if (response.getStatusCode().is2xxSuccessful()) {
                filterService.deleteFilter(response.getBody().get("id").asText());
            }
            return write(response);
        });
        probes.put("PUT /engine-rest/user/{unknownId}/profile", user -> write(call(user, HttpMethod.PUT,
                "/engine-rest/user/" + unknown + "/profile", "{\"id\": \"" + unknown + "\"}")));
        probes.put("POST /engine-rest/user/{unknownId}/unlock", user -> write(call(user, HttpMethod.POST,
                "/engine-rest/user/" + unknown + "/unlock", null)));
        probes.put("POST /engine-rest/group/create", user -> {
            String group = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
            Outcome outcome = write(call(user, HttpMethod.POST, "/engine-rest/group/create",
                    "{\"id\": \"" + group + "\", \"name\": \"probe\"}"));
            identityService.deleteGroup(group);
            return outcome;
        });
        probes.put("PUT /engine-rest/tenant/{unknownId}", user -> write(call(user, HttpMethod.PUT,
                "/engine-rest/tenant/" + unknown, "{\"id\": \"" + unknown + "\", \"name\": \"probe\"}")));
        probes.put("PUT /engine-rest/authorization/{unknownId}", user -> write(call(user, HttpMethod.PUT,
                "/engine-rest/authorization/" + unknown, "{\"permissions\": [\"READ\"], \"groupId\": \"managers\", "
                        + "\"resourceType\": 0, \"resourceId\": \"tasklist\"}")));
        probes.put("DELETE /engine-rest/authorization/{unknownId}", user -> write(call(user, HttpMethod.DELETE,
                "/engine-rest/authorization/" + unknown, null)));
        probes.put("POST /engine-rest/identity/verify", user -> write(call(user, HttpMethod.POST,
                "/engine-rest/identity/verify", "{\"username\": \"matrix-nobody\", \"password\": \"guess\"}")));

        String webappEngine = "/camunda/api/engine/engine/default";
        probes.put("PUT " + webappEngine + "/task/{writeTaskId}/variables/{name}", user -> write(webapp(user,
                HttpMethod.PUT, webappEngine + "/task/" + freshTask() + "/variables/matrixProbe",
                "{\"value\": \"probe\", \"type\": \"String\"}")));
        probes.put("POST " + webappEngine + "/task/{writeTaskId}/identity-links", user -> write(webapp(user,
                HttpMethod.POST, webappEngine + "/task/" + freshTask() + "/identity-links",
                "{\"groupId\": \"managers\", \"type\": \"candidate\"}")));
        probes.put("POST " + webappEngine + "/task/{writeTaskId}/comment/create", user -> write(webapp(user,
                HttpMethod.POST, webappEngine + "/task/" + freshTask() + "/comment/create", "{\"message\": \"probe\"}")));
        probes.put("PUT " + webappEngine + "/job/{cleanupJobId}/retries", user -> write(webapp(user, HttpMethod.PUT,
                webappEngine + "/job/" + cleanup.getId() + "/retries", "{\"retries\": " + cleanup.getRetries() + "}")));
        probes.put("PUT " + webappEngine + "/process-instance/{anotherInstanceId}/suspended", user -> write(webapp(user,
                HttpMethod.PUT, webappEngine + "/process-instance/" + freshInstance() + "/suspended",
                "{\"suspended\": false}")));
    }

    /** A review task of its own, for a write that would change it. */
    private String freshTask() {
        String instanceId = startAt("referral", "Task_ReviewReferral", journeyId);
        return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    /** A referral phase of its own, waiting for information (its timer is a job). */
    private String freshInstance() {
        return startAt("referral", "Task_WaitForInformation", journeyId);
    }

    private static Outcome write(ResponseEntity<JsonNode> response) {
        return switch (response.getStatusCode().value()) {
            case 401 -> Outcome.UNAUTHENTICATED;
            case 403 -> {
                assertThat(response.getBody()).as("a refusal saying why").isNotNull();
                assertThat(response.getBody().path("type").asText()).as(response.getBody().toString())
                        .isEqualTo("AuthorizationException");
                assertThat(response.getBody().get("message").asText()).isNotBlank();
                yield Outcome.REFUSED;
            }
            case 200, 204, 400, 404 -> Outcome.ALLOWED;
            default -> throw new AssertionError("Unexpected answer " + response.getStatusCode() + ": " + response.getBody());
        };
    }

    /** A request with the user's webapp session (Tasklist's, else Cockpit's); refused when they may open neither. */
    private ResponseEntity<JsonNode> webapp(String user, HttpMethod method, String path, String body) {
        if (user == null) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
        }
        WebappSession session = webappSessions.computeIfAbsent(user, u -> Stream.of("tasklist", "cockpit")
                .map(app -> webappLogin(u, app)).filter(s -> s.status() == HttpStatus.OK).findFirst().orElse(null));
        if (session == null) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(objectMapper.createObjectNode()
                    .put("type", "AuthorizationException").put("message", user + " may open no webapp"));
        }
        return webappRequest(session, method, path, body);
    }

    private final Map<String, WebappSession> webappSessions = new LinkedHashMap<>();


    private ResponseEntity<String> page(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            authenticate(headers, user);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }


    // ---------------------------------------------------------------- user tasks

    @ParameterizedTest(name = "{1}: {0} -> {2}")
    @MethodSource("taskCells")
    void task(String kind, String user, char cell) {
        Task task = taskOfKind.computeIfAbsent(kind, k -> {
            String[] processAndTask = k.split("/");
            String instanceId = startAt(processAndTask[0], processAndTask[1], taskJourneyId);
            return taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(processAndTask[1])
                    .singleResult();
        });
        String taskPath = "/engine-rest/task/" + task.getId();
        if (user.equals(ANON)) {
            assertThat(call(null, HttpMethod.GET, taskPath + "/variables", null).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(call(null, HttpMethod.POST, taskPath + "/claim", "{\"userId\": \"admin\"}").getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            return;
        }
        boolean sees = cell == 'w' || cell == 's';
        boolean works = cell == 'w';
        boolean readsAllJourneys = row("GET /engine-rest/process-instance/{instanceId}/variables").allowed().contains(user);
        boolean readsHistory = row("GET /engine-rest/history/variable-instance?processInstanceId={instanceId}")
                .allowed().contains(user);

        JsonNode listed = call(user, HttpMethod.GET, "/engine-rest/task?maxResults=50&processInstanceId="
                + task.getProcessInstanceId(), null).getBody();
        assertThat(listed).as("sees the task").hasSize(sees ? 1 : 0);

        for (String variables : List.of("/variables", "/form-variables")) {
            ResponseEntity<JsonNode> response = call(user, HttpMethod.GET, taskPath + variables, null);
            if (works) {
                assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
                assertThat(response.getBody().at("/displayName/value").asText()).isEqualTo(TASK_DISPLAY_NAME);
            } else {
                assertThat(response.getStatusCode()).as(variables).isEqualTo(HttpStatus.FORBIDDEN);
            }
        }
        assertThat(variableNames(call(user, HttpMethod.GET, "/engine-rest/variable-instance?maxResults=50&taskIdIn="
                + task.getId(), null))).as("the task's variable instances")
                .isEqualTo(works || readsAllJourneys ? List.of("displayName") : List.of());
        assertThat(variableNames(call(user, HttpMethod.GET, "/engine-rest/history/variable-instance?maxResults=50"
                + "&taskIdIn=" + task.getId(), null))).as("the history of the task's variables")
                .isEqualTo(readsHistory ? List.of("displayName") : List.of());
        assertThat(call(user, HttpMethod.GET, "/engine-rest/process-instance/" + task.getProcessInstanceId()
                + "/variables", null).getStatusCode()).as("the process instance's variables")
                .isEqualTo(readsAllJourneys ? HttpStatus.OK : HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> claim = call(user, HttpMethod.POST, taskPath + "/claim", "{\"userId\": \"" + user + "\"}");
        taskService.setAssignee(task.getId(), null);
        assertThat(claim.getStatusCode()).as("claim").isEqualTo(works ? HttpStatus.NO_CONTENT : HttpStatus.FORBIDDEN);
        // An empty submission: the group gets past the authorization check to the form's validation.
        ResponseEntity<JsonNode> complete = call(user, HttpMethod.POST, taskPath + "/complete", "{}");
        assertThat(complete.getStatusCode()).as("complete").isEqualTo(works ? HttpStatus.BAD_REQUEST : HttpStatus.FORBIDDEN);
        if (works) {
            assertThat(complete.getBody().get("message").asText()).contains("Cannot complete task", "Field '");
        }
    }

    /** The names among "displayName" in a variable list (other variables come and go with the task's listeners). */
    private static List<String> variableNames(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody().findValuesAsText("name").stream().filter("displayName"::equals).toList();
    }

    // ---------------------------------------------------------------- beyond single requests

    @Test
    void theGroupWorksItsTaskToTheEndThroughEngineRest() {
        String journey = createJourney(needingReview());
        Task review = awaitTask(journey, "Task_ReviewReferral");
        assertThat(call("coordinator", HttpMethod.POST, "/engine-rest/task/" + review.getId() + "/claim",
                "{\"userId\": \"coordinator\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(call("coordinator", HttpMethod.POST, "/engine-rest/task/" + review.getId() + "/complete",
                "{\"variables\": {\"reviewDecision\": {\"value\": \"ACCEPT\"}}}").getStatusCode())
                .isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
        assertThat(awaitTask(journey, "Task_HoldSuitabilityInterview")).isNotNull();
    }

    /** Tasklist's lists show the participant from the task's own variables: no process-instance read needed. */
    @Test
    void tasklistListsShowTheParticipantToTheTasksGroup() {
        String openFilter = filterId("coordinator", TasklistFilterSetup.openFilterName(Role.REFERRAL_COORDINATORS));
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("coordinator", "coordinator");
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        JsonNode page = http.exchange("/engine-rest/filter/" + openFilter + "/list?firstResult=0&maxResults=50",
                HttpMethod.POST, new HttpEntity<>("{\"processInstanceBusinessKey\": \"" + journeyId + "\"}", headers),
                JsonNode.class).getBody();
        JsonNode task = page.at("/_embedded/task/0");
        assertThat(task.get("id").asText()).isEqualTo(reviewTask.getId());
        Map<String, String> shown = new LinkedHashMap<>();
        task.at("/_embedded/variable").forEach(v -> shown.put(v.get("name").asText(), v.get("value").asText()));
        assertThat(shown).containsEntry("journeyId", journeyId)
                .containsEntry("displayName", (String) runtimeService.getVariable(reviewTask.getProcessInstanceId(), "displayName"));
    }

    @Test
    void everyTeamMemberSeesTheirOwnFiltersOnly() {
        assertThat(filterNames("coordinator")).containsExactlyInAnyOrder("My tasks", "Referral coordinators: open", "Overdue");
        assertThat(filterNames("coach")).containsExactlyInAnyOrder("My tasks", "Job coaches: open", "Overdue");
        assertThat(filterNames("lead")).containsExactlyInAnyOrder("My tasks", "Team leads: open", "Overdue");
        assertThat(filterNames("manager")).isEmpty();
        assertThat(filterNames("integration")).isEmpty();

        String openFilter = filterId("coordinator", "Referral coordinators: open");
        JsonNode count = call("coordinator", HttpMethod.GET, "/engine-rest/filter/" + openFilter + "/count", null).getBody();
        assertThat(count.get("count").asInt()).isPositive();
        assertThat(call("coach", HttpMethod.GET, "/engine-rest/filter/" + openFilter + "/count", null)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aWrongPasswordIsUnauthenticated() {
        HttpHeaders wrongPassword = new HttpHeaders();
        wrongPassword.setBasicAuth("mallory", "not-the-password");
        assertThat(http.exchange("/api/v1/referrals/" + journeyId, HttpMethod.GET, new HttpEntity<>(wrongPassword),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.exchange("/engine-rest/process-definition?maxResults=50", HttpMethod.GET,
                new HttpEntity<>(wrongPassword), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** A grant of an earlier version (read on every journey for the team) does not survive a start. */
    @Test
    void aStartWithdrawsGroupWideGrantsPolkuNoLongerGives() {
        authorizationSetup.grant(Role.JOB_COACHES, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
        authorizationSetup.grant(Role.REFERRAL_COORDINATORS, Resources.PROCESS_INSTANCE, Authorization.ANY,
                Permissions.READ);
        authorizationSetup.grant(Role.JOB_COACHES, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        String instance = "/engine-rest/process-instance?maxResults=50&processInstanceIds=" + reviewTask.getProcessInstanceId();
        assertThat(call("coach", HttpMethod.GET, instance, null).getBody()).hasSize(1);

        authorizationSetup.apply();

        assertThat(call("coach", HttpMethod.GET, instance, null).getBody()).isEmpty();
        assertThat(authorizationService.isUserAuthorized("coach", List.of(Role.JOB_COACHES.groupId()),
                Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
        // The coordinators keep what Polku gives them on process instances: starting one.
        List<String> coordinators = List.of(Role.REFERRAL_COORDINATORS.groupId());
        assertThat(authorizationService.isUserAuthorized("coordinator", coordinators, Permissions.CREATE,
                Resources.PROCESS_INSTANCE)).isTrue();
        assertThat(authorizationService.isUserAuthorized("coordinator", coordinators, Permissions.READ,
                Resources.PROCESS_INSTANCE, reviewTask.getProcessInstanceId())).isFalse();
    }

    @Test
    void authorizationChecksHaveStatisticsOnThePermissionBits() {
        // V6: without them PostgreSQL plans the group filters' authorization join as a quadratic loop.
        assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = "
                + "'polku_authorization_permission_bits'", Long.class)).isOne();
    }

    @Test
    void connectionsPlanTheAuthorizationJoinsPerTask() {
        // The pool's connections: custom plans (V6's statistics apply) and index probes priced as on an SSD,
        // so the group filters' join stays linear in the open tasks (DataSourceConfiguration).
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
        assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
    }

    private List<String> filterNames(String user) {
        List<String> names = new ArrayList<>();
        call(user, HttpMethod.GET, "/engine-rest/filter?resourceType=Task&maxResults=50", null).getBody()
                .forEach(filter -> names.add(filter.get("name").asText()));
        return names;
    }

    private String filterId(String user, String name) {
        for (JsonNode filter : call(user, HttpMethod.GET, "/engine-rest/filter?resourceType=Task&maxResults=50", null)
                .getBody()) {
            if (filter.get("name").asText().equals(name)) {
                return filter.get("id").asText();
            }
        }
        throw new AssertionError("No filter " + name + " for " + user);
    }
}
