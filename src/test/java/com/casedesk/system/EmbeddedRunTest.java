package com.casedesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.casedesk.CaseDeskApplication;
import com.casedesk.customers.CustomerRepository;
import com.casedesk.processes.ProcessDeployer;
import com.casedesk.rules.RuleBase;
import com.casedesk.rules.RuleEvaluation;
import com.casedesk.support.KeepsWebappsOfTheSharedContext;

/**
 * The default run as a user starts it: an H2 file database in a data folder, processes from a folder. Each test
 * starts its own application (not the shared test context), so keep their number small.
 */
@ExtendWith(KeepsWebappsOfTheSharedContext.class)
class EmbeddedRunTest {

    static final String MINIMAL_PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="definitions_hello"
                targetNamespace="http://casedesk.com/test">
              <bpmn:process id="hello" name="Hello" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="start_hello" />
                <bpmn:sequenceFlow id="flow_toEnd" sourceRef="start_hello" targetRef="end_hello" />
                <bpmn:endEvent id="end_hello" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    @TempDir
    Path dataDir;

    @TempDir
    Path processesDir;

    @TempDir
    Path rulesDir;

    static final String PROBE_RULE = """
            package probe;

            rule "Ping_Answered"
            when
                String(this == "ping")
            then
                insert(Integer.valueOf(42));
            end
            """;

    @Test
    void shouldDeployFromTheFolderAndLoadDemoDataOnlyOnTheFirstStart() throws Exception {
        Files.writeString(processesDir.resolve("hello.bpmn"), MINIMAL_PROCESS);
        Files.writeString(rulesDir.resolve("probe.drl"), PROBE_RULE);

        // Given the first start on an empty data folder
        long customersAfterFirstStart;
        try (ConfigurableApplicationContext app = start()) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            // Then the folder's process is deployed and runs
            assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("hello")
                    .latestVersion().singleResult().getVersion()).isEqualTo(1);
            assertThat(engine.getRuntimeService().startProcessInstanceByKey("hello").isEnded()).isTrue();
            // and the folder's rule fires
            RuleEvaluation evaluation = app.getBean(RuleBase.class).evaluate("ping");
            assertThat(evaluation.firedRules()).containsExactly("Ping_Answered");
            assertThat(evaluation.all(Integer.class)).containsExactly(42);
            customersAfterFirstStart = app.getBean(CustomerRepository.class).count();
            assertThat(customersAfterFirstStart).isGreaterThanOrEqualTo(6);
        }
        assertThat(Files.exists(dataDir.resolve("casedesk.mv.db"))).isTrue();

        // When it starts again with unchanged files
        try (ConfigurableApplicationContext app = start()) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            // Then nothing is deployed again and the demo data is not duplicated
            assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("hello")
                    .latestVersion().singleResult().getVersion()).isEqualTo(1);
            assertThat(engine.getRepositoryService().createDeploymentQuery()
                    .deploymentName(ProcessDeployer.DEPLOYMENT_NAME).count()).isEqualTo(1);
            assertThat(app.getBean(CustomerRepository.class).count()).isEqualTo(customersAfterFirstStart);
        }
    }

    @Test
    void shouldRefuseToStartWithABrokenProcessNamingFileAndLine() throws Exception {
        Files.writeString(processesDir.resolve("broken.bpmn"), MINIMAL_PROCESS
                .replace("targetRef=\"end_hello\"", "targetRef=\"end_nowhere\""));

        // the sequence flow pointing nowhere is on line 7 of the file
        assertThatThrownBy(this::start)
                .hasStackTraceContaining("broken.bpmn:7:")
                .hasStackTraceContaining("Invalid destination 'end_nowhere' of sequence flow 'flow_toEnd'");
    }

    @Test
    void shouldRefuseToStartWithABrokenRuleNamingFileAndLine() throws Exception {
        Files.writeString(rulesDir.resolve("probe.drl"), PROBE_RULE.replace("String(this == \"ping\")", "String(this ==)"));

        // the broken condition is on line 5 of the file
        assertThatThrownBy(this::start).hasStackTraceContaining("probe.drl:5");
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CaseDeskApplication.class).run(
                "--server.port=0",
                // its own engine name: closing this app must not unregister the shared test context's engine
                "--camunda.bpm.process-engine-name=embeddedRunTest",
                "--casedesk.data-dir=" + dataDir,
                "--casedesk.processes-dir=" + processesDir,
                "--casedesk.rules-dir=" + rulesDir,
                "--casedesk.admin.password=test-admin-password",
                "--casedesk.mail.embedded.smtp-port=0",
                "--casedesk.mail.embedded.imap-port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--logging.level.root=WARN");
    }
}
