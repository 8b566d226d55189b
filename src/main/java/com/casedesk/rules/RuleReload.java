package com.casedesk.rules;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.casedesk.system.CaseDeskProperties;
import com.casedesk.system.DefinitionFiles;

/**
 * Puts the rules folder in force after a change: compiles a candidate beside the rules in force, runs every
 * scenario row against it and only then swaps it in. A file that does not compile or a row that fails refuses
 * the whole change; the rules in force keep serving.
 */
@Component
public class RuleReload {

    private static final Logger log = LoggerFactory.getLogger(RuleReload.class);

    private final RuleBase rules;
    private final Path folder;
    private final List<DecisionScenarios> scenarios;
    /** Hash over rules and scenarios last checked: a new scenario row alone is checked too. */
    private String checkedScenarios = "";

    @Autowired
    RuleReload(RuleBase rules, CaseDeskProperties properties, List<DecisionScenarios> scenarios) {
        this(rules, properties.rulesDir(), scenarios);
    }

    public RuleReload(RuleBase rules, Path folder, List<DecisionScenarios> scenarios) {
        this.rules = rules;
        this.folder = folder;
        this.scenarios = List.copyOf(scenarios);
    }

    /** @param problems empty when the change went in force or nothing changed; else {@code file:line: message} */
    public record Result(String version, boolean changed, List<String> problems) {

        public boolean refused() {
            return !problems.isEmpty();
        }
    }

    /** One change at a time: two saves in quick succession must not race to be the one in force. */
    public synchronized Result reload() {
        DefinitionFiles definitions = DefinitionFiles.load(folder, "rules", RuleCompiler.EXTENSIONS);
        String version = RuleCompiler.version(RuleCompiler.ruleFiles(definitions));
        String scenariosVersion = RuleCompiler.version(definitions.files());
        if (version.equals(rules.rulesVersion()) && scenariosVersion.equals(checkedScenarios)) {
            return new Result(version, false, List.of());
        }
        RuleCheck.Outcome outcome = RuleCheck.check(definitions, scenarios);
        if (outcome.rules().isEmpty()) {
            log.warn("Rule change in {} refused, the rules {} stay in force:\n  {}", definitions.origin(),
                    rules.rulesVersion(), String.join("\n  ", outcome.problems()));
            return new Result(version, false, outcome.problems());
        }
        checkedScenarios = scenariosVersion;
        if (version.equals(rules.rulesVersion())) {
            outcome.rules().get().release();
            return new Result(version, false, List.of());
        }
        rules.install(outcome.rules().get());
        return new Result(version, true, List.of());
    }
}
