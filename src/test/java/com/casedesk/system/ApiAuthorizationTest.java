package com.casedesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseType;
import com.casedesk.support.CaseDeskTest;

/**
 * The README's table "Who may call what", called row by row as a member of every group over HTTP: a group in the
 * row (or an admin) gets past authorization, every other group gets 403 naming what it lacks, and nothing changes.
 */
@CaseDeskTest
class ApiAuthorizationTest {

    private static final String PASSWORD = "secret-api-test-password";
    private static final List<String> EVERY_GROUP = Stream.concat(Groups.ALL.stream(),
            Stream.of(Groups.ANALYST, Groups.SUPERVISOR, Groups.CAMUNDA_ADMIN)).toList();
    /** The probe case's only task is offered to this group; so it, and admins, are the case's readers. */
    private static final String PROBE_TASK_GROUP = Groups.BILLING;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseStarter starter;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseDeskProperties properties;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static String probeCase;
    static long probeAttachment;

    record Row(String method, String path, String who) {

        Set<String> allowedGroups() {
            Set<String> allowed = new TreeSet<>(Set.of(Groups.CAMUNDA_ADMIN));
            if (who.equals("case readers")) {
                // supervisors read every case, as they see every group's queue
                allowed.add(PROBE_TASK_GROUP);
                allowed.add(Groups.SUPERVISOR);
            } else if (!who.equals("admins only")) {
                allowed.addAll(List.of(who.split(",\\s*")));
            }
            return allowed;
        }
    }

    static List<Row> readmeTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("<!-- api-authorization-table -->");
        int end = readme.indexOf("<!-- /api-authorization-table -->");
        assertThat(start).as("README has the authorization table").isPositive();
        List<Row> rows = new ArrayList<>();
        for (String line : readme.substring(start, end).lines().toList()) {
            if (!line.startsWith("| GET") && !line.startsWith("| POST")) {
                continue;
            }
            String[] cells = line.split("\\|");
            rows.add(new Row(cells[1].strip(), cells[2].strip(), cells[3].strip()));
        }
        return rows;
    }

    static Stream<Arguments> everyRowAndGroup() throws IOException {
        return readmeTable().stream().flatMap(row -> EVERY_GROUP.stream().map(group -> Arguments.of(row, group)));
    }

    @BeforeEach
    void membersOfEveryGroupAndAProbeCase() throws IOException {
        for (String group : EVERY_GROUP) {
            createUser("api-test-" + group, group);
        }
        if (probeCase != null) {
            return;
        }
        BpmnModelInstance model = Bpmn.createExecutableProcess("apiAuthorizationProbe").camundaHistoryTimeToLive(1)
                .startEvent().userTask("userTask_probe").camundaCandidateGroups(PROBE_TASK_GROUP).endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance("apiAuthorizationProbe.bpmn", model)
                .enableDuplicateFiltering(true).deploy();
        probeCase = starter.start(CaseType.GENERAL_INQUIRY, "apiAuthorizationProbe",
                CaseStarter.CaseSubject.of("authorization probe"), new java.util.HashMap<>()).caseNumber();
        Path file = properties.dataDir().resolve("attachments/api-authorization-probe.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "probe");
        jdbc.update("INSERT INTO cd_intake_attachment (case_number, message_key, file_name, content_type, size_bytes,"
                + " storage_path) VALUES (?, 'probe', 'probe.txt', 'text/plain', 5, 'attachments/api-authorization-probe.txt')",
                probeCase);
        probeAttachment = jdbc.queryForObject("SELECT MAX(id) FROM cd_intake_attachment WHERE case_number = ?",
                Long.class, probeCase);
    }

    @Test
    void shouldKeepTheReadmeTableAndTheCodesTableRowForRow() throws IOException {
        List<Row> code = ApiAccess.RULES.stream().map(rule -> new Row(rule.method().name(), rule.path(), rule.who())).toList();
        assertThat(code).containsExactlyElementsOf(readmeTable());
    }

    @Test
    void shouldHaveARowForEveryApiEndpoint() {
        List<String> unruled = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream().flatMap(pattern -> info.getMethodsCondition().getMethods()
                        .stream().map(method -> method.name() + " " + pattern)))
                .filter(endpoint -> endpoint.contains(" /api/"))
                .filter(endpoint -> ApiAccess.find(endpoint.split(" ")[0], concrete(endpoint.split(" ")[1])).isEmpty())
                .toList();
        assertThat(unruled).as("endpoints only admins may call, missing from the table").isEmpty();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyRowAndGroup")
    void shouldLetTheRowsGroupsInAndRefuseEveryOtherGroupNamingTheMissingGroup(Row row, String group) {
        Map<String, Long> before = state();
        ResponseEntity<String> response = call(row, "api-test-" + group);

        if (row.allowedGroups().contains(group)) {
            assertThat(response.getStatusCode().value()).as(response.getBody()).isNotIn(401, 403, 500);
            if (row.path().equals("/api/cases/{caseNumber}")) {
                assertThat(response.getBody()).contains("\"caseNumber\":\"" + probeCase + "\"");
            }
            return;
        }
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        if (row.who().equals("case readers")) {
            assertThat(response.getBody()).contains("has or had a task on it", Groups.CAMUNDA_ADMIN, group);
        } else {
            for (String missing : row.allowedGroups()) {
                if (!missing.equals(Groups.CAMUNDA_ADMIN) || row.who().equals("admins only")) {
                    assertThat(response.getBody()).contains("group ").contains(missing);
                }
            }
        }
        assertThat(state()).as("a refused call changes nothing").isEqualTo(before);
    }

    @Test
    void shouldLetOnlyAdminsCallAnEndpointInNoRow() {
        ResponseEntity<String> refused = rest.withBasicAuth("api-test-" + Groups.CUSTOMER_SERVICE, PASSWORD)
                .getForEntity("/api/not-in-the-table", String.class);
        ResponseEntity<String> admin = rest.withBasicAuth("api-test-" + Groups.CAMUNDA_ADMIN, PASSWORD)
                .getForEntity("/api/not-in-the-table", String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("in no row of the authorization table", Groups.CAMUNDA_ADMIN);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldAnswer401WithoutLogin() {
        assertThat(rest.getForEntity("/api/cases/" + probeCase, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<String> call(Row row, String user) {
        String path = concrete(row.path());
        if (row.path().equals("/api/intake/attachments")) {
            path += "?caseNumber=" + probeCase;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<String> body = new HttpEntity<>(row.method().equals("POST") ? "{}" : null, headers);
        return rest.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.valueOf(row.method()), body, String.class);
    }

    private static String concrete(String path) {
        return path.replace("{caseNumber}", probeCase == null ? "CD-2026-000001" : probeCase)
                .replace("/api/customers/{number}", "/api/customers/SE-1001")
                .replace("{number}", "INV-NOT-THERE")
                .replace("/api/intake/attachments/{id}", "/api/intake/attachments/" + probeAttachment)
                .replace("{id}", "999999999")
                .replace("/*", "/reminder-fee");
    }

    /** Rows that any of the table's endpoints would add or change. */
    private Map<String, Long> state() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : List.of("cd_case", "cd_case_event", "cd_outbox_mail", "cd_customer", "cd_contact",
                "cd_contract", "cd_invoice_payment", "cd_intake_mail")) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        counts.put("retried quarantine", jdbc.queryForObject(
                "SELECT COUNT(*) FROM cd_intake_quarantine WHERE status <> 'QUARANTINED'", Long.class));
        return counts;
    }

    private void createUser(String id, String group) {
        if (engine.getIdentityService().createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = engine.getIdentityService().newUser(id);
        user.setPassword(PASSWORD);
        engine.getIdentityService().saveUser(user);
        engine.getIdentityService().createMembership(id, group);
    }
}
