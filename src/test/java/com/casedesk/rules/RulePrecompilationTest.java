package com.casedesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePrecompilationTest {

    private static final String GREETING = """
            package com.casedesk.test;
            import com.casedesk.rules.Reason;
            rule "AnyString_Greets"
            when
                $name : String()
            then
                insert(new Reason("HELLO", "%s " + $name));
            end
            """;

    @TempDir
    Path rules;

    private final RulePrecompilation precompilation = new RulePrecompilation();

    @Test
    void shouldHandOverTheRulesCompiledBesideTheStartUp() throws IOException {
        write(GREETING.formatted("Hello"));
        precompilation.start(rules);

        CompiledRules compiled = RuleBase.precompiledOrLoad(rules, precompilation);

        assertThat(compiled.version()).isEqualTo(new RuleBase(rules).rulesVersion());
        assertThat(new RuleBase(compiled, DecisionRecorder.NONE).evaluate("Anna").reasons())
                .containsExactly(new Reason("HELLO", "Hello Anna"));
    }

    @Test
    void shouldCompileAgainWhenARuleFileChangedWhileItCompiled() throws IOException {
        write(GREETING.formatted("Hello"));
        precompilation.start(rules);
        precompilation.compiling().join();
        write(GREETING.formatted("Goodbye"));

        CompiledRules compiled = RuleBase.precompiledOrLoad(rules, precompilation);

        assertThat(new RuleBase(compiled, DecisionRecorder.NONE).evaluate("Anna").reasons())
                .containsExactly(new Reason("HELLO", "Goodbye Anna"));
    }

    @Test
    void shouldCompileAnotherFolderItselfInsteadOfServingTheConfiguredOne(@TempDir Path other) throws IOException {
        write(GREETING.formatted("Hello"));
        precompilation.start(rules);
        Files.writeString(other.resolve("greeting.drl"), GREETING.formatted("Hej"));

        CompiledRules compiled = RuleBase.precompiledOrLoad(other, precompilation);

        assertThat(new RuleBase(compiled, DecisionRecorder.NONE).evaluate("Anna").reasons())
                .containsExactly(new Reason("HELLO", "Hej Anna"));
    }

    @Test
    void shouldFailWithFileAndLineWhenTheRulesCompiledAheadAreBroken() throws IOException {
        Files.writeString(rules.resolve("broken.drl"), """
                package com.casedesk.test;

                rule "Broken"
                when
                    String( length > )
                then
                end
                """);
        precompilation.start(rules);

        assertThatThrownBy(() -> RuleBase.precompiledOrLoad(rules, precompilation))
                .isInstanceOf(RuleCompilationException.class).hasMessageContaining("broken.drl:5: ");
    }

    private void write(String drl) throws IOException {
        Files.writeString(rules.resolve("greeting.drl"), drl);
    }
}
