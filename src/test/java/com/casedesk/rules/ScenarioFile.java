package com.casedesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

import com.casedesk.system.DefinitionFiles;
import com.casedesk.system.DefinitionFiles.DefinitionFile;

/**
 * Runs the analysts' scenario files {@code rules/<decision>/tests/*.csv} through the decision's
 * {@link DecisionScenarios} (the same code that checks a rule change before it goes in force): every row becomes
 * one dynamic test named {@code file:line description}. A last test checks that every rule of the decision's
 * package fired in at least one row.
 */
final class ScenarioFile {

    /** Compiled once per test JVM, straight from the rules folder, without Spring. */
    static final RuleBase RULES = new RuleBase(Path.of("rules"));

    private ScenarioFile() {
    }

    static Stream<DynamicTest> run(DecisionScenarios decision) {
        Set<String> fired = new TreeSet<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (DefinitionFile file : files(decision.folder())) {
            for (ScenarioRow row : ScenarioFiles.rows(file)) {
                tests.add(DynamicTest.dynamicTest(row.name(), () -> {
                    try {
                        fired.addAll(decision.run(row, RULES));
                    } catch (RuntimeException e) {
                        throw new AssertionFailedError(row.name() + ": " + e.getMessage(), e);
                    }
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("every rule of " + decision.rulePackage() + " has a scenario", () -> {
            Set<String> missing = new TreeSet<>(RULES.ruleNames(decision.rulePackage()));
            missing.removeAll(fired);
            assertEquals(Set.of(), missing, "rules no scenario in rules/" + decision.folder() + "/tests fires");
        }));
        return tests.stream();
    }

    private static List<DefinitionFile> files(String folder) {
        return DefinitionFiles.load(Path.of("rules"), "rules", Set.of("csv")).files().stream()
                .filter(file -> file.name().startsWith(folder + "/tests/")).toList();
    }
}
