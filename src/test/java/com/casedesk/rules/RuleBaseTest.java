package com.casedesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseTest {

    @TempDir
    Path rules;

    @Test
    void shouldFireARuleFromTheConfiguredFolder() throws IOException {
        write("greeting/hello.drl", """
                package com.casedesk.test;
                import com.casedesk.rules.Reason;
                rule "AnyString_Greets"
                when
                    $name : String()
                then
                    insert(new Reason("HELLO", "Hello " + $name));
                end
                """);

        RuleEvaluation evaluation = new RuleBase(rules).evaluate("Anna");

        assertThat(evaluation.reasons()).containsExactly(new Reason("HELLO", "Hello Anna"));
        assertThat(evaluation.firedRules()).containsExactly("AnyString_Greets");
    }

    @Test
    void shouldNameFileAndLineOfABrokenDrl() throws IOException {
        write("termination/eligibility.drl", """
                package com.casedesk.test;

                rule "Broken"
                when
                    String( length > )
                then
                end
                """);

        assertThatThrownBy(() -> new RuleBase(rules))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("termination/eligibility.drl:5: ")
                .satisfies(e -> assertThat(((RuleCompilationException) e).errors())
                        .allMatch(line -> line.startsWith("termination/eligibility.drl")));
    }

    @Test
    void shouldNameFileAndRuleOfABrokenDecisionTable() throws IOException {
        write("billing/table.csv", """
                "RuleSet","com.casedesk.test"
                "RuleTable Broken"
                "NAME","CONDITION","ACTION"
                "","$s : String",""
                "","length == $param","insert(new NoSuchType());"
                "Rule","Length","Action"
                "Five_Fails","5","x"
                """);

        assertThatThrownBy(() -> new RuleBase(rules))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("billing/table.csv:7: rule Five_Fails: ");
    }

    @Test
    void shouldIgnoreScenarioFilesUnderTests() throws IOException {
        write("billing/tests/scenarios.csv", "description,input\nnot a rule,1\n");

        RuleBase ruleBase = new RuleBase(rules);

        assertThat(ruleBase.evaluate("x").firedRules()).isEmpty();
    }

    @Test
    void shouldChangeTheVersionWhenAFileChanges() throws IOException {
        write("a.drl", "package com.casedesk.test;\n");
        RuleBase ruleBase = new RuleBase(rules);
        String before = ruleBase.rulesVersion();

        write("a.drl", "package com.casedesk.test;\n// changed\n");

        RuleReload.Result result = new RuleReload(ruleBase, rules, List.of()).reload();

        assertThat(result.changed()).isTrue();
        assertThat(result.version()).isNotEqualTo(before).hasSize(12);
        assertThat(ruleBase.rulesVersion()).isEqualTo(result.version());
    }

    @Test
    void shouldKeepTheRulesInForceWhenAReloadFails() throws IOException {
        write("a.drl", "package com.casedesk.test;\n");
        RuleBase ruleBase = new RuleBase(rules);
        String before = ruleBase.rulesVersion();

        write("a.drl", "package com.casedesk.test;\nrule \"Broken\" when then\n");

        RuleReload.Result result = new RuleReload(ruleBase, rules, List.of()).reload();

        assertThat(result.problems()).singleElement().asString().startsWith("a.drl:3: ");
        assertThat(ruleBase.rulesVersion()).isEqualTo(before);
    }

    private void write(String name, String content) throws IOException {
        Path file = rules.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
