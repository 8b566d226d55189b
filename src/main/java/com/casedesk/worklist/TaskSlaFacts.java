package com.casedesk.worklist;

/**
 * A user task as the SLA table ({@code rules/sla/task-due-times.csv}) sees it.
 *
 * @param caseType the case's type ({@code FAULT_REPORT}); empty when the task belongs to no case
 * @param task     the task's id in its BPMN ({@code userTask_triageFault})
 * @param urgent   the case was classified urgent
 */
public record TaskSlaFacts(String caseType, String task, boolean urgent) {
}
