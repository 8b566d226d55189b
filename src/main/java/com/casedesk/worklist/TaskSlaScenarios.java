package com.casedesk.worklist;

import java.util.List;

import org.springframework.stereotype.Component;

import com.casedesk.rules.DecisionScenarios;
import com.casedesk.rules.RuleBase;
import com.casedesk.rules.ScenarioRow;

/** Runs {@code rules/sla/tests/*.csv}: case type, task and urgency in; business hours and priority out. */
@Component
public class TaskSlaScenarios implements DecisionScenarios {

    @Override
    public String folder() {
        return "sla";
    }

    @Override
    public String rulePackage() {
        return "com.casedesk.worklist";
    }

    @Override
    public List<String> run(ScenarioRow row, RuleBase rules) {
        TaskSla result = new TaskSlaDecision(rules).decide(row.get("caseType"), row.get("task"), row.bool("urgent"));
        ScenarioRow.expect("businessHours", row.integer("businessHours"), result.businessHours());
        ScenarioRow.expect("priority", row.get("priority"), result.priority().name());
        ScenarioRow.expect("reasons", row.list("reasons"), result.reasons().stream().map(reason -> reason.code()).toList());
        row.expectFiredRules(result.firedRules());
        return result.firedRules();
    }
}
