package com.casedesk.dunning;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;

import com.casedesk.customers.Country;
import com.casedesk.rules.DecisionScenarios;
import com.casedesk.rules.RuleBase;
import com.casedesk.rules.ScenarioRow;

/** Runs {@code rules/dunning/tests/*.csv}: country, reminder number and agreed fee in; fee and days out. */
@Component
public class ReminderFeeScenarios implements DecisionScenarios {

    @Override
    public String folder() {
        return "dunning";
    }

    @Override
    public String rulePackage() {
        return "com.casedesk.dunning";
    }

    @Override
    public List<String> run(ScenarioRow row, RuleBase rules) {
        ReminderFee result = new ReminderFeeDecision(rules).decide(Country.valueOf(row.get("country")),
                row.integer("reminderNumber"), row.bool("reminderFeeAgreed"));
        ScenarioRow.expect("fee", new BigDecimal(row.get("fee")), result.fee());
        ScenarioRow.expect("currency", row.get("currency"), result.currency());
        ScenarioRow.expect("daysAfterPreviousStep", row.integer("daysAfterPreviousStep"), result.daysAfterPreviousStep());
        ScenarioRow.expect("daysToNextStep", row.integer("daysToNextStep"), result.daysToNextStep());
        ScenarioRow.expect("reasons", row.list("reasons"), result.reasons().stream().map(reason -> reason.code()).toList());
        row.expectFiredRules(result.firedRules());
        return result.firedRules();
    }
}
