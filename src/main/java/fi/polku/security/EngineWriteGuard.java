package fi.polku.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.api.CachedBodyRequest;
import fi.polku.api.RequestPath;
import fi.polku.engine.EngineUser;
import fi.polku.engine.WebappSessionUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's REST API ({@code /engine-rest} and the webapps' {@code /camunda/api/engine}) lets a
 * user do whatever their authorizations allow, far more than Tasklist shows. The engine's own
 * mechanisms carry most of the load: a task's candidates get {@code TASK_WORK}, not {@code UPDATE}
 * ({@code defaultUserPermissionForTask}), so writing a task's variables, adding identity links,
 * assigning and changing dates are refused by the engine itself. What {@code TASK_WORK} still
 * allows, and what no authorization covers, is closed here, as an allow-list: for anyone but an
 * administrator, a request that changes something is refused (403) unless it is
 * <ul>
 *   <li>a query sent as POST (task, process-instance, history, filter lists and counts: reads,
 *       authorized by the engine as reads);</li>
 *   <li>their own task work: claim for themselves, give back a task assigned to them, submit the
 *       form or complete (the form checks of {@code FormSubmissionFilter} and the models'
 *       listeners apply);</li>
 *   <li>a start form's submission (the engine checks {@code CREATE_INSTANCE}).</li>
 * </ul>
 * So a team member cannot claim a task for someone else (which would grant that person the task),
 * throw a BPMN error or escalation past the form, comment, or write to jobs, job definitions,
 * batches, external tasks, incidents, deployments, filters, users, groups, tenants and
 * authorizations: standalone jobs such as the history cleanup carry no process-definition
 * authorization, so only an allow-list keeps them out of a team member's reach.
 *
 * <p>For everyone, administrators included: {@code firstResult} and {@code maxResults} must be
 * whole numbers from 0 (the database refuses a negative offset with a server error), and a process
 * with a start form is started through that form ({@code submit-form}), not {@code start}, which
 * would skip the form's checks and answer their refusal with a server error.
 *
 * <p>Refusals are {@code application/problem+json} with {@code message} beside {@code detail}, the
 * field Tasklist and Cockpit show of an engine REST error.
 */
class EngineWriteGuard extends OncePerRequestFilter {

    /** The path below the engine: after {@code /engine-rest/[engine/<name>/]} or {@code /camunda/api/engine/engine/<name>/}. */
    private static final Pattern ENGINE_PATH = Pattern.compile(
            "^/(?:engine-rest/(?:engine/(?<restEngine>[^/]+)/)?|camunda/api/engine/engine/(?<webappEngine>[^/]+)/)(?<path>.*?)/?$");

    /** Queries engine REST offers as POST (a query in the body); the engine authorizes them as reads. */
    private static final Pattern QUERY = Pattern.compile("^(?:(?:task|process-instance|execution|variable-instance|job"
            + "|job-definition|external-task|group|case-execution|history/(?:activity-instance|variable-instance"
            + "|process-instance|job-log|task|external-task-log|case-instance))(?:/count)?|history/detail"
            + "|filter/[^/]+/(?:list|count|singleResult))$");

    private static final Pattern TASK_WORK = Pattern.compile("^task/(?<task>[^/]+)/(?<action>claim|unclaim|submit-form|complete)$");

    private static final Pattern START_FORM = Pattern.compile(
            "^process-definition/(?:key/(?<key>[^/]+)(?:/tenant-id/(?<tenant>[^/]+))?|(?<id>[^/]+))/submit-form$");

    private static final Pattern START = Pattern.compile(
            "^process-definition/(?:key/(?<key>[^/]+)(?:/tenant-id/(?<tenant>[^/]+))?|(?<id>[^/]+))/start$");

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<String> PAGING = List.of("firstResult", "maxResults");
    private static final int MAX_BODY = 64 * 1024;

    private final IdentityService identityService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final FormService formService;
    private final ObjectMapper objectMapper;

    public EngineWriteGuard(IdentityService identityService, TaskService taskService,
                            RepositoryService repositoryService, FormService formService, ObjectMapper objectMapper) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.formService = formService;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher engine = ENGINE_PATH.matcher(RequestPath.of(request));
        if (!engine.matches()) {
            chain.doFilter(request, response);
            return;
        }
        String path = engine.group("path");
        String badPaging = badPaging(request);
        if (badPaging != null) {
            refuse(response, HttpStatus.BAD_REQUEST, "InvalidRequestException", badPaging);
            return;
        }
        Matcher start = START.matcher(path);
        if ("POST".equals(request.getMethod()) && start.matches() && hasStartForm(start)) {
            refuse(response, HttpStatus.BAD_REQUEST, "InvalidRequestException", "This process is started through its "
                    + "start form: POST .../submit-form with the form's fields (Tasklist: Start process)");
            return;
        }
        if (READS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        EngineUser caller = caller(request, engine.group("webappEngine"));
        Matcher startForm = START_FORM.matcher(path);
        if (caller == null || isAdmin(caller) || QUERY.matcher(path).matches()
                || (startForm.matches() && hasStartForm(startForm))) {
            // Without a caller the engine or the webapp answers 401 itself.
            chain.doFilter(request, response);
            return;
        }
        Matcher work = TASK_WORK.matcher(path);
        if (!work.matches()) {
            refuse(response, HttpStatus.FORBIDDEN, "AuthorizationException", "Only an administrator may "
                    + request.getMethod() + " " + path + ". A team member works a task through its form: "
                    + "claim, give back, submit.");
            return;
        }
        switch (work.group("action")) {
            case "claim" -> claim(request, response, chain, caller);
            case "unclaim" -> giveBack(work.group("task"), request, response, chain, caller);
            default -> chain.doFilter(request, response);
        }
    }

    /** A claim names the user who gets the task: the caller, never a colleague or a manager. */
    private void claim(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                       EngineUser caller) throws IOException, ServletException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        JsonNode userId;
        try {
            userId = body.length == 0 || body.length > MAX_BODY ? null : objectMapper.readTree(body).path("userId");
        } catch (IOException e) {
            userId = null;
        }
        if (userId == null || !userId.isTextual() || !userId.textValue().equals(caller.userId())) {
            refuse(response, HttpStatus.FORBIDDEN, "AuthorizationException",
                    "A task is claimed for yourself only: {\"userId\": \"" + caller.userId() + "\"}");
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /**
     * Giving a task back. Engine REST's {@code unclaim} sets the assignee to nobody, which needs
     * {@code TASK_ASSIGN} (the right to hand the task to anyone); a claim of nobody needs only
     * {@code TASK_WORK}, so the assignee's own give-back is done that way, as the caller.
     */
    private void giveBack(String taskId, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                          EngineUser caller) throws IOException, ServletException {
        try {
            Task task = EngineUser.callAs(identityService, caller, () -> taskService.createTaskQuery().taskId(taskId).singleResult());
            if (task == null) {
                chain.doFilter(request, response); // the engine answers as it does for a task the caller cannot see
                return;
            }
            if (!caller.userId().equals(task.getAssignee())) {
                refuse(response, HttpStatus.FORBIDDEN, "AuthorizationException",
                        "Only the task's assignee can give it back; it is " + (task.getAssignee() == null
                                ? "assigned to nobody" : "assigned to someone else"));
                return;
            }
            EngineUser.callAs(identityService, caller, () -> {
                taskService.claim(taskId, null);
                return null;
            });
            response.setStatus(HttpStatus.NO_CONTENT.value());
        } catch (AuthorizationException e) {
            refuse(response, HttpStatus.FORBIDDEN, "AuthorizationException", "You may not work this task");
        }
    }

    /**
     * The authenticated caller: on {@code /engine-rest} the engine's authentication (set by the
     * authentication filter before this one), on the webapps' engine API the webapp session's user.
     */
    private EngineUser caller(HttpServletRequest request, String webappEngine) {
        return webappEngine == null ? EngineUser.current(identityService).orElse(null)
                : WebappSessionUser.of(request, webappEngine);
    }

    private static boolean isAdmin(EngineUser caller) {
        return caller.isIn(Role.ADMINS.groupId());
    }

    /**
     * The first paging parameter of the query string that is not a whole number from 0, described;
     * null when all are. Read from the query string only: asking the request for its parameters
     * would consume a form-encoded body before engine REST reads it.
     */
    private static String badPaging(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            String name = URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8);
            String value = nameAndValue.length < 2 ? "" : URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8);
            if (PAGING.contains(name) && (!value.matches("\\d{1,10}") || Long.parseLong(value) > Integer.MAX_VALUE)) {
                return "Query parameter '" + name + "' must be a whole number from 0 to " + Integer.MAX_VALUE;
            }
        }
        return null;
    }

    /** Whether the process definition the path names has a start form (read without the caller's authorization). */
    private boolean hasStartForm(Matcher start) {
        try {
            return EngineUser.callAs(identityService, null, () -> {
                ProcessDefinition definition;
                if (start.group("id") != null) {
                    definition = repositoryService.createProcessDefinitionQuery().processDefinitionId(start.group("id"))
                            .singleResult();
                } else {
                    var query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(start.group("key"))
                            .latestVersion();
                    definition = (start.group("tenant") == null ? query.withoutTenantId()
                            : query.tenantIdIn(start.group("tenant"))).singleResult();
                }
                return definition != null && (definition.hasStartFormKey() || hasCamundaStartForm(definition));
            });
        } catch (RuntimeException e) {
            return false; // the engine answers the start as it does (not found, ...)
        }
    }

    private boolean hasCamundaStartForm(ProcessDefinition definition) {
        StartFormData form = formService.getStartFormData(definition.getId());
        return form != null && (form.getCamundaFormRef() != null || form.getFormKey() != null);
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String camundaType, String message)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", camundaType);
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", message);
        problem.put("message", message);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
