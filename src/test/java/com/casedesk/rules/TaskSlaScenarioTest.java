package com.casedesk.rules;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.casedesk.worklist.TaskSlaScenarios;

/** Every row of rules/sla/tests/*.csv, run by the code that also checks a rule change before it goes in force. */
class TaskSlaScenarioTest {

    @TestFactory
    Stream<DynamicTest> taskDueTimeScenarios() {
        return ScenarioFile.run(new TaskSlaScenarios());
    }
}
