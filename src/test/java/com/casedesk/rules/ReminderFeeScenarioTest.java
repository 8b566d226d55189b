package com.casedesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.casedesk.customers.Country;
import com.casedesk.dunning.ReminderFee;
import com.casedesk.dunning.ReminderFeeDecision;

class ReminderFeeScenarioTest {

    private final ReminderFeeDecision decision = new ReminderFeeDecision(ScenarioFile.RULES);

    @TestFactory
    Stream<DynamicTest> reminderFeeScenarios() {
        return ScenarioFile.run("dunning", "com.casedesk.dunning", row -> {
            ReminderFee result = decision.decide(Country.valueOf(row.get("country")), row.integer("reminderNumber"),
                    row.bool("reminderFeeAgreed"));
            assertEquals(0, new BigDecimal(row.get("fee")).compareTo(result.fee()), () -> "fee " + result.fee());
            assertEquals(row.get("currency"), result.currency(), "currency");
            assertEquals(row.integer("daysAfterPreviousStep"), result.daysAfterPreviousStep(), "daysAfterPreviousStep");
            assertEquals(row.integer("daysToNextStep"), result.daysToNextStep(), "daysToNextStep");
            assertEquals(row.list("reasons"), result.reasons().stream().map(reason -> reason.code()).toList(), "reasons");
            ScenarioFile.assertFiredRules(row, result.firedRules());
            return result.firedRules();
        });
    }

    @Test
    void shouldRefuseAReminderNumberTheTableHasNoRowFor() {
        assertThrows(IllegalArgumentException.class, () -> decision.decide(Country.SE, 3, true));
    }
}
