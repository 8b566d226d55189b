package com.casedesk.termination;

import java.util.List;

import org.springframework.stereotype.Component;

import com.casedesk.customers.ContractType;
import com.casedesk.rules.DecisionScenarios;
import com.casedesk.rules.RuleBase;
import com.casedesk.rules.ScenarioRow;
import com.casedesk.cases.RequestChannel;

/** Runs {@code rules/termination/tests/*.csv}: contract and request in; accepted, end date and checklist out. */
@Component
public class TerminationEligibilityScenarios implements DecisionScenarios {

    @Override
    public String folder() {
        return "termination";
    }

    @Override
    public String rulePackage() {
        return "com.casedesk.termination";
    }

    @Override
    public List<String> run(ScenarioRow row, RuleBase rules) {
        TerminationEligibility result = new TerminationEligibilityDecision(rules).decide(new TerminationRequest(
                ContractType.valueOf(row.get("type")), row.date("startDate"), row.integer("noticeMonths"),
                row.integer("bindingMonths"), row.date("receivedDate"), RequestChannel.valueOf(row.get("channel")),
                row.bool("requesterAuthorized"), row.bool("siteHasKeyBox"), row.bool("siteSignsInstalled")));
        ScenarioRow.expect("accepted", row.bool("accepted"), result.accepted());
        ScenarioRow.expect("endDate", row.date("endDate"), result.endDate());
        ScenarioRow.expect("reasons", row.list("reasons"), result.reasons().stream().map(reason -> reason.code()).toList());
        ScenarioRow.expect("visitChecklist", row.list("visitChecklist"),
                result.visitChecklist().stream().map(item -> item.code()).toList());
        row.expectFiredRules(result.firedRules());
        return result.firedRules();
    }
}
