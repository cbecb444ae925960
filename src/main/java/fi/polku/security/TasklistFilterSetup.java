package fi.polku.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every team member sees: "My tasks", "&lt;group&gt;: open" for each of their
 * groups, and "Overdue". Each is readable only by the groups it is meant for.
 */
@Component
public class TasklistFilterSetup {

    static final String MY_TASKS = "My tasks";
    static final String OVERDUE = "Overdue";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationSetup authorizations;

    public TasklistFilterSetup(FilterService filterService, TaskService taskService, AuthorizationSetup authorizations) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizations = authorizations;
    }

    public static String openFilterName(Role role) {
        return role.displayName() + ": open";
    }

    public void apply() {
        Filter myTasks = save(MY_TASKS, -10, "Tasks assigned to me",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        Filter overdue = save(OVERDUE, 10, "Tasks of my groups past their due date",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueBeforeExpression("${now()}").orderByDueDate().asc());
        // A team member lands on the first filter: their group's open tasks, where new work arrives
        // (each filter shows its count, so "My tasks" with their claimed work is in sight too).
        int priority = -20;
        for (Role role : Role.team()) {
            Filter open = save(openFilterName(role), priority++, "Unassigned tasks of " + role.displayName().toLowerCase(),
                    taskService.createTaskQuery().taskCandidateGroup(role.groupId()).orderByDueDate().asc());
            authorizations.grant(role, Resources.FILTER, open.getId(), Permissions.READ);
            authorizations.grant(role, Resources.FILTER, myTasks.getId(), Permissions.READ);
            authorizations.grant(role, Resources.FILTER, overdue.getId(), Permissions.READ);
        }
    }

    private Filter save(String name, int priority, String description, TaskQuery query) {
        Filter filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", List.of(
                Map.of("name", "displayName", "label", "Participant"),
                Map.of("name", "journeyId", "label", "Journey")));
        filter.setProperties(properties);
        filter.setQuery(query);
        return filterService.saveFilter(filter);
    }
}
