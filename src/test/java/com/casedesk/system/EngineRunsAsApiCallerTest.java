package com.casedesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.casedesk.customers.CustomerImporter;
import com.casedesk.inquiry.ServiceDeskTestData;
import com.casedesk.inquiry.ServiceDeskTestData.TestCustomer;
import com.casedesk.support.CaseDeskTest;

/**
 * {@code /api} runs the engine as its caller: the process a call starts is started by that user, and a user the
 * engine refuses gets 403 from {@code /api} although the table lets their group call the endpoint.
 */
@CaseDeskTest
class EngineRunsAsApiCallerTest {

    private static final String PASSWORD = "secret-engine-test-password";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CustomerImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldStartTheProcessAsTheCallingUser() {
        createUser("engine-test-cs-member", Groups.CUSTOMER_SERVICE);
        TestCustomer customer = ServiceDeskTestData.importCustomer(importer, "SE", true, "2024-01-15", "OPEN");

        ResponseEntity<Map> response = rest.withBasicAuth("engine-test-cs-member", PASSWORD)
                .postForEntity("/api/terminations", notice(customer), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = (String) response.getBody().get("caseNumber");
        HistoricProcessInstance started = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("contractTermination").processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(started.getStartUserId()).isEqualTo("engine-test-cs-member");
    }

    @Test
    void shouldAnswer403AndChangeNothingWhenTheEngineRefusesTheCaller() {
        createUser("engine-test-cs-revoked", Groups.CUSTOMER_SERVICE);
        Authorization revoke = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId("engine-test-cs-revoked");
        revoke.setResource(Resources.PROCESS_DEFINITION);
        revoke.setResourceId("contractTermination");
        revoke.removePermission(Permissions.CREATE_INSTANCE);
        engine.getAuthorizationService().saveAuthorization(revoke);
        TestCustomer customer = ServiceDeskTestData.importCustomer(importer, "SE", true, "2024-01-15", "OPEN");
        long instancesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("contractTermination").count();

        ResponseEntity<String> refused = rest.withBasicAuth("engine-test-cs-revoked", PASSWORD)
                .postForEntity("/api/terminations", notice(customer), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("engine-test-cs-revoked", "CREATE_INSTANCE", "contractTermination");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cd_case WHERE contract_number = ?", Long.class,
                customer.contractNumber())).as("no case opened").isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("contractTermination").count()).isEqualTo(instancesBefore);
    }

    private static Map<String, String> notice(TestCustomer customer) {
        return Map.of("customerNumber", customer.number(), "contractNumber", customer.contractNumber(),
                "requesterEmail", customer.authorizedEmail(), "channel", "LETTER", "receivedDate", "2026-03-02",
                "text", "Vi säger upp avtalet.");
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
