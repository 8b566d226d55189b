package com.casedesk.intake;

import java.util.List;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseType;
import com.casedesk.rules.DecisionScenarios;
import com.casedesk.rules.RuleBase;
import com.casedesk.rules.ScenarioRow;

/** Runs {@code rules/intake/tests/*.csv}: a mail in; case type and, where filled, language and urgency out. */
@Component
public class EmailClassificationScenarios implements DecisionScenarios {

    @Override
    public String folder() {
        return "intake";
    }

    @Override
    public String rulePackage() {
        return "com.casedesk.intake";
    }

    @Override
    public List<String> run(ScenarioRow row, RuleBase rules) {
        EmailClassification result = new EmailClassificationDecision(rules).classify(row.get("from"),
                row.get("subject"), row.get("body"));
        ScenarioRow.expect("caseType", CaseType.valueOf(row.get("caseType")), result.caseType());
        if (!row.get("language").isEmpty()) {
            ScenarioRow.expect("language", row.get("language"), result.language());
        }
        if (!row.get("urgent").isEmpty()) {
            ScenarioRow.expect("urgent", row.bool("urgent"), result.urgent());
        }
        row.expectReasons(result.reasons());
        row.expectFiredRules(result.firedRules());
        return result.firedRules();
    }
}
