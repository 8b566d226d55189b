package com.casedesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.casedesk.cases.CaseType;
import com.casedesk.intake.EmailClassification;
import com.casedesk.intake.EmailClassificationDecision;

class EmailClassificationScenarioTest {

    private final EmailClassificationDecision decision = new EmailClassificationDecision(ScenarioFile.RULES);

    @TestFactory
    Stream<DynamicTest> classificationScenarios() {
        return ScenarioFile.run("intake", "com.casedesk.intake", row -> {
            EmailClassification result = decision.classify(row.get("from"), row.get("subject"), row.get("body"));
            assertEquals(CaseType.valueOf(row.get("caseType")), result.caseType(), () -> "caseType " + result.reasons());
            if (!row.get("language").isEmpty()) {
                assertEquals(row.get("language"), result.language(), () -> "language " + result.reasons());
            }
            if (!row.get("urgent").isEmpty()) {
                assertEquals(row.bool("urgent"), result.urgent(), "urgent");
            }
            if (!row.get("reasons").isEmpty()) {
                assertEquals(row.list("reasons"), result.reasons().stream().map(reason -> reason.code()).toList(),
                        "reasons");
            }
            ScenarioFile.assertFiredRules(row, result.firedRules());
            return result.firedRules();
        });
    }
}
