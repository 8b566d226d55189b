package com.casedesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.casedesk.dunning.ReminderFeeScenarios;

import com.casedesk.customers.Country;
import com.casedesk.dunning.ReminderFee;
import com.casedesk.dunning.ReminderFeeDecision;

class ReminderFeeScenarioTest {

    private final ReminderFeeDecision decision = new ReminderFeeDecision(ScenarioFile.RULES);

    @TestFactory
    Stream<DynamicTest> reminderFeeScenarios() {
        return ScenarioFile.run(new ReminderFeeScenarios());
    }

    @Test
    void shouldRefuseAReminderNumberTheTableHasNoRowFor() {
        assertThrows(IllegalArgumentException.class, () -> decision.decide(Country.SE, 3, true));
    }
}
