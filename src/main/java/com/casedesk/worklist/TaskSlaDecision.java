package com.casedesk.worklist;

import org.springframework.stereotype.Service;

import com.casedesk.rules.RuleBase;
import com.casedesk.rules.RuleEvaluation;

/** Decides a user task's working time and priority ({@code rules/sla/}). */
@Service
public class TaskSlaDecision {

    private final RuleBase rules;

    public TaskSlaDecision(RuleBase rules) {
        this.rules = rules;
    }

    /** @throws IllegalStateException when no row matches (the table's last row should catch every task) */
    public TaskSla decide(String caseType, String task, boolean urgent) {
        RuleEvaluation evaluation = rules.evaluate(new TaskSlaFacts(caseType == null ? "" : caseType,
                task == null ? "" : task, urgent));
        SlaTerms terms = evaluation.single(SlaTerms.class).orElseThrow(() -> new IllegalStateException(
                "rules/sla has no row for case type " + caseType + ", task " + task + ", urgent " + urgent));
        return new TaskSla(terms.businessHours(), terms.priority(), evaluation.reasons(), evaluation.firedRules(),
                evaluation.rulesVersion());
    }
}
