package com.casedesk.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseRecord;
import com.casedesk.cases.CaseStatus;
import com.casedesk.cases.CaseType;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.dunning.MoneyFixtures;
import com.casedesk.dunning.MoneyFixtures.TestCustomer;
import com.casedesk.support.CaseDeskTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

@CaseDeskTest
class GuardCallOutBillingProcessTest {

    private static final java.time.LocalDate ANY_DAY = java.time.LocalDate.of(2026, 1, 15);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired CaseManagement cases;
    @Autowired CustomerImporter importer;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    // --- the process, every path and every rule the alarm centre meets

    @Test
    void shouldCreateAGuardCallOutLineWhenAGuardWasDispatchedAndTheContractDoesNotIncludeIt() {
        // Given a guard sent to our customer's site, call-outs not included
        // When the billing runs
        ProcessInstance billing = bill(alarm(true, false, false, false, true, true));

        // Then a guard call-out invoice line is created and the case closed
        assertBilled(billing, Charge.GUARD_CALL_OUT, "GUARD_DISPATCHED");
    }

    @Test
    void shouldBillNothingWhenTheContractIncludesGuardCallOuts() {
        ProcessInstance billing = bill(alarm(true, true, false, false, true, true));

        assertNotBilled(billing, "GUARD_CALL_OUT_INCLUDED");
    }

    @Test
    void shouldBillNothingInAnnouncedTestModeEvenWhenAGuardWasSent() {
        ProcessInstance billing = bill(alarm(true, false, true, false, true, false));

        assertNotBilled(billing, "TEST_MODE");
    }

    @Test
    void shouldBillNothingForAFalseAlarmReportedByPhoneBeforeAGuardWasSent() {
        ProcessInstance billing = bill(alarm(true, false, false, true, false, false));

        assertNotBilled(billing, "FALSE_ALARM_REPORTED_BY_PHONE");
    }

    @Test
    void shouldBillNothingWhenTheCentreOnlyCalledTheContacts() {
        ProcessInstance billing = bill(alarm(true, false, false, false, false, true));

        assertNotBilled(billing, "NO_GUARD_DISPATCHED");
    }

    @Test
    void shouldCreateAnActionInvoiceLineWhenOurGuardsActedForAnotherAlarmCentre() {
        // Given our guard acted on another centre's assignment (the site is not monitored by us), in its test mode
        ProcessInstance billing = bill(alarm(false, false, true, false, true, false));

        // Then the site owner gets an action invoice
        assertBilled(billing, Charge.ACTION_INVOICE, "ACTION_FOR_OTHER_ALARM_CENTRE");
    }

    @Test
    void shouldBillNothingWhenOurGuardsDidNotActForAnotherAlarmCentre() {
        ProcessInstance billing = bill(alarm(false, false, false, false, false, true));

        assertNotBilled(billing, "NO_GUARD_DISPATCHED");
    }

    // --- the alarm centre's API

    @Test
    void shouldReportABillableAlarmAtAMonitoredSiteThroughTheApi() throws Exception {
        // Given our customer's site, guard call-outs not included in the contract
        TestCustomer customer = MoneyFixtures.importCustomer(importer, "SE", false, false, true, ANY_DAY);

        // When the alarm centre reports a handled alarm with a guard dispatched
        ResponseEntity<String> response = post(report(customer.siteId(), true, false));

        // Then the case number, the charge, the reasons and the invoice line come back
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(response.getBody());
        String caseNumber = body.get("caseNumber").asText();
        assertThat(body.get("charge").asText()).isEqualTo("GUARD_CALL_OUT");
        assertThat(body.get("reasons").get(0).get("code").asText()).isEqualTo("GUARD_DISPATCHED");
        assertThat(body.get("invoiceLineId").asLong()).isPositive();
        assertThat(jdbc.queryForObject("SELECT contract_number FROM cd_invoice_line WHERE case_number = ?",
                String.class, caseNumber)).isEqualTo(customer.contractNumber());
        assertThat(cases.get(caseNumber).getCaseType()).isEqualTo(CaseType.GUARD_CALL_OUT_BILLING);
        assertThat(cases.get(caseNumber).getSiteId()).isEqualTo(customer.siteId());
    }

    @Test
    void shouldKeepTheCaseClosedThatItsProcessClosedWhileItStarted() throws Exception {
        // Given our customer's site
        TestCustomer customer = MoneyFixtures.importCustomer(importer, "SE", false, false, true, ANY_DAY);

        // When the alarm centre reports an alarm: its billing process runs to the end, closing the case, while the
        // case starter is still starting it
        String caseNumber = json.readTree(post(report(customer.siteId(), true, false)).getBody())
                .get("caseNumber").asText();

        // Then the case stays closed, was closed once, and remembers the process that closed it
        CaseRecord record = cases.get(caseNumber);
        String process = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).singleResult().getId();
        assertThat(record.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(record.getClosedAt()).isNotNull();
        assertThat(record.getProcessInstanceId()).isEqualTo(process);
        assertThat(cases.findByProcessInstance(process)).map(CaseRecord::getCaseNumber).contains(caseNumber);
        assertThat(cases.timeline(caseNumber)).filteredOn(event -> event.getKind() == CaseEvent.Kind.CLOSED)
                .hasSize(1);
    }

    @Test
    void shouldSendAnActionInvoiceToTheOwnerOfASiteAnotherCentreMonitors() throws Exception {
        // Given a site in our data that another alarm centre monitors
        TestCustomer owner = MoneyFixtures.importCustomer(importer, "DK", false, true, false, ANY_DAY);

        // When our guard acted there
        JsonNode body = json.readTree(post(report(owner.siteId(), true, false)).getBody());

        // Then the owner gets an action invoice line
        assertThat(body.get("charge").asText()).isEqualTo("ACTION_INVOICE");
        assertThat(jdbc.queryForObject("SELECT customer_number FROM cd_invoice_line WHERE case_number = ?",
                String.class, body.get("caseNumber").asText())).isEqualTo(owner.customerNumber());
    }

    @Test
    void shouldNotBillAGuardCallOutTheSiteContractIncludes() throws Exception {
        TestCustomer customer = MoneyFixtures.importCustomer(importer, "SE", false, true, true, ANY_DAY);

        JsonNode body = json.readTree(post(report(customer.siteId(), true, false)).getBody());

        assertThat(body.get("billable").asBoolean()).isFalse();
        assertThat(body.get("invoiceLineId").isNull()).isTrue();
    }

    @Test
    void shouldAnswer400NamingEveryMissingField() {
        ResponseEntity<String> response = post(Map.of("alarmTime", "2026-01-15T22:15:00+01:00"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("\"field\":\"siteId\"", "\"field\":\"testModeActive\"",
                "\"field\":\"falseAlarmReportedByPhone\"", "\"field\":\"guardDispatched\"", "\"field\":\"contactsCalled\"");
    }

    @Test
    void shouldAnswer400ForAnUnknownSiteAndAnAlarmInTheFuture() {
        Map<String, Object> report = new HashMap<>(report("NO-SUCH-SITE", true, false));
        report.put("alarmTime", "2999-01-01T00:00:00Z");

        ResponseEntity<String> response = post(report);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("no site NO-SUCH-SITE", "\"field\":\"alarmTime\"");
    }

    private ProcessInstance bill(Map<String, Object> alarm) {
        String caseNumber = cases.open(CaseType.GUARD_CALL_OUT_BILLING, "test alarm").getCaseNumber();
        Map<String, Object> variables = new HashMap<>(alarm);
        variables.put("caseNumber", caseNumber);
        return runtime.startProcessInstanceByKey(GuardCallOutProcess.PROCESS_KEY, caseNumber, variables);
    }

    private static Map<String, Object> alarm(boolean directCustomer, boolean included, boolean testMode,
            boolean falseAlarmByPhone, boolean guardDispatched, boolean contactsCalled) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(GuardCallOutProcess.SITE_ID, "SE-S-1001");
        variables.put(GuardCallOutProcess.CUSTOMER_NUMBER, "SE-1001");
        variables.put(GuardCallOutProcess.CONTRACT_NUMBER, directCustomer ? "SE-C-1001" : null);
        variables.put(GuardCallOutProcess.ALARM_TIME, "2026-01-15T22:15:00+01:00");
        variables.put(GuardCallOutProcess.DIRECT_CUSTOMER, directCustomer);
        variables.put(GuardCallOutProcess.GUARD_CALL_OUT_INCLUDED, included);
        variables.put(GuardCallOutProcess.TEST_MODE_ACTIVE, testMode);
        variables.put(GuardCallOutProcess.FALSE_ALARM_REPORTED_BY_PHONE, falseAlarmByPhone);
        variables.put(GuardCallOutProcess.GUARD_DISPATCHED, guardDispatched);
        variables.put(GuardCallOutProcess.CONTACTS_CALLED, contactsCalled);
        return variables;
    }

    private void assertBilled(ProcessInstance billing, Charge charge, String reasonCode) {
        String caseNumber = billing.getBusinessKey();
        assertThat(billing).hasPassedInOrder("serviceTask_decideBillability", "serviceTask_createInvoiceLine",
                "serviceTask_closeBillingCase").isEnded();
        assertThat(jdbc.queryForObject("SELECT charge FROM cd_invoice_line WHERE case_number = ?", String.class,
                caseNumber)).isEqualTo(charge.name());
        assertDecisionOnCase(billing, reasonCode);
    }

    private void assertNotBilled(ProcessInstance billing, String reasonCode) {
        String caseNumber = billing.getBusinessKey();
        assertThat(billing).hasPassed("serviceTask_decideBillability", "serviceTask_closeBillingCase")
                .hasNotPassed("serviceTask_createInvoiceLine").isEnded();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cd_invoice_line WHERE case_number = ?", Integer.class,
                caseNumber)).isZero();
        assertDecisionOnCase(billing, reasonCode);
    }

    private void assertDecisionOnCase(ProcessInstance billing, String reasonCode) {
        String caseNumber = billing.getBusinessKey();
        assertThat(cases.timeline(caseNumber)).anySatisfy(event -> {
            assertThat(event.getKind()).isEqualTo(CaseEvent.Kind.DECISION);
            assertThat(event.getDetail()).contains(reasonCode);
        });
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(billing.getId())
                .variableName(GuardCallOutProcess.BILLABILITY_REASONS).singleResult().getValue().toString())
                .contains(reasonCode);
        assertThat(cases.get(caseNumber).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    private static Map<String, Object> report(String siteId, boolean guardDispatched, boolean testMode) {
        return Map.of("siteId", siteId, "alarmTime", "2026-01-15T22:15:00+01:00", "testModeActive", testMode,
                "falseAlarmReportedByPhone", false, "guardDispatched", guardDispatched, "contactsCalled", true);
    }

    private ResponseEntity<String> post(Map<String, Object> report) {
        return rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD)
                .postForEntity("/api/alarm-reports", report, String.class);
    }
}
