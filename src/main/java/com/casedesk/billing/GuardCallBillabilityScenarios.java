package com.casedesk.billing;

import java.util.List;

import org.springframework.stereotype.Component;

import com.casedesk.rules.DecisionScenarios;
import com.casedesk.rules.RuleBase;
import com.casedesk.rules.ScenarioRow;

/** Runs {@code rules/billing/tests/*.csv}: the facts of a handled alarm in; billable and charge out. */
@Component
public class GuardCallBillabilityScenarios implements DecisionScenarios {

    @Override
    public String folder() {
        return "billing";
    }

    @Override
    public String rulePackage() {
        return "com.casedesk.billing";
    }

    @Override
    public List<String> run(ScenarioRow row, RuleBase rules) {
        GuardCallBillability result = new GuardCallBillabilityDecision(rules).decide(new AlarmFacts(
                row.bool("directCustomer"), row.bool("guardCallOutIncluded"), row.bool("testModeActive"),
                row.bool("falseAlarmReportedByPhone"), row.bool("guardDispatched"), row.bool("contactsCalled")));
        ScenarioRow.expect("charge", Charge.valueOf(row.get("charge")), result.charge());
        ScenarioRow.expect("billable", row.bool("billable"), result.billable());
        ScenarioRow.expect("reasons", row.list("reasons"), result.reasons().stream().map(reason -> reason.code()).toList());
        row.expectFiredRules(result.firedRules());
        return result.firedRules();
    }
}
