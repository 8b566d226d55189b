package com.casedesk.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.casedesk.system.DefinitionFiles;
import com.casedesk.system.DefinitionFiles.DefinitionFile;

/**
 * What a rule change must pass before it is put in force: every rule file compiles and every scenario row in
 * {@code <decision>/tests/*.csv} gives what it expects. Used by the hot reload, {@code validate} and the tests.
 */
public final class RuleCheck {

    private RuleCheck() {
    }

    /**
     * @param rules    the compiled candidate (held by the caller, who installs or releases it); empty when refused
     * @param problems one line per problem, {@code file:line: message}
     */
    record Outcome(Optional<CompiledRules> rules, List<String> problems) {
    }

    /** Compiles and runs every scenario row; the problems, empty when the rules may go in force. */
    public static List<String> problems(DefinitionFiles definitions, List<DecisionScenarios> scenarios) {
        Outcome outcome = check(definitions, scenarios);
        outcome.rules().ifPresent(CompiledRules::release);
        return outcome.problems();
    }

    static Outcome check(DefinitionFiles definitions, List<DecisionScenarios> scenarios) {
        CompiledRules candidate;
        try {
            candidate = RuleCompiler.compile(definitions.origin(), RuleCompiler.ruleFiles(definitions));
        } catch (RuleCompilationException e) {
            return new Outcome(Optional.empty(), e.errors());
        }
        RuleBase rules = new RuleBase(candidate, DecisionRecorder.NONE);
        List<String> problems = new ArrayList<>();
        for (DefinitionFile file : definitions.files()) {
            if (RuleCompiler.isScenario(file.name()) && file.extension().equals("csv")) {
                problems.addAll(runRows(file, scenarios, rules));
            }
        }
        if (!problems.isEmpty()) {
            candidate.release();
            return new Outcome(Optional.empty(), problems);
        }
        return new Outcome(Optional.of(candidate), List.of());
    }

    private static List<String> runRows(DefinitionFile file, List<DecisionScenarios> scenarios, RuleBase rules) {
        String folder = ScenarioFiles.folderOf(file.name());
        Optional<DecisionScenarios> decision = scenarios.stream().filter(s -> s.folder().equals(folder)).findFirst();
        if (decision.isEmpty()) {
            return List.of(file.name() + ":1: no decision reads scenarios of the folder '" + folder + "'");
        }
        List<String> problems = new ArrayList<>();
        for (ScenarioRow row : ScenarioFiles.rows(file)) {
            try {
                decision.get().run(row, rules);
            } catch (RuntimeException e) {
                problems.add(row.location() + ": " + row.values().getOrDefault("description", "") + ": "
                        + e.getMessage());
            }
        }
        return problems;
    }
}
