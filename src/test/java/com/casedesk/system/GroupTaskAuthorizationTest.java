package com.casedesk.system;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.casedesk.support.CaseDeskTest;

/** Tasklist and engine REST show a member only their group's tasks, and refuse to complete another group's. */
@CaseDeskTest
class GroupTaskAuthorizationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

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
}
