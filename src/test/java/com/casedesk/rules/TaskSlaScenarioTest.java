package com.casedesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.casedesk.worklist.TaskSla;
import com.casedesk.worklist.TaskSlaDecision;

class TaskSlaScenarioTest {

    private final TaskSlaDecision decision = new TaskSlaDecision(ScenarioFile.RULES);

    @TestFactory
    Stream<DynamicTest> taskDueTimeScenarios() {
        return ScenarioFile.run("sla", "com.casedesk.worklist", row -> {
            TaskSla result = decision.decide(row.get("caseType"), row.get("task"), row.bool("urgent"));
            assertEquals(row.integer("businessHours"), result.businessHours(), "businessHours");
            assertEquals(row.get("priority"), result.priority().name(), "priority");
            assertEquals(row.list("reasons"), result.reasons().stream().map(reason -> reason.code()).toList(), "reasons");
            ScenarioFile.assertFiredRules(row, result.firedRules());
            return result.firedRules();
        });
    }
}
