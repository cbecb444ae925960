package fi.polku.tasklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.api.RequestPath;
import fi.polku.engine.EngineUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Two people completing the same task: the engine lets one transaction win, and engine REST answers
 * the other with 500 (an {@code OptimisticLockingException} or "cannot find task", both wrapped as
 * server errors). For the person in Tasklist that is no server error but a conflict: this filter
 * answers such a completion of a task that history shows completed with 409 and a message saying
 * so, in the shape of engine REST's own errors ({@code type}, {@code message}), which Tasklist shows.
 * A claim of a task a colleague has just claimed gets 409 likewise.
 * It covers engine REST ({@code /engine-rest}) and the webapps' engine API ({@code /camunda/api/engine}).
 */
class TaskAlreadyCompletedFilter extends OncePerRequestFilter {

    private static final Pattern TASK_COMPLETION = Pattern.compile("/task/([^/]+)/(complete|submit-form|claim)$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final HistoryService historyService;
    private final IdentityService identityService;
    private final ObjectMapper objectMapper;

    public TaskAlreadyCompletedFilter(HistoryService historyService, IdentityService identityService,
                                      ObjectMapper objectMapper) {
        this.historyService = historyService;
        this.identityService = identityService;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher completion = TASK_COMPLETION.matcher(RequestPath.of(request));
        if (!"POST".equals(request.getMethod()) || !completion.find()) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        if ("claim".equals(completion.group(2))) {
            answerClaimedBySomeoneElse(response, answer);
            return;
        }
        int status = answer.getStatus();
        HistoricTaskInstance completed = status == HttpStatus.NOT_FOUND.value() || status >= 500
                || status == HttpStatus.FORBIDDEN.value() ? completedTask(completion.group(1), status) : null;
        if (completed == null) {
            answer.copyBodyToResponse();
            return;
        }
        answer.resetBuffer();
        conflict(response, "TaskAlreadyCompletedException", "The task \"" + completed.getName()
                + "\" was already completed at " + TIME.format(completed.getEndTime().toInstant())
                + ", probably by a colleague at the same moment. Your input was not stored; reload the task list.");
    }

    /**
     * Claiming a task a colleague claimed a moment earlier ({@code TaskAlreadyClaimedException}) or
     * at the same moment (the two updates of the task collide: {@code OptimisticLockingException}).
     */
    private void answerClaimedBySomeoneElse(HttpServletResponse response, ContentCachingResponseWrapper answer)
            throws IOException {
        // Engine REST's error body names the exception by its simple class name (its documented "type").
        String type = answer.getStatus() >= 500 ? objectMapper.readTree(answer.getContentAsByteArray()).path("type").asText() : "";
        if (!type.equals(TaskAlreadyClaimedException.class.getSimpleName())
                && !type.equals(OptimisticLockingException.class.getSimpleName())) {
            answer.copyBodyToResponse();
            return;
        }
        answer.resetBuffer();
        conflict(response, TaskAlreadyClaimedException.class.getSimpleName(),
                "A colleague claimed this task a moment ago; it is no longer yours to claim. Reload the task list.");
    }

    private void conflict(HttpServletResponse response, String type, String message) throws IOException {
        response.setStatus(HttpStatus.CONFLICT.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), Map.of("type", type, "message", message));
    }

    /**
     * The task if history shows it completed (not merely deleted), else null. Read without the
     * caller's authorization: team members have no history permissions, and the answer only tells
     * them about the task they just tried to complete by its id. A 403 arises when the winner's
     * commit removed the task's grants between the loser's read of the task and its permission
     * check; then the caller must have been one of the task's candidates, or the 403 stands.
     */
    private HistoricTaskInstance completedTask(String taskId, int status) {
        EngineUser caller = EngineUser.current(identityService).orElse(null);
        return EngineUser.callAs(identityService, null, () -> {
            HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
            boolean completed = task != null && task.getEndTime() != null && "completed".equals(task.getDeleteReason());
            return completed && (status != HttpStatus.FORBIDDEN.value() || wasCandidate(taskId, caller)) ? task : null;
        });
    }

    private boolean wasCandidate(String taskId, EngineUser caller) {
        return caller != null && historyService.createHistoricIdentityLinkLogQuery().taskId(taskId)
                .type(IdentityLinkType.CANDIDATE).list().stream()
                .anyMatch(link -> caller.userId().equals(link.getUserId()) || caller.isIn(link.getGroupId()));
    }
}
