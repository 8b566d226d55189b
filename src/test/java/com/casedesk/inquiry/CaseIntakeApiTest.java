package com.casedesk.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseType;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.inquiry.ServiceDeskTestData.TestCustomer;
import com.casedesk.support.CaseDeskTest;

@CaseDeskTest
class CaseIntakeApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CaseManagement cases;
    @Autowired
    CustomerImporter importer;

    private ResponseEntity<String> post(Object body) {
        return rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD).postForEntity("/api/cases", body, String.class);
    }

    @Test
    void shouldOpenAFaultReportByHandAndReturnTheCaseNumber() {
        // When a handler opens a fault report for a customer's site
        ResponseEntity<Map> response = rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD).postForEntity(
                "/api/cases", Map.of("caseType", "FAULT_REPORT", "customerNumber", "SE-1002", "siteId", "SE-S-1003",
                        "text", "Customer called: the keypad is dead"), Map.class);

        // Then the case exists with its process
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = (String) response.getBody().get("caseNumber");
        assertThat(caseNumber).matches("CD-\\d{4}-\\d{6,}");
        assertThat(response.getBody()).containsEntry("processKey", "faultReport");
        assertThat(cases.get(caseNumber).getCaseType()).isEqualTo(CaseType.FAULT_REPORT);
        assertThat(cases.get(caseNumber).getSiteId()).isEqualTo("SE-S-1003");
    }

    @Test
    void shouldFindTheCustomerBySenderEmail() {
        ResponseEntity<Map> response = rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD).postForEntity(
                "/api/cases", Map.of("caseType", "GENERAL_INQUIRY", "senderEmail", "mette@bagerhansen.example",
                        "text", "Hvornår er jeres kontor åbent?"), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(cases.get((String) response.getBody().get("caseNumber")).getCustomerNumber()).isEqualTo("DK-2001");
    }

    @Test
    void shouldHandATerminationToTheTerminationIntakeWhenTheContractIsKnown() {
        TestCustomer customer = ServiceDeskTestData.importCustomer(importer, "SE", true, "2024-01-15", "OPEN");
        ResponseEntity<Map> response = rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD).postForEntity(
                "/api/cases", Map.of("caseType", "TERMINATION", "customerNumber", customer.number(), "senderEmail",
                        customer.authorizedEmail(), "channel", "LETTER", "text", "We terminate our contract."), Map.class);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).containsEntry("processKey", "contractTermination");
        assertThat(cases.get((String) response.getBody().get("caseNumber")).getContractNumber())
                .isEqualTo(customer.contractNumber());
    }

    @Test
    void shouldLetAHandlerIdentifyTheContractOfATerminationFromAnUnknownSender() {
        ResponseEntity<Map> response = rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD).postForEntity(
                "/api/cases", Map.of("caseType", "TERMINATION", "senderEmail", "new.owner@unknown.example",
                        "text", "Please end the alarm contract for our building"), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).containsEntry("processKey", "customerInquiry");
    }

    @Test
    void shouldNameEveryMissingField() {
        ResponseEntity<String> response = post(Map.of("siteId", "SE-S-1001"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("\"field\":\"caseType\"", "\"field\":\"customerNumber\"",
                "\"field\":\"senderEmail\"", "\"field\":\"text\"");
    }

    @Test
    void shouldRefuseAnUnknownCustomerASiteOfAnotherCustomerAndABadEmail() {
        assertThat(post(Map.of("caseType", "SERVICE_REQUEST", "customerNumber", "XX-9", "text", "x")).getBody())
                .contains("\"field\":\"customerNumber\"", "XX-9 does not exist");
        assertThat(post(Map.of("caseType", "SERVICE_REQUEST", "customerNumber", "SE-1001", "siteId", "DK-S-2001", "text", "x")).getBody())
                .contains("\"field\":\"siteId\"", "not a site of customer SE-1001");
        assertThat(post(Map.of("caseType", "SERVICE_REQUEST", "senderEmail", "not-an-address", "text", "x")).getBody())
                .contains("\"field\":\"senderEmail\"");
    }

    @Test
    void shouldRefuseAnUnknownCaseTypeOrIntentNamingTheField() {
        ResponseEntity<String> type = post(Map.of("caseType", "COFFEE", "customerNumber", "SE-1001", "text", "x"));
        assertThat(type.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(type.getBody()).contains("\"field\":\"caseType\"");
        assertThat(post(Map.of("caseType", "INVOICE_DUNNING", "customerNumber", "SE-1001", "text", "x")).getBody())
                .contains("\"field\":\"caseType\"", "is not opened here");
        assertThat(post(Map.of("caseType", "GENERAL_INQUIRY", "customerNumber", "SE-1001", "text", "x", "intent", "PIZZA")).getBody())
                .contains("\"field\":\"intent\"");
    }

    @Test
    void shouldRefuseAnonymousCallers() {
        assertThat(rest.postForEntity("/api/cases", Map.of("caseType", "FAULT_REPORT"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
