package com.casedesk.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.casedesk.billing.GuardCallBillabilityScenarios;

import com.casedesk.billing.AlarmFacts;
import com.casedesk.billing.Charge;
import com.casedesk.billing.GuardCallBillability;
import com.casedesk.billing.GuardCallBillabilityDecision;

class GuardCallBillabilityScenarioTest {

    private final GuardCallBillabilityDecision decision = new GuardCallBillabilityDecision(ScenarioFile.RULES);

    @TestFactory
    Stream<DynamicTest> billabilityScenarios() {
        return ScenarioFile.run(new GuardCallBillabilityScenarios());
    }

    @Test
    void shouldMatchExactlyOneRowForEveryCombinationOfAlarmFacts() {
        for (int bits = 0; bits < 64; bits++) {
            int b = bits;
            AlarmFacts alarm = new AlarmFacts((b & 1) != 0, (b & 2) != 0, (b & 4) != 0, (b & 8) != 0, (b & 16) != 0,
                    (b & 32) != 0);
            GuardCallBillability result = assertDoesNotThrow(() -> decision.decide(alarm), alarm::toString);
            assertEquals(1, result.firedRules().size(), () -> alarm + " fired " + result.firedRules());
            assertEquals(List.of(1), List.of(result.reasons().size()), alarm::toString);
        }
    }
}
