package com.casedesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.casedesk.rules.RuleBase;
import com.casedesk.support.CaseDeskTest;

/**
 * {@code /actuator/prometheus}: only for camunda-admin, and it carries what the README's operations section and
 * the Grafana dashboard use: cases opened per type, decision latency per decision, the engine's counters, jobs,
 * incidents, the outbox by status, the mailbox state and the rules version in force.
 */
@CaseDeskTest
class PrometheusEndpointTest {

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identity;
    @Autowired RuleBase rules;
    @Autowired ClusterGauges gauges;

    @Test
    void shouldAnswerOnlyAdminsWith401ForAnonymousAnd403ForOtherUsers() {
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        if (identity.createUserQuery().userId("metrics-billing").count() == 0) {
            User user = identity.newUser("metrics-billing");
            user.setPassword("metrics-billing-password");
            identity.saveUser(user);
            identity.createMembership("metrics-billing", "billing");
        }
        assertThat(rest.withBasicAuth("metrics-billing", "metrics-billing-password")
                .getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldCountCasesPerTypeAndTimeDecisionsAndShowTheClusterFigures() {
        double casesBefore = value(scrape(), "casedesk_cases_opened_total", "type=\"GENERAL_INQUIRY\"");
        double decisionsBefore = value(scrape(), "casedesk_decision_seconds_count", "decision=\"ReminderStep\"");

        // When a handler opens a case and a decision is asked for
        assertThat(admin().postForEntity("/api/cases", Map.of("caseType", "GENERAL_INQUIRY", "customerNumber", "SE-1001",
                "text", "When are you open?"), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        assertThat(admin().postForEntity("/api/decisions/reminder-fee", new HttpEntity<>(
                "{\"country\":\"SE\",\"reminderNumber\":2,\"reminderFeeAgreed\":true}", json), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        gauges.refresh();

        // Then the scrape counts them, and carries the engine's counters and the cluster-wide gauges
        String scrape = scrape();
        assertThat(value(scrape, "casedesk_cases_opened_total", "type=\"GENERAL_INQUIRY\"")).isEqualTo(casesBefore + 1);
        assertThat(value(scrape, "casedesk_decision_seconds_count", "decision=\"ReminderStep\"")).isEqualTo(decisionsBefore + 1);
        assertThat(value(scrape, "camunda_engine_total", "metric=\"activity-instance-start\"")).isPositive();
        assertThat(value(scrape, "casedesk_rules_info", "version=\"" + rules.rulesVersion() + "\"")).isEqualTo(1.0);
        assertThat(value(scrape, "casedesk_outbox_mails", "status=\"PENDING\"")).isNotNegative();
        assertThat(value(scrape, "camunda_incidents_open", "type=\"failedJob\"")).isZero();
        assertThat(scrape).contains("camunda_jobs{", "casedesk_mailbox_connected{", "casedesk_mailbox_reader{");
    }

    private TestRestTemplate admin() {
        return rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD);
    }

    private String scrape() {
        ResponseEntity<String> response = admin().getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The value of the first series of {@code name} whose labels contain {@code label}; 0 when there is none. */
    private static double value(String scrape, String name, String label) {
        Matcher matcher = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
        while (matcher.find()) {
            if (matcher.group(1).contains(label)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }
}
