package com.casedesk.worklist;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.mail.CustomerMailService;
import com.casedesk.system.DatabaseLock;

/**
 * Escalates each overdue user task once: raises its priority, mails its group's lead (through the outbox) and
 * writes the escalation on the case's timeline. Every node runs the scan, one at a time under a database lock;
 * a row per escalated task in {@code cd_task_escalation} makes "once" hold even across nodes and restarts.
 */
@Component
class OverdueTaskEscalation {

    private static final Logger log = LoggerFactory.getLogger(OverdueTaskEscalation.class);
    private static final int BATCH = 100;
    private static final String OVERDUE_NOT_ESCALATED = "SELECT RES.* FROM ACT_RU_TASK RES"
            + " WHERE RES.DUE_DATE_ < #{now} AND NOT EXISTS"
            + " (SELECT 1 FROM cd_task_escalation E WHERE E.task_id = RES.ID_) ORDER BY RES.DUE_DATE_";

    private final TaskService tasks;
    private final CaseManagement cases;
    private final CustomerMailService mail;
    private final EscalationProperties properties;
    private final DatabaseLock lock;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    OverdueTaskEscalation(TaskService tasks, CaseManagement cases, CustomerMailService mail,
            EscalationProperties properties, DatabaseLock lock, TransactionTemplate transaction, JdbcTemplate jdbc,
            Clock clock) {
        this.tasks = tasks;
        this.cases = cases;
        this.mail = mail;
        this.properties = properties;
        this.lock = lock;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${casedesk.escalation.scan-interval:PT1M}")
    void scan() {
        int escalated;
        do {
            escalated = escalateBatch();
        } while (escalated == BATCH);
    }

    /** Escalates up to {@value #BATCH} overdue tasks in one transaction; returns how many. */
    int escalateBatch() {
        Integer count = transaction.execute(status -> {
            lock.acquire("overdue-task-escalation");
            Instant now = clock.instant();
            List<Task> overdue = tasks.createNativeTaskQuery().sql(OVERDUE_NOT_ESCALATED)
                    .parameter("now", Date.from(now)).listPage(0, BATCH);
            overdue.forEach(task -> escalate(task, now));
            return overdue.size();
        });
        return count == null ? 0 : count;
    }

    private void escalate(Task task, Instant now) {
        String group = candidateGroup(task.getId());
        Object caseNumberValue = tasks.getVariable(task.getId(), WorklistVariables.CASE_NUMBER);
        String caseNumber = caseNumberValue == null ? null : caseNumberValue.toString();
        jdbc.update("INSERT INTO cd_task_escalation (task_id, case_number, group_id, due_at, escalated_at)"
                + " VALUES (?, ?, ?, ?, ?)", task.getId(), caseNumber, group,
                Timestamp.from(task.getDueDate().toInstant()), Timestamp.from(now));
        int priority = task.getPriority() + TaskPriority.ESCALATION_RAISE;
        tasks.setPriority(task.getId(), priority);
        String lead = group == null ? null : properties.leads().get(group);
        if (caseNumber != null) {
            cases.record(caseNumber, CaseEvent.Kind.ESCALATION, "Task '" + task.getName() + "' overdue (due "
                    + task.getDueDate().toInstant() + "): priority raised to " + priority
                    + (lead == null ? "" : ", lead of " + group + " notified"), null);
        }
        if (lead != null) {
            mail.send(new CustomerMailService.Mail(caseNumber, lead, "en", "escalation-overdue", Map.of(
                    "taskName", task.getName(), "group", group, "due", task.getDueDate().toInstant().toString(),
                    "priority", priority, "queue", TaskFilters.queueName(group, "Overdue"),
                    "caseType", text(tasks.getVariable(task.getId(), WorklistVariables.CASE_TYPE)),
                    "customerName", text(tasks.getVariable(task.getId(), WorklistVariables.CUSTOMER_NAME)))));
        }
        log.info("Escalated overdue task {} '{}' of case {} (group {}, lead {})", task.getId(), task.getName(),
                caseNumber, group, lead == null ? "none configured" : lead);
    }

    private String candidateGroup(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? "-" : value.toString();
    }
}
