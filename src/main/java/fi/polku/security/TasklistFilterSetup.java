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
 * groups, and "Overdue". Each is readable only by the groups it is meant for. Their names here are
 * the English; each filter carries its message key ({@value #TEXT_KEY}) so that Tasklist shows them
 * in the reader's language (the message files' {@code filter.*}).
 */
@Component
public class TasklistFilterSetup {

    /** The filter property naming the filter's texts in the message files: {@code <key>.name}, {@code <key>.description}. */
    public static final String TEXT_KEY = "textKey";
    static final String MY_TASKS = "My tasks";
    static final String OVERDUE = "Overdue";
    static final String MY_TASKS_DESCRIPTION = "Tasks assigned to me";
    static final String OVERDUE_DESCRIPTION = "Tasks of my groups past their due date";
    static final String PARTICIPANT_COLUMN = "Participant";
    static final String JOURNEY_COLUMN = "Journey";

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

    /** Every English text of the filters and of the groups' names under its message key ({@code filter.*}, {@code group.*}). */
    public static Map<String, String> englishTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("filter.my-tasks.name", MY_TASKS);
        texts.put("filter.my-tasks.description", MY_TASKS_DESCRIPTION);
        texts.put("filter.overdue.name", OVERDUE);
        texts.put("filter.overdue.description", OVERDUE_DESCRIPTION);
        for (Role role : Role.taskWorkers()) {
            texts.put(openFilterKey(role) + ".name", openFilterName(role));
            texts.put(openFilterKey(role) + ".description", openFilterDescription(role));
        }
        for (Role role : Role.values()) {
            texts.put("group." + role.groupId(), role.displayName());
        }
        texts.put("filter.column.displayName", PARTICIPANT_COLUMN);
        texts.put("filter.column.journeyId", JOURNEY_COLUMN);
        return texts;
    }

    private static String openFilterKey(Role role) {
        return "filter.open." + role.groupId();
    }

    private static String openFilterDescription(Role role) {
        return "Unassigned tasks of " + role.displayName().toLowerCase();
    }

    public void apply() {
        Filter myTasks = save(MY_TASKS, "filter.my-tasks", -10, MY_TASKS_DESCRIPTION,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        Filter overdue = save(OVERDUE, "filter.overdue", 10, OVERDUE_DESCRIPTION,
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueBeforeExpression("${now()}").orderByDueDate().asc());
        // A team member lands on the first filter: their group's open tasks, where new work arrives
        // (each filter shows its count, so "My tasks" with their claimed work is in sight too).
        int priority = -20;
        for (Role role : Role.taskWorkers()) {
            Filter open = save(openFilterName(role), openFilterKey(role), priority++, openFilterDescription(role),
                    taskService.createTaskQuery().taskCandidateGroup(role.groupId()).orderByDueDate().asc());
            authorizations.grant(role, Resources.FILTER, open.getId(), Permissions.READ);
            authorizations.grant(role, Resources.FILTER, myTasks.getId(), Permissions.READ);
            authorizations.grant(role, Resources.FILTER, overdue.getId(), Permissions.READ);
        }
    }

    private Filter save(String name, String textKey, int priority, String description, TaskQuery query) {
        Filter filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put(TEXT_KEY, textKey);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", List.of(
                Map.of("name", "displayName", "label", PARTICIPANT_COLUMN),
                Map.of("name", "journeyId", "label", JOURNEY_COLUMN)));
        filter.setProperties(properties);
        filter.setQuery(query);
        return filterService.saveFilter(filter);
    }
}
