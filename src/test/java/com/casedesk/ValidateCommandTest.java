package com.casedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.casedesk.support.Folders;

/** {@code java -jar casedesk.jar validate} as an analyst runs it, on copies of processes/ and rules/. */
class ValidateCommandTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void shouldExitZeroForTheFoldersAsCommitted() {
        int exit = validate(Path.of("processes"), Path.of("rules"));

        assertThat(output()).contains("valid: ");
        assertThat(exit).isZero();
    }

    @Test
    void shouldListEachBrokenFileWithItsLineAndExitNonZero() throws IOException {
        Path processes = copy("processes");
        Path rules = copy("rules");
        // an attribute without a value on line 67, a form reference to a form that does not exist on line 112
        edit(processes.resolve("invoice-dunning.bpmn"), "<bpmn:userTask id=\"userTask_confirmCollection\"",
                "<bpmn:userTask broken id=\"userTask_confirmCollection\"");
        edit(processes.resolve("technician-visit.bpmn"), "camunda:formRef=\"form_performVisit\"",
                "camunda:formRef=\"form_noSuchForm\"");
        edit(rules.resolve("termination/eligibility.drl"), "$request : TerminationRequest(!channel.written)",
                "$request : TerminationRequest(!channel.written");

        int exit = validate(processes, rules);

        assertThat(exit).isEqualTo(1);
        assertThat(output()).contains(processes + "/invoice-dunning.bpmn:67: ")
                .containsPattern(processes + "/technician-visit.bpmn:\\d+: user task \\w+ uses form form_noSuchForm")
                .containsPattern(rules + "/termination/eligibility.drl:(28|29): ");
    }

    @Test
    void shouldReportAFailingScenarioRowWithItsFileAndLine() throws IOException {
        Path rules = copy("rules");
        edit(rules.resolve("dunning/reminder-fees.csv"), "\"SE\",\"2\",\"true\",\"60\"", "\"SE\",\"2\",\"true\",\"75\"");

        int exit = validate(Path.of("processes"), rules);

        assertThat(exit).isEqualTo(1);
        assertThat(output()).contains(rules + "/dunning/tests/reminder-fee-scenarios.csv:7: ")
                .contains("fee: expected 60 but the rules answered 75");
    }

    private int validate(Path processes, Path rules) {
        return new DefinitionsCommand(new PrintStream(output, true, StandardCharsets.UTF_8))
                .run("validate", "--processes", processes.toString(), "--rules", rules.toString());
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private Path copy(String folder) throws IOException {
        return Folders.copy(Path.of(folder), work.resolve(folder));
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String content = Files.readString(file);
        assertThat(content).contains(from);
        Files.writeString(file, content.replace(from, to));
    }
}
