package com.casedesk.worklist;

import java.util.List;

import com.casedesk.rules.Reason;

/** The SLA of one user task: its working time to the due date and its priority, with the decision's reasons. */
public record TaskSla(int businessHours, TaskPriority priority, List<Reason> reasons, List<String> firedRules,
        String rulesVersion) {
}
