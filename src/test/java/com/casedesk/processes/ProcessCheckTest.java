package com.casedesk.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.casedesk.system.DefinitionFiles;
import com.casedesk.system.DefinitionFiles.DefinitionFile;

/** What a hot reload (and {@code validate}) refuses before deploying: here, a call to a process the folder lacks. */
class ProcessCheckTest {

    private static final Path PROCESSES = Path.of("processes");

    @Test
    void shouldPassTheProcessesFolderAsItIs() throws IOException {
        assertThat(ProcessCheck.problems(folder(List.of()))).isEmpty();
    }

    @Test
    void shouldRefuseTheInquiryRouterWhenAFamilyProcessItCallsIsMissingNamingFileAndLine() throws IOException {
        DefinitionFiles withoutInvoiceFamily = folder(List.of("invoice-inquiry.bpmn"));

        List<String> problems = ProcessCheck.problems(withoutInvoiceFamily);

        String router = Files.readString(PROCESSES.resolve("customer-inquiry.bpmn"));
        int line = router.substring(0, router.indexOf("id=\"callActivity_invoiceInquiry\"")).split("\n").length;
        assertThat(problems).containsExactly("customer-inquiry.bpmn:" + line + ": call activity callActivity_invoiceInquiry"
                + " calls process invoiceInquiry, which no .bpmn file of the folder defines");
    }

    private static DefinitionFiles folder(List<String> leftOut) throws IOException {
        List<DefinitionFile> files = new ArrayList<>();
        try (var paths = Files.list(PROCESSES)) {
            for (Path path : paths.sorted().toList()) {
                String name = path.getFileName().toString();
                if ((name.endsWith(".bpmn") || name.endsWith(".form")) && !leftOut.contains(name)) {
                    files.add(new DefinitionFile(name, Files.readString(path).getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return new DefinitionFiles("processes", files);
    }
}
