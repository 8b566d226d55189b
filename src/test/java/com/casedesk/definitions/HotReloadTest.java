package com.casedesk.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.casedesk.CaseDeskApplication;
import com.casedesk.support.Folders;
import com.casedesk.support.KeepsWebappsOfTheSharedContext;
import com.casedesk.system.Groups;

/**
 * A running application of its own whose processes and rules folders the tests change as an analyst would, by
 * saving files (as a temporary file renamed over the old one); the watcher applies each change.
 */
@ExtendWith(KeepsWebappsOfTheSharedContext.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HotReloadTest {

    private static final String PASSWORD = "test-admin-password";

    @TempDir
    static Path work;

    private static ConfigurableApplicationContext app;
    private static ProcessEngine engine;
    private static Path processes;
    private static Path rules;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startWithFoldersOfItsOwn() throws IOException {
        processes = Files.createDirectories(work.resolve("processes"));
        rules = work.resolve("rules");
        Folders.copy(Path.of("rules"), rules);
        save(processes.resolve("hot-reload.bpmn"), process("Check the hot reload"));
        save(processes.resolve("hot-reload.form"), form("Form of version 1"));
        app = new SpringApplicationBuilder(CaseDeskApplication.class).run(
                "--server.port=0",
                "--camunda.bpm.process-engine-name=hotReloadTest",
                "--casedesk.data-dir=" + work.resolve("data"),
                "--casedesk.processes-dir=" + processes,
                "--casedesk.rules-dir=" + rules,
                "--casedesk.definitions.debounce=200ms",
                "--casedesk.admin.password=" + PASSWORD,
                "--casedesk.demo.enabled=false",
                "--casedesk.mail.embedded.smtp-port=0",
                "--casedesk.mail.embedded.imap-port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--logging.level.root=WARN");
        engine = app.getBean(ProcessEngine.class);
        User analyst = engine.getIdentityService().newUser("anna-analyst");
        analyst.setPassword("analyst-password");
        engine.getIdentityService().saveUser(analyst);
        engine.getIdentityService().createMembership("anna-analyst", Groups.ANALYST);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void shouldDeployAChangedProcessWhileAnOldInstanceWaitsAndFinishEachOnItsOwnVersionAndForm() throws Exception {
        // Given a case waiting in version 1
        ProcessInstance old = engine.getRuntimeService().startProcessInstanceByKey("hotReload");

        // When the analyst saves a changed process and form
        save(processes.resolve("hot-reload.bpmn"), process("Check the hot reload again"));
        save(processes.resolve("hot-reload.form"), form("Form of version 2"));
        waitUntil(() -> latestVersion() == 2);
        ProcessInstance current = engine.getRuntimeService().startProcessInstanceByKey("hotReload");

        // Then each case shows the form of its own version and finishes on its own version
        Task oldTask = task(old);
        Task newTask = task(current);
        assertThat(oldTask.getName()).isEqualTo("Check the hot reload");
        assertThat(newTask.getName()).isEqualTo("Check the hot reload again");
        assertThat(deployedForm(oldTask)).contains("Form of version 1").doesNotContain("version 2");
        assertThat(deployedForm(newTask)).contains("Form of version 2");
        engine.getTaskService().complete(oldTask.getId());
        engine.getTaskService().complete(newTask.getId());
        assertThat(finishedVersion(old)).isEqualTo(1);
        assertThat(finishedVersion(current)).isEqualTo(2);
    }

    @Test
    @Order(2)
    void shouldRefuseABrokenProcessAndKeepTheDeploymentInForceShowingWhy() throws Exception {
        save(processes.resolve("hot-reload.bpmn"), process("Broken").replace("<bpmn:endEvent id=\"end_hotReload\" />",
                "<bpmn:endEvent id=\"end_hotReload\">"));

        JsonNode definitions = waitForRefusal("processes");

        assertThat(definitions.at("/lastRefusedChange/errors/0").asText()).startsWith("hot-reload.bpmn:");
        assertThat(definitions.at("/lastRefusedChange/errors/0").asText()).matches("hot-reload\\.bpmn:\\d+: .+");
        assertThat(latestVersion()).isEqualTo(2);
        assertThat(task(engine.getRuntimeService().startProcessInstanceByKey("hotReload")).getName())
                .isEqualTo("Check the hot reload again");
        JsonNode health = get("/actuator/health", "admin", PASSWORD);
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/definitions/details/warning").asText()).contains("processes was refused");

        // and putting the previous file back clears the refusal without a new version
        save(processes.resolve("hot-reload.bpmn"), process("Check the hot reload again"));
        waitUntil(() -> get("/api/admin/definitions", "admin", PASSWORD).path("lastRefusedChange").isNull());
        assertThat(latestVersion()).isEqualTo(2);
    }

    @Test
    @Order(3)
    void shouldRefuseABrokenRuleFileAndKeepDecidingWithTheRulesInForce() throws Exception {
        String before = get("/api/admin/definitions", "admin", PASSWORD).at("/rules/version").asText();
        save(rules.resolve("dunning/late-fee.drl"), "package com.casedesk.dunning;\n\nrule \"Broken\"\nwhen\n"
                + "    ReminderStep( country == )\nthen\nend\n");

        JsonNode definitions = waitForRefusal("rules");

        assertThat(definitions.at("/lastRefusedChange/errors/0").asText()).startsWith("dunning/late-fee.drl:5: ");
        assertThat(definitions.at("/rules/version").asText()).isEqualTo(before);
        JsonNode fee = post("/api/decisions/reminder-fee", "{\"country\":\"SE\",\"reminderNumber\":2,\"reminderFeeAgreed\":true}");
        assertThat(fee.path("fee").decimalValue()).isEqualByComparingTo("60");
        assertThat(fee.path("rulesVersion").asText()).isEqualTo(before);
        Files.delete(rules.resolve("dunning/late-fee.drl"));
        waitUntil(() -> get("/api/admin/definitions", "admin", PASSWORD).path("lastRefusedChange").isNull());
    }

    @Test
    @Order(4)
    void shouldPutASavedRuleChangeInForceForTheNextDecisions() throws Exception {
        String before = get("/api/admin/definitions", "anna-analyst", "analyst-password").at("/rules/version").asText();

        edit(rules.resolve("dunning/reminder-fees.csv"), "\"SE\",\"2\",\"true\",\"60\"", "\"SE\",\"2\",\"true\",\"75\"");
        edit(rules.resolve("dunning/tests/reminder-fee-scenarios.csv"), "SE,2,true,60,SEK", "SE,2,true,75,SEK");
        waitUntil(() -> !get("/api/admin/definitions", "admin", PASSWORD).at("/rules/version").asText().equals(before));

        JsonNode fee = post("/api/decisions/reminder-fee", "{\"country\":\"SE\",\"reminderNumber\":2,\"reminderFeeAgreed\":true}");
        assertThat(fee.path("fee").decimalValue()).isEqualByComparingTo("75");
        assertThat(fee.path("rulesVersion").asText()).isNotEqualTo(before);
    }

    @Test
    @Order(5)
    void shouldShowTheDefinitionsOnlyToAdminsAndAnalysts() throws Exception {
        User clerk = engine.getIdentityService().newUser("carl-clerk");
        clerk.setPassword("clerk-password");
        engine.getIdentityService().saveUser(clerk);
        engine.getIdentityService().createMembership("carl-clerk", Groups.CUSTOMER_SERVICE);

        assertThat(status("/api/admin/definitions", "carl-clerk", "clerk-password")).isEqualTo(403);
        assertThat(status("/api/admin/definitions", "anna-analyst", "analyst-password")).isEqualTo(200);
        JsonNode definitions = get("/api/admin/definitions", "anna-analyst", "analyst-password");
        assertThat(definitions.at("/processes/0/key").asText()).isEqualTo("hotReload");
        assertThat(definitions.at("/processes/0/file").asText()).isEqualTo("hot-reload.bpmn");
        assertThat(definitions.at("/processes/0/since").asText()).isNotEmpty();
        assertThat(definitions.at("/rules/files").toString()).contains("dunning/reminder-fees.csv");
    }

    private JsonNode waitForRefusal(String folder) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode definitions = get("/api/admin/definitions", "admin", PASSWORD);
        while (!folder.equals(definitions.at("/lastRefusedChange/folder").asText())) {
            assertThat(System.nanoTime()).as("a refused change of %s within 60 s: %s", folder, definitions)
                    .isLessThan(deadline);
            Thread.sleep(100);
            definitions = get("/api/admin/definitions", "admin", PASSWORD);
        }
        return definitions;
    }

    private static int latestVersion() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("hotReload")
                .latestVersion().singleResult().getVersion();
    }

    private static Task task(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private static String deployedForm(Task task) throws IOException {
        try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int finishedVersion(ProcessInstance instance) {
        var historic = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult();
        assertThat(historic.getEndTime()).isNotNull();
        return engine.getRepositoryService().getProcessDefinition(historic.getProcessDefinitionId()).getVersion();
    }

    private static String process(String taskName) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="definitions_hotReload"
                    targetNamespace="http://casedesk.com/test">
                  <bpmn:process id="hotReload" name="Hot reload" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="start_hotReload" />
                    <bpmn:sequenceFlow id="flow_toTask" sourceRef="start_hotReload" targetRef="userTask_check" />
                    <bpmn:userTask id="userTask_check" name="%s" camunda:formRef="form_hotReload"
                        camunda:formRefBinding="deployment" />
                    <bpmn:sequenceFlow id="flow_toEnd" sourceRef="userTask_check" targetRef="end_hotReload" />
                    <bpmn:endEvent id="end_hotReload" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(taskName);
    }

    private static String form(String text) {
        return """
                {"id": "form_hotReload", "type": "default", "schemaVersion": 16,
                 "components": [{"type": "text", "text": "%s", "id": "text_version"}]}
                """.formatted(text);
    }

    /** As an editor saves: a temporary file beside the old one, renamed over it. */
    private static void save(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temporary, content);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String content = Files.readString(file);
        assertThat(content).contains(from);
        save(file, content.replace(from, to));
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 60 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        String port = app.getEnvironment().getProperty("local.server.port");
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private int status(String path, String user, String password) throws Exception {
        return http.send(request(path, user, password).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private JsonNode get(String path, String user, String password) {
        try {
            HttpResponse<String> response = http.send(request(path, user, password).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(request(path, "admin", PASSWORD).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
