package fi.polku.engine;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Keeps one user off one task that their group works: a user-specific REVOKE of reading, working,
 * assigning and updating the task, which the engine ranks above the group's grant, so the user
 * neither sees the task in Tasklist nor claims or completes it through any API (four eyes: whoever
 * prepared a decision cannot approve it). The engine deletes the task's authorizations with the task.
 * <p>
 * Why an internal: the revoke is written from the task's create listener, inside the command of the
 * user whose work created the task, and that user may not create authorizations (nor should they).
 * The public API has no way to write one authorization without the current user's check, so the
 * check is switched off for this one write through the command context. {@code EngineInternalsTest}
 * proves the revoke keeps the user off the task and that the check is on again afterwards.
 * <p>
 * Cost: once any REVOKE exists, the engine's default {@code authorizationCheckRevokes=auto} adds the
 * revoke conditions to every authorization check (see README, "Employer side").
 */
public final class TaskWorkRevocation {

    private TaskWorkRevocation() {
    }

    public static void revoke(DelegateTask task, String userId) {
        AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
        CommandContext commandContext = Context.getCommandContext();
        boolean checking = commandContext.isAuthorizationCheckEnabled();
        commandContext.disableAuthorizationCheck();
        try {
            Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
            revoke.setUserId(userId);
            revoke.setResource(Resources.TASK);
            revoke.setResourceId(task.getId());
            revoke.removePermission(Permissions.READ);
            revoke.removePermission(Permissions.UPDATE);
            revoke.removePermission(TaskPermissions.TASK_WORK);
            revoke.removePermission(TaskPermissions.TASK_ASSIGN);
            revoke.removePermission(TaskPermissions.READ_VARIABLE);
            authorizations.saveAuthorization(revoke);
        } finally {
            if (checking) {
                commandContext.enableAuthorizationCheck();
            }
        }
    }
}
