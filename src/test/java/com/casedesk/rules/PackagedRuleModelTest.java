package com.casedesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

import com.casedesk.billing.GuardCallBillabilityScenarios;
import com.casedesk.dunning.ReminderFeeScenarios;
import com.casedesk.intake.EmailClassificationScenarios;
import com.casedesk.support.Folders;
import com.casedesk.system.DefinitionFiles;
import com.casedesk.system.DefinitionFiles.DefinitionFile;
import com.casedesk.termination.TerminationEligibilityScenarios;
import com.casedesk.worklist.TaskSlaScenarios;

/** The rules compiled at build time (casedesk/rules-model.zip, written by the build's RuleModelBuild). */
class PackagedRuleModelTest {

    private static final List<DecisionScenarios> SCENARIOS = List.of(new GuardCallBillabilityScenarios(),
            new ReminderFeeScenarios(), new EmailClassificationScenarios(), new TerminationEligibilityScenarios(),
            new TaskSlaScenarios());

    @TempDir
    Path copy;

    @Test
    void theBuildPackagesTheRulesFolderAsItIsWithTheSameRulesAsCompilingIt() {
        List<DefinitionFile> files = ruleFiles(Path.of("rules"));

        KieBase built = PackagedRuleModel.forVersion(RuleCompiler.version(files)).orElseThrow(
                () -> new AssertionError("no build-time model for the rules folder: run the build's process-classes"));

        CompiledRules compiled = RuleCompiler.compile("rules", files);
        try {
            assertThat(ruleNames(built)).isNotEmpty().isEqualTo(ruleNames(compiled.kieBase()));
        } finally {
            compiled.release();
        }
    }

    @Test
    void everyScenarioRowGivesTheSameAnswerFromTheBuildTimeModelAsFromCompiledRules() {
        DefinitionFiles definitions = DefinitionFiles.load(Path.of("rules"), "rules", RuleCompiler.EXTENSIONS);
        List<DefinitionFile> files = RuleCompiler.ruleFiles(definitions);
        String version = RuleCompiler.version(files);
        RuleBase built = new RuleBase(new CompiledRules(PackagedRuleModel.forVersion(version).orElseThrow(), version,
                List.of()), DecisionRecorder.NONE);
        RuleBase compiled = new RuleBase(RuleCompiler.compile("rules", files), DecisionRecorder.NONE);
        int rows = 0;
        List<String> differences = new ArrayList<>();
        for (DefinitionFile file : definitions.files()) {
            if (!RuleCompiler.isScenario(file.name())) {
                continue;
            }
            DecisionScenarios decision = SCENARIOS.stream()
                    .filter(scenarios -> scenarios.folder().equals(ScenarioFiles.folderOf(file.name()))).findFirst()
                    .orElseThrow();
            for (ScenarioRow row : ScenarioFiles.rows(file)) {
                rows++;
                Set<String> fromModel = new TreeSet<>(decision.run(row, built));
                Set<String> fromCompiled = new TreeSet<>(decision.run(row, compiled));
                if (!fromModel.equals(fromCompiled)) {
                    differences.add(row.name() + ": " + fromModel + " vs " + fromCompiled);
                }
            }
        }

        assertThat(rows).isGreaterThan(100);
        assertThat(differences).isEmpty();
    }

    @Test
    void aChangedRulesFolderIsCompiledNotTakenFromTheBuildTimeModel() throws IOException {
        Folders.copy(Path.of("rules"), copy);
        Files.writeString(copy.resolve("billing/probe.drl"), """
                package com.casedesk.probe;
                import com.casedesk.rules.Reason;
                rule "AnyString_Probes"
                when
                    $text : String()
                then
                    insert(new Reason("PROBE", $text));
                end
                """);

        RuleBase rules = new RuleBase(copy);

        assertThat(PackagedRuleModel.forVersion(rules.rulesVersion())).isEmpty();
        assertThat(rules.evaluate("changed").reasons()).containsExactly(new Reason("PROBE", "changed"));
        assertThat(new RuleBase(Path.of("rules")).evaluate("changed").reasons()).isEmpty();
    }

    @Test
    void noModelIsGivenForAVersionTheBuildDidNotCompile() {
        assertThat(PackagedRuleModel.forVersion("000000000000")).isEmpty();
    }

    private static List<DefinitionFile> ruleFiles(Path folder) {
        return RuleCompiler.ruleFiles(DefinitionFiles.load(folder, "rules", RuleCompiler.EXTENSIONS));
    }

    private static Set<String> ruleNames(KieBase kieBase) {
        Set<String> names = new TreeSet<>();
        kieBase.getKiePackages().forEach(rulePackage -> rulePackage.getRules()
                .forEach(rule -> names.add(rulePackage.getName() + "." + rule.getName())));
        return names;
    }
}
