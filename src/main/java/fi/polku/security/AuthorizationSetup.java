package fi.polku.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import fi.polku.engine.AuthorizationPermissions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What each group may do in the engine and the webapps. Task access is not granted here: the
 * engine grants a task's candidate group READ, TASK_WORK and READ_VARIABLE on that task when the
 * task is created ({@code defaultUserPermissionForTask} and enforced variable permissions in
 * application.yaml), which is exactly "each group works its own tasks, through the form": claim,
 * read, complete, but no variable writes, no new candidates, no assignee but oneself. Team members get no READ on process instances: it would open every journey's variables,
 * including the summaries on other groups' tasks (GET /engine-rest/variable-instance). Tasklist's
 * lists show the participant from the task's own copy instead ({@code JourneyTaskLabels}).
 *
 * <p>The group-wide grants (on every resource id, and on applications) are set to exactly what
 * this class says at every start: a permission granted by an earlier version or by hand in the
 * Admin webapp is withdrawn. Grants on single resources (a filter, a task) are left alone.
 */
@Component
class AuthorizationSetup {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationSetup.class);

    private final AuthorizationService authorizationService;
    private final List<TasklistStart> tasklistStarts;

    public AuthorizationSetup(AuthorizationService authorizationService, List<TasklistStart> tasklistStarts) {
        this.authorizationService = authorizationService;
        this.tasklistStarts = tasklistStarts;
    }

    public void apply() {
        Grants grants = new Grants();
        for (Resources resource : Resources.values()) {
            grants.add(Role.ADMINS, resource, ANY, Permissions.ALL);
        }
        for (Role role : Role.taskWorkers()) {
            grants.add(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // Tasklist draws a task's diagram from its process definition.
            grants.add(role, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        }
        // Only the processes their modules declare startable from Tasklist (e.g. a referral by phone).
        for (TasklistStart start : tasklistStarts) {
            grants.add(start.role(), Resources.PROCESS_DEFINITION, start.processDefinitionKey(),
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
            grants.add(start.role(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }

        // Managers monitor everything read-only; team leads read all journeys.
        for (Role role : new Role[] {Role.MANAGERS, Role.TEAM_LEADS}) {
            grants.add(role, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grants.add(role, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
            grants.add(role, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            grants.add(role, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
            grants.add(role, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
            grants.add(role, Resources.DEPLOYMENT, ANY, Permissions.READ);
            // Cockpit's "Human Tasks" counts open tasks per group (the engine's task report needs READ
            // on every task). A task's variables stay behind READ_VARIABLE, which they do not get.
            grants.add(role, Resources.TASK, ANY, Permissions.READ);
        }
        // Supplement handlers open Cockpit for their figures page (journey.md: the handlers' figures),
        // nothing more: without READ_INSTANCE or instance READ, Cockpit's own views show them no instance.
        grants.add(Role.SUPPLEMENT_HANDLERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        // Team leads read every journey's variables and their history, as before variables had
        // permissions of their own; and the decisions taken in them, with their inputs.
        grants.add(Role.TEAM_LEADS, Resources.PROCESS_DEFINITION, ANY,
                ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
        grants.add(Role.TEAM_LEADS, Resources.DECISION_DEFINITION, ANY, Permissions.READ_HISTORY);
        // Managers see where each journey stands, its open tasks and incidents, but no variable and
        // no decision's inputs (a monitoring role needs the phases and counts, which Cockpit's
        // diagrams and the Journeys page show, not what a professional recorded). They have no
        // Tasklist and cannot work tasks.
        grants.add(Role.MANAGERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_TASK);

        grants.permissions.forEach(this::setExactly);
        withdrawOtherGroupWideGrants(grants);
        bringTaskGrantsToTaskWork();
    }

    /**
     * Tasks created before {@code defaultUserPermissionForTask} was {@code TASK_WORK} gave their
     * candidates and assignee {@code UPDATE} (write variables, add groups, assign anyone) and, with
     * variable permissions not yet enforced, no {@code READ_VARIABLE}: each such grant becomes what
     * the engine gives a new task, READ, TASK_WORK and READ_VARIABLE. Idempotent; a page at a time.
     */
    void bringTaskGrantsToTaskWork() {
        int groupWide = 0;
        int changed = 0;
        while (true) {
            List<Authorization> page = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                    .authorizationType(AUTH_TYPE_GRANT).hasPermission(Permissions.UPDATE)
                    .orderByResourceId().asc().listPage(groupWide, TASK_GRANTS_PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (Authorization grant : page) {
                if (ANY.equals(grant.getResourceId())) {
                    groupWide++; // the administrators' grant on every task stays
                    continue;
                }
                grant.removePermission(Permissions.UPDATE);
                grant.addPermission(Permissions.READ);
                grant.addPermission(Permissions.TASK_WORK);
                grant.addPermission(TaskPermissions.READ_VARIABLE);
                authorizationService.saveAuthorization(grant);
                changed++;
            }
        }
        if (changed > 0) {
            log.info("{} grants on open tasks changed from UPDATE to TASK_WORK and READ_VARIABLE", changed);
        }
    }

    private static final int TASK_GRANTS_PAGE = 500;

    /** Grants the permissions (adding to an existing grant of the same group and resource). */
    public void grant(Role role, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = find(new Grant(role.groupId(), resource.resourceType(), resourceId));
        if (authorization == null) {
            authorization = newGrant(role.groupId(), resource, resourceId);
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

    private void setExactly(Grant grant, Integer permissions) {
        Authorization authorization = find(grant);
        if (authorization == null) {
            authorization = newGrant(grant.groupId, grant.resource(), grant.resourceId);
        } else if (AuthorizationPermissions.mask(authorization) == permissions) {
            return;
        }
        AuthorizationPermissions.setMask(authorization, permissions);
        authorizationService.saveAuthorization(authorization);
    }

    private void withdrawOtherGroupWideGrants(Grants grants) {
        String[] groupIds = Arrays.stream(Role.values()).map(Role::groupId).toArray(String[]::new);
        for (Authorization authorization : authorizationService.createAuthorizationQuery().groupIdIn(groupIds)
                .authorizationType(AUTH_TYPE_GRANT).list()) {
            boolean groupWide = ANY.equals(authorization.getResourceId())
                    || authorization.getResourceType() == Resources.APPLICATION.resourceType();
            Grant grant = new Grant(authorization.getGroupId(), authorization.getResourceType(), authorization.getResourceId());
            if (groupWide && !grants.permissions.containsKey(grant)) {
                log.info("Withdrawing group {}'s grant on resource type {} ({}) that Polku no longer gives",
                        grant.groupId, grant.resourceType, grant.resourceId);
                authorizationService.deleteAuthorization(authorization.getId());
            }
        }
    }

    private Authorization find(Grant grant) {
        return authorizationService.createAuthorizationQuery().groupIdIn(grant.groupId)
                .resourceType(grant.resourceType).resourceId(grant.resourceId)
                .authorizationType(AUTH_TYPE_GRANT).singleResult();
    }

    private Authorization newGrant(String groupId, Resource resource, String resourceId) {
        Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        return authorization;
    }

    private record Grant(String groupId, int resourceType, String resourceId) {
        Resource resource() {
            return Arrays.stream(Resources.values()).filter(r -> r.resourceType() == resourceType).findFirst()
                    .orElseThrow();
        }
    }

    /** The wanted grants: permission masks per group, resource type and id. */
    private static final class Grants {
        private final Map<Grant, Integer> permissions = new LinkedHashMap<>();

        void add(Role role, Resource resource, String resourceId, Permission... granted) {
            int mask = Arrays.stream(granted).mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
            permissions.merge(new Grant(role.groupId(), resource.resourceType(), resourceId), mask, (a, b) -> a | b);
        }
    }
}
