package com.casedesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.casedesk.support.CaseDeskTest;

/**
 * Tasklist (its engine API, called as the Tasklist app calls it: webapp login and CSRF token) and engine REST show
 * a member only their group's tasks, and refuse to complete another group's.
 */
@CaseDeskTest
class GroupTaskAuthorizationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;

    String taskId;

    @BeforeEach
    void startATaskForBilling() {
        createUser("test-billing-member", Groups.BILLING);
        createUser("test-support-member", Groups.TECHNICAL_SUPPORT);
        BpmnModelInstance model = Bpmn.createExecutableProcess("authorizationProbe")
                .camundaHistoryTimeToLive(1)
                .startEvent().userTask("userTask_checkInvoice").camundaCandidateGroups(Groups.BILLING).endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance("authorizationProbe.bpmn", model)
                .enableDuplicateFiltering(true).deploy();
        String instanceId = engine.getRuntimeService().startProcessInstanceByKey("authorizationProbe").getId();
        taskId = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    @Test
    void shouldShowTheTaskToAMemberOfItsGroupOnly() {
        assertThat(tasksSeenBy("test-billing-member")).contains(taskId);
        assertThat(tasksSeenBy("test-support-member")).doesNotContain(taskId);
    }

    @Test
    void shouldRefuseToCompleteAnotherGroupsTask() {
        ResponseEntity<String> refused = rest.withBasicAuth("test-support-member", "secret-test-password")
                .postForEntity("/engine-rest/task/" + taskId + "/complete", Map.of(), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> completed = rest.withBasicAuth("test-billing-member", "secret-test-password")
                .postForEntity("/engine-rest/task/" + taskId + "/complete", Map.of(), String.class);
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void shouldShowTheTaskInTasklistToAMemberOfItsGroupOnly() throws Exception {
        assertThat(Tasklist.login(port, "test-billing-member").get("/task").body()).contains(taskId);
        HttpResponse<String> other = Tasklist.login(port, "test-support-member").get("/task");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).doesNotContain(taskId);
    }

    @Test
    void shouldRefuseInTasklistToCompleteAnotherGroupsTask() throws Exception {
        HttpResponse<String> refused = Tasklist.login(port, "test-support-member").post("/task/" + taskId + "/complete");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);

        HttpResponse<String> completed = Tasklist.login(port, "test-billing-member").post("/task/" + taskId + "/complete");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isZero();
    }

    @Test
    void shouldRefuseAWrongPassword() {
        // a user of its own: Camunda delays the next login of a user after a wrong password
        createUser("test-careless-member", Groups.BILLING);
        assertThat(rest.withBasicAuth("test-careless-member", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("test-careless-member", "wrong").getForEntity("/api/customers", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private String tasksSeenBy(String user) {
        ResponseEntity<String> response = rest.withBasicAuth(user, "secret-test-password")
                .getForEntity("/engine-rest/task", String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private void createUser(String id, String group) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setPassword("secret-test-password");
        identity.saveUser(user);
        identity.createMembership(id, group);
    }

    /** What the Tasklist app does: log in to the webapps as the user, then call their engine API with the CSRF token. */
    private record Tasklist(HttpClient http, String base, String csrfToken) {

        static Tasklist login(int port, String user) throws Exception {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String base = "http://localhost:" + port + "/camunda";
            String form = "username=" + user + "&password=" + URLEncoder.encode("secret-test-password", StandardCharsets.UTF_8);
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrfToken(http, base))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            return new Tasklist(http, base, csrfToken(http, base));
        }

        private static String csrfToken(HttpClient http, String base) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")).build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default" + path))
                    .header("X-XSRF-TOKEN", csrfToken).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default" + path))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrfToken)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
