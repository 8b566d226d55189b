package com.casedesk.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.casedesk.cases.CaseType;
import com.casedesk.cases.CaseIntake;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.ProcessTestSupport;
import com.casedesk.system.Groups;

/** The Tasklist queues: created once, readable by the right groups only, listing tasks with the case columns. */
@CaseDeskTest
class TaskFiltersTest {

    private static final String PASSWORD = "secret-test-password";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskFilters taskFilters;
    @Autowired
    CaseIntake intake;
    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void createMembers() {
        createUser("test-queue-support", Groups.TECHNICAL_SUPPORT);
        createUser("test-queue-billing", Groups.BILLING);
        createUser("test-queue-supervisor", Groups.SUPERVISOR);
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void shouldHaveEveryQueueExactlyOnceAfterAnotherStart() {
        taskFilters.createMissingFilters();

        List<String> names = engine.getFilterService().createFilterQuery().list().stream().map(Filter::getName)
                .toList();
        List<String> expected = taskFilters.queues().stream().map(TaskFilters.Queue::name).toList();
        assertThat(expected).hasSize(1 + Groups.ALL.size() * 4 + 2)
                .contains(TaskFilters.GROUP_TASKS, "Billing: Open", "Billing: Due today", "Billing: Overdue", "Billing: Follow-up",
                        TaskFilters.ALL_OPEN, TaskFilters.OVERDUE_ALL_GROUPS);
        for (String name : expected) {
            assertThat(names).as(name).containsOnlyOnce(name);
        }
    }

    @Test
    void shouldShowAGroupItsOwnQueuesOnlyAndSupervisorsTheQueuesOfAllGroups() {
        assertThat(filtersReadableBy("test-queue-billing", Groups.BILLING))
                .contains("Billing: Open", "Billing: Overdue")
                .doesNotContain("Technical support: Open", TaskFilters.ALL_OPEN, TaskFilters.OVERDUE_ALL_GROUPS);
        assertThat(filtersReadableBy("test-queue-supervisor", Groups.SUPERVISOR))
                .contains(TaskFilters.ALL_OPEN, TaskFilters.OVERDUE_ALL_GROUPS)
                .doesNotContain("Billing: Open");
    }

    @Test
    void shouldListTheGroupsTaskWithCaseCustomerSiteAndCaseTypeThroughTheFilterAsTasklistAsksIt() {
        ProcessTestSupport.setClock(OffsetDateTime.parse("2026-03-04T10:00+01:00").toInstant());
        String caseNumber = intake.open(NewCaseRequest.of(CaseType.FAULT_REPORT, "SE-1001", null, "SE-S-1001",
                "The siren does not stop")).caseNumber();

        String list = tasklistList("test-queue-support", "Technical support: Open");

        assertThat(list).contains(caseNumber, "\"name\":\"customerName\"", "Bageriet Solros AB",
                "\"name\":\"siteCity\"", "Stockholm", "\"name\":\"caseType\"", "FAULT_REPORT");
        assertThat(tasklistList("test-queue-billing", "Billing: Open")).doesNotContain(caseNumber);
    }

    @Test
    void shouldListTheCaseColumnsInMyGroupsTasksTheQueueTasklistOpensFirst() {
        ProcessTestSupport.setClock(OffsetDateTime.parse("2026-03-04T10:00+01:00").toInstant());
        String caseNumber = intake.open(NewCaseRequest.of(CaseType.FAULT_REPORT, "SE-1001", null, "SE-S-1001",
                "The panel beeps")).caseNumber();

        String list = tasklistList("test-queue-support", TaskFilters.GROUP_TASKS);

        assertThat(list).contains(caseNumber, "\"name\":\"customerName\"", "Bageriet Solros AB",
                "\"name\":\"siteCity\"", "Stockholm", "\"name\":\"caseType\"", "FAULT_REPORT");
        assertThat(tasklistList("test-queue-billing", TaskFilters.GROUP_TASKS)).doesNotContain(caseNumber);
        assertThat(engine.getFilterService().createFilterQuery().filterName(TaskFilters.GROUP_TASKS).singleResult()
                .getProperties()).containsEntry("priority", -10);
    }

    @Test
    void shouldGiveAQueueMadeWithoutCaseColumnsThemOnceAndLeaveAQueueAnAdminEditedAsEdited() {
        Filter groupTasks = engine.getFilterService().createFilterQuery().filterName(TaskFilters.GROUP_TASKS)
                .singleResult();
        Map<String, Object> before = groupTasks.getProperties();
        try {
            // as an older CaseDesk made it: no columns
            groupTasks.setProperties(Map.of("priority", -10, "description", "Open tasks of the groups you belong to"));
            engine.getFilterService().saveFilter(groupTasks);
            taskFilters.createMissingFilters();
            assertThat(variableColumns(TaskFilters.GROUP_TASKS)).containsExactly("caseNumber", "customerName",
                    "siteCity", "caseType");

            // an admin took the columns away in Tasklist: a restart leaves it so
            Filter edited = engine.getFilterService().getFilter(groupTasks.getId());
            edited.setProperties(Map.of("priority", -10, "variables", List.of()));
            engine.getFilterService().saveFilter(edited);
            taskFilters.createMissingFilters();
            assertThat(variableColumns(TaskFilters.GROUP_TASKS)).isEmpty();
        } finally {
            Filter restored = engine.getFilterService().getFilter(groupTasks.getId());
            restored.setProperties(before);
            engine.getFilterService().saveFilter(restored);
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> variableColumns(String filterName) {
        Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
        return ((List<Map<String, Object>>) filter.getProperties().get("variables")).stream()
                .map(column -> (String) column.get("name")).toList();
    }

    @Test
    void shouldPutATaskInTheOverdueQueuesOnceItsDueDateHasPassed() {
        ProcessTestSupport.setClock(OffsetDateTime.parse("2026-03-04T10:00+01:00").toInstant());
        String caseNumber = intake.open(NewCaseRequest.of(CaseType.FAULT_REPORT, "SE-1002", null, "SE-S-1003",
                "Keypad dead")).caseNumber();
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();

        assertThat(tasksOf("Technical support: Overdue")).doesNotContain(task.getId());
        ProcessTestSupport.moveClock(Duration.ofHours(5));
        assertThat(tasksOf("Technical support: Overdue")).contains(task.getId());
        assertThat(tasksOf(TaskFilters.OVERDUE_ALL_GROUPS)).contains(task.getId());
    }

    private List<String> tasksOf(String filterName) {
        Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
        return engine.getFilterService().<Task>list(filter.getId()).stream().map(Task::getId).toList();
    }

    private List<String> filtersReadableBy(String user, String group) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(user, List.of(group));
        try {
            return engine.getFilterService().createFilterQuery().list().stream().map(Filter::getName).toList();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The request Tasklist sends for a queue: HAL, with the filter's variable columns embedded. */
    private String tasklistList(String user, String filterName) {
        Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        ResponseEntity<String> response = rest.withBasicAuth(user, PASSWORD).postForEntity(
                "/engine-rest/filter/" + filter.getId() + "/list?firstResult=0&maxResults=15",
                new HttpEntity<>(Map.of("processVariables", List.of(), "taskVariables", List.of(),
                        "caseInstanceVariables", List.of(), "sorting", List.of(
                                Map.of("sortBy", "dueDate", "sortOrder", "asc"),
                                Map.of("sortBy", "priority", "sortOrder", "desc"))), headers),
                String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private void createUser(String id, String group) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, group);
    }
}
