package com.casedesk.worklist;

/** Inserted by exactly one row of {@code rules/sla/task-due-times.csv}: the first that matches. */
public record SlaTerms(int businessHours, TaskPriority priority) {
}
