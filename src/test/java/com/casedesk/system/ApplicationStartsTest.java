package com.casedesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import com.casedesk.support.CaseDeskTest;
import com.fasterxml.jackson.databind.JsonNode;

@CaseDeskTest
class ApplicationStartsTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void shouldAnswerHealthWithoutLogin() {
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldAnswerReadinessFromTheDatabaseAndTheApplicationOnlyNotTheMailbox() {
        var readiness = rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD)
                .getForEntity("/actuator/health/readiness", JsonNode.class);
        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> components = new ArrayList<>();
        readiness.getBody().get("components").fieldNames().forEachRemaining(components::add);
        assertThat(components).containsExactlyInAnyOrder("db", "readinessState");
        assertThat(rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldRefuseAnonymousApiAndEngineRestCalls() {
        assertThat(rest.getForEntity("/api/customers", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldServeCustomersToTheAdmin() {
        var response = rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD)
                .getForEntity("/api/customers/SE-1001", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("Bageriet Solros AB");
    }
}
