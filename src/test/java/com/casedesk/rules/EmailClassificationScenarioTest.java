package com.casedesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.casedesk.intake.EmailClassificationScenarios;

import com.casedesk.cases.CaseType;
import com.casedesk.intake.EmailClassification;
import com.casedesk.intake.EmailClassificationDecision;

class EmailClassificationScenarioTest {

    private final EmailClassificationDecision decision = new EmailClassificationDecision(ScenarioFile.RULES);

    @TestFactory
    Stream<DynamicTest> classificationScenarios() {
        return ScenarioFile.run(new EmailClassificationScenarios());
    }
}
