package com.casedesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.casedesk.customers.ContractType;
import com.casedesk.cases.RequestChannel;
import com.casedesk.termination.TerminationEligibility;
import com.casedesk.termination.TerminationEligibilityDecision;
import com.casedesk.termination.TerminationPeriods;
import com.casedesk.termination.TerminationRequest;

class TerminationEligibilityScenarioTest {

    private final TerminationEligibilityDecision decision = new TerminationEligibilityDecision(ScenarioFile.RULES);

    @TestFactory
    Stream<DynamicTest> terminationScenarios() {
        return ScenarioFile.run("termination", "com.casedesk.termination", row -> {
            TerminationEligibility result = decision.decide(new TerminationRequest(
                    ContractType.valueOf(row.get("type")), row.date("startDate"), row.integer("noticeMonths"),
                    row.integer("bindingMonths"), row.date("receivedDate"), RequestChannel.valueOf(row.get("channel")),
                    row.bool("requesterAuthorized"), row.bool("siteHasKeyBox"), row.bool("siteSignsInstalled")));
            assertEquals(row.bool("accepted"), result.accepted(), "accepted");
            assertEquals(row.date("endDate"), result.endDate(), "endDate");
            assertEquals(row.list("reasons"), result.reasons().stream().map(reason -> reason.code()).toList(), "reasons");
            assertEquals(row.list("visitChecklist"), result.visitChecklist().stream().map(item -> item.code()).toList(),
                    "visitChecklist");
            ScenarioFile.assertFiredRules(row, result.firedRules());
            return result.firedRules();
        });
    }

    @Test
    void shouldClampMonthAdditionToTheLastDayOfTheMonth() {
        assertEquals(LocalDate.of(2026, 2, 28), TerminationPeriods.plusMonths(LocalDate.of(2026, 1, 31), 1));
        assertEquals(LocalDate.of(2028, 2, 29), TerminationPeriods.plusMonths(LocalDate.of(2028, 1, 31), 1));
        assertEquals(LocalDate.of(2025, 2, 28), TerminationPeriods.plusMonths(LocalDate.of(2024, 2, 29), 12));
    }
}
