package com.casedesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.casedesk.customers.CustomerImporter;
import com.casedesk.dunning.MoneyFixtures;
import com.casedesk.dunning.MoneyFixtures.TestCustomer;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.cases.RequestChannel;
import com.casedesk.termination.TerminationIntake;
import com.casedesk.termination.TerminationNotice;
import com.casedesk.termination.TerminationProcess;

/** A retried creating request returns its first result; two notices for one contract at once open one case. */
@CaseDeskTest
class IdempotentCreationTest {

    @Autowired TestRestTemplate rest;
    @Autowired CustomerImporter importer;
    @Autowired TerminationIntake terminations;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shouldReturnTheFirstCaseAndInvoiceLineWhenAnAlarmReportIsRetriedWithTheSameIdempotencyKey() {
        TestCustomer customer = customer();
        Map<String, Object> report = alarmReport(customer, null);
        String key = UUID.randomUUID().toString();

        ResponseEntity<Map> first = post("/api/alarm-reports", report, key);
        ResponseEntity<Map> retry = post("/api/alarm-reports", report, key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getBody().get("invoiceLineId")).isNotNull();
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(invoiceLines(customer)).isEqualTo(1);
    }

    @Test
    void shouldTreatTheAlarmCentresReportIdAsTheKeyOfTheReport() {
        TestCustomer customer = customer();
        Map<String, Object> report = alarmReport(customer, "AC-" + UUID.randomUUID());

        ResponseEntity<Map> first = post("/api/alarm-reports", report, null);
        ResponseEntity<Map> again = post("/api/alarm-reports", report, null);

        assertThat(again.getBody().get("caseNumber")).isEqualTo(first.getBody().get("caseNumber"));
        assertThat(invoiceLines(customer)).isEqualTo(1);
    }

    @Test
    void shouldOpenASecondCaseForASecondReportWithoutAKey() {
        TestCustomer customer = customer();
        Map<String, Object> report = alarmReport(customer, null);

        post("/api/alarm-reports", report, null);
        post("/api/alarm-reports", report, null);

        assertThat(invoiceLines(customer)).isEqualTo(2);
    }

    @Test
    void shouldReturnTheFirstCaseWhenOpeningACaseByHandIsRetried() {
        TestCustomer customer = customer();
        Map<String, Object> request = Map.of("caseType", "GENERAL_INQUIRY", "customerNumber", customer.customerNumber(),
                "text", "Customer called about the opening hours");
        String key = UUID.randomUUID().toString();

        ResponseEntity<Map> first = post("/api/cases", request, key);
        ResponseEntity<Map> retry = post("/api/cases", request, key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getBody().get("caseNumber")).isEqualTo(first.getBody().get("caseNumber"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cd_case WHERE customer_number = ?", Integer.class,
                customer.customerNumber())).isEqualTo(1);
    }

    @Test
    void shouldReturnTheFirstCaseWhenATerminationNoticeIsRetried() {
        TestCustomer customer = customer();
        Map<String, Object> notice = terminationNotice(customer);
        String key = UUID.randomUUID().toString();

        ResponseEntity<Map> first = post("/api/terminations", notice, key);
        ResponseEntity<Map> retry = post("/api/terminations", notice, key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getBody().get("caseNumber")).isEqualTo(first.getBody().get("caseNumber"));
        assertThat(terminationProcesses(customer)).isEqualTo(1);
    }

    @Test
    void shouldAnswer400NamingTheKeyWhenItIsReusedForAnotherRequest() {
        TestCustomer customer = customer();
        String key = UUID.randomUUID().toString();
        post("/api/cases", Map.of("caseType", "GENERAL_INQUIRY", "customerNumber", customer.customerNumber(),
                "text", "First question"), key);

        ResponseEntity<String> other = rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD)
                .exchange("/api/cases", HttpMethod.POST, new HttpEntity<>(Map.of("caseType", "GENERAL_INQUIRY",
                        "customerNumber", customer.customerNumber(), "text", "Another question"), headers(key)),
                        String.class);

        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(other.getBody()).contains("\"field\":\"Idempotency-Key\"", "different request");
    }

    @Test
    void shouldOpenOneCaseWhenTwoTerminationNoticesForOneContractArriveAtTheSameMoment() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                // Given a contract and two notices for it, one per thread
                TestCustomer customer = customer();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<String>> results = new ArrayList<>();
                for (int thread = 0; thread < 2; thread++) {
                    TerminationNotice notice = new TerminationNotice(customer.customerNumber(),
                            customer.contractNumber(), "person-" + customer.customerNumber().substring(2)
                                    + "@money-test.example", RequestChannel.EMAIL, LocalDate.now(), "Please terminate");
                    results.add(threads.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        try {
                            return terminations.receive(notice);
                        } catch (BadRequestException refused) {
                            return "refused: " + refused.getMessage();
                        }
                    }));
                }

                // When both are received at once, then one opened the case and the other was refused naming the contract
                List<String> outcomes = new ArrayList<>();
                for (Future<String> result : results) {
                    outcomes.add(result.get(60, TimeUnit.SECONDS));
                }
                assertThat(outcomes).filteredOn(outcome -> outcome.startsWith("CD-")).hasSize(1);
                assertThat(outcomes).filteredOn(outcome -> outcome.startsWith("refused: contractNumber")).hasSize(1);
                assertThat(terminationProcesses(customer)).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void shouldOpenOneCaseAndAnswerBothWhenTwoRequestsWithOneKeyArriveAtTheSameMoment() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                TestCustomer customer = customer();
                Map<String, Object> request = Map.of("caseType", "GENERAL_INQUIRY", "customerNumber",
                        customer.customerNumber(), "text", "Customer called twice, round " + round);
                String key = UUID.randomUUID().toString();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<ResponseEntity<Map>>> answers = new ArrayList<>();
                for (int thread = 0; thread < 2; thread++) {
                    answers.add(threads.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return post("/api/cases", request, key);
                    }));
                }

                List<Object> caseNumbers = new ArrayList<>();
                for (Future<ResponseEntity<Map>> answer : answers) {
                    ResponseEntity<Map> response = answer.get(60, TimeUnit.SECONDS);
                    assertThat(response.getStatusCode().is2xxSuccessful()).as("round %d: %s %s", round,
                            response.getStatusCode(), response.getBody()).isTrue();
                    caseNumbers.add(response.getBody().get("caseNumber"));
                }
                assertThat(caseNumbers.get(0)).as("round %d", round).isNotNull().isEqualTo(caseNumbers.get(1));
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cd_case WHERE customer_number = ?",
                        Integer.class, customer.customerNumber())).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private TestCustomer customer() {
        return MoneyFixtures.importCustomer(importer, "SE", false, false, true, LocalDate.now().plusDays(30));
    }

    private static Map<String, Object> alarmReport(TestCustomer customer, String reportId) {
        Map<String, Object> report = new HashMap<>(Map.of("siteId", customer.siteId(),
                "alarmTime", "2026-01-15T22:15:00+01:00", "testModeActive", false, "falseAlarmReportedByPhone", false,
                "guardDispatched", true, "contactsCalled", true));
        if (reportId != null) {
            report.put("reportId", reportId);
        }
        return report;
    }

    private static Map<String, Object> terminationNotice(TestCustomer customer) {
        return Map.of("customerNumber", customer.customerNumber(), "contractNumber", customer.contractNumber(),
                "requesterEmail", "person-" + customer.customerNumber().substring(2) + "@money-test.example",
                "channel", "LETTER", "receivedDate", LocalDate.now().toString(), "text", "We are moving abroad");
    }

    private ResponseEntity<Map> post(String path, Map<String, Object> body, String key) {
        return rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD)
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(key)), Map.class);
    }

    private static HttpHeaders headers(String key) {
        HttpHeaders headers = new HttpHeaders();
        if (key != null) {
            headers.set(IdempotentRequests.HEADER, key);
        }
        return headers;
    }

    private int invoiceLines(TestCustomer customer) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cd_invoice_line WHERE site_id = ?", Integer.class,
                customer.siteId());
    }

    private long terminationProcesses(TestCustomer customer) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(TerminationProcess.PROCESS_KEY)
                .variableValueEquals(TerminationProcess.CONTRACT_NUMBER, customer.contractNumber()).count();
    }
}
