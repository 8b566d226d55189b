package com.casedesk.worklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.casedesk.system.DatabaseLock;
import com.casedesk.system.Groups;

/**
 * The Tasklist queues, created on the first start and shared through Camunda authorizations: "My group's tasks"
 * (the tasks of every group the user is in, the first queue after login); per work group
 * "Open", "Due today", "Overdue" and "Follow-up"; for supervisors and admins "All open" and "Overdue, all
 * groups". Each is sorted by due date, then priority, and shows the case number, customer, site and case type.
 * Runs on every start under a database lock and only adds what is missing, so a restart or a second node
 * changes nothing (and a filter an admin edited in Tasklist stays as edited).
 */
@Component
class TaskFilters {

    static final String GROUP_TASKS = "My group's tasks";
    static final String ALL_OPEN = "All open";
    static final String OVERDUE_ALL_GROUPS = "Overdue, all groups";

    private static final String START_OF_TODAY = "${dateTime().withTimeAtStartOfDay().toDate()}";
    private static final String START_OF_TOMORROW = "${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}";
    private static final String NOW = "${now()}";
    private static final Map<String, String> LABELS = Map.of(WorklistVariables.CASE_NUMBER, "Case",
            WorklistVariables.CUSTOMER_NAME, "Customer", WorklistVariables.SITE_CITY, "Site",
            WorklistVariables.CASE_TYPE, "Case type");

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final DatabaseLock lock;
    private final TransactionTemplate transaction;

    TaskFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations, DatabaseLock lock,
            TransactionTemplate transaction) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.lock = lock;
        this.transaction = transaction;
    }

    /** One queue: its name in Tasklist, its query, its place in the list and the groups that may read it. */
    record Queue(String name, String description, TaskQuery query, int order, List<String> readers) {
    }

    @jakarta.annotation.PostConstruct
    void createMissingFilters() {
        transaction.executeWithoutResult(status -> {
            lock.acquire("task-filters");
            queues().forEach(this::createOnce);
        });
    }

    List<Queue> queues() {
        List<Queue> queues = new ArrayList<>();
        // the first queue Tasklist opens after login, for every work group and supervisors
        queues.add(new Queue(GROUP_TASKS, "Open tasks of the groups you belong to",
                sorted(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks()),
                -10, Stream.concat(Groups.ALL.stream(), Stream.of(Groups.SUPERVISOR)).toList()));
        int order = 0;
        for (String group : Groups.ALL) {
            String label = label(group);
            List<String> readers = List.of(group);
            queues.add(new Queue(queueName(group, "Open"), "Open tasks of " + label, groupTasks(group), order++, readers));
            queues.add(new Queue(queueName(group, "Due today"), "Tasks of " + label + " due today",
                    groupTasks(group).dueAfterExpression(START_OF_TODAY).dueBeforeExpression(START_OF_TOMORROW),
                    order++, readers));
            queues.add(new Queue(queueName(group, "Overdue"), "Tasks of " + label + " past their due date",
                    groupTasks(group).dueBeforeExpression(NOW), order++, readers));
            queues.add(new Queue(queueName(group, "Follow-up"), "Tasks of " + label + " whose follow-up date has come",
                    groupTasks(group).followUpBeforeExpression(NOW), order++, readers));
        }
        List<String> supervisors = List.of(Groups.SUPERVISOR, Groups.CAMUNDA_ADMIN);
        queues.add(new Queue(ALL_OPEN, "Every open task of every group", sorted(tasks.createTaskQuery()), order++,
                supervisors));
        queues.add(new Queue(OVERDUE_ALL_GROUPS, "Every task past its due date",
                sorted(tasks.createTaskQuery().dueBeforeExpression(NOW)), order, supervisors));
        return queues;
    }

    /** "Billing: Open": a member of two groups sees both groups' queues apart. */
    static String queueName(String group, String queue) {
        return label(group) + ": " + queue;
    }

    private TaskQuery groupTasks(String group) {
        return sorted(tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks());
    }

    private static TaskQuery sorted(TaskQuery query) {
        return query.orderByDueDate().asc().orderByTaskPriority().desc();
    }

    private void createOnce(Queue queue) {
        Filter filter = filters.createFilterQuery().filterName(queue.name()).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(queue.name()).setQuery(queue.query()).setProperties(properties(queue));
            filters.saveFilter(filter);
        } else if (filter.getProperties() == null || !filter.getProperties().containsKey("variables")) {
            // made by a CaseDesk before the queues had their case columns: given them once, then left to the admins
            filter.setQuery(queue.query()).setProperties(properties(queue));
            filters.saveFilter(filter);
        }
        for (String reader : queue.readers()) {
            grantRead(reader, filter.getId());
        }
    }

    private static Map<String, Object> properties(Queue queue) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", queue.description());
        properties.put("priority", queue.order());
        properties.put("refresh", true);
        properties.put("variables", WorklistVariables.COLUMNS.stream().map(name -> column(name, LABELS.get(name)))
                .toList());
        return properties;
    }

    private static Map<String, String> column(String name, String label) {
        return Map.of("name", name, "label", label);
    }

    private void grantRead(String group, String filterId) {
        boolean granted = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.FILTER)
                .resourceId(filterId).hasPermission(Permissions.READ).count() > 0;
        if (!granted) {
            Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(Resources.FILTER);
            authorization.setResourceId(filterId);
            authorization.addPermission(Permissions.READ);
            authorizations.saveAuthorization(authorization);
        }
    }

    private static String label(String group) {
        String spaced = group.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
