package fi.polku.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import fi.polku.journey.JourneyProcess;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * What each group may do in the engine and the webapps. Task access is not granted here: the
 * engine grants a task's candidate group READ and UPDATE on that task when the task is created,
 * which is exactly "each group works its own tasks".
 */
@Component
public class AuthorizationSetup {

    private final AuthorizationService authorizationService;

    public AuthorizationSetup(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    public void apply() {
        for (Resources resource : Resources.values()) {
            grant(Role.ADMINS, resource, ANY, Permissions.ALL);
        }
        for (Role role : Role.team()) {
            grant(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // Tasklist draws a task's diagram and shows the participant's display name in the list;
            // both are read from the process, not the task. Task access itself stays per group.
            grant(role, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
            grant(role, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        }
        // A referral by phone or e-mail is started from Tasklist: only the journey is startable.
        grant(Role.REFERRAL_COORDINATORS, Resources.PROCESS_DEFINITION, JourneyProcess.KEY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Role.REFERRAL_COORDINATORS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);

        // Managers monitor everything read-only; team leads read all journeys.
        for (Role role : new Role[] {Role.MANAGERS, Role.TEAM_LEADS}) {
            grant(role, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(role, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
            grant(role, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            grant(role, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
            grant(role, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
            grant(role, Resources.DEPLOYMENT, ANY, Permissions.READ);
        }
        // Managers see a journey's open tasks in Cockpit but have no Tasklist and cannot work them.
        grant(Role.MANAGERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_TASK);
    }

    /** Grants the permissions (adding to an existing grant of the same group and resource). */
    public void grant(Role role, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(role.groupId()).resourceType(resource).resourceId(resourceId)
                .authorizationType(AUTH_TYPE_GRANT).singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(role.groupId());
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = authorization.getId() == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
    }
}
