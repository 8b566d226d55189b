package com.casedesk.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.casedesk.support.CaseDeskTest;

@CaseDeskTest
class CustomerApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CustomerRepository customers;

    static final String GOOD_CUSTOMER = """
            {"number": "%s", "name": "Import Test AB", "orgNumber": "556000-0001", "country": "SE",
             "invoiceEmail": "faktura@import.example",
             "contacts": [{"name": "Ida Import", "email": "ida@import.example", "authorized": true}],
             "sites": [{"siteId": "%s-S", "address": "Testgatan 1, Uppsala", "remoteSupportCapable": true,
                        "hasKeyBox": false, "signsInstalled": true, "monitoredByUs": true}],
             "contracts": [{"number": "%s-C", "siteId": "%s-S", "type": "SUBSCRIPTION", "startDate": "2025-01-31",
                            "noticeMonths": 3, "bindingMonths": 12, "guardCallOutIncluded": false,
                            "reminderFeeAgreed": true}],
             "invoices": [{"number": "%s-I", "contractNumber": "%s-C", "amount": 100.50, "currency": "SEK",
                           "issueDate": "2026-01-01", "dueDate": "2026-01-31", "status": "OPEN"}]}
            """;

    @Test
    void shouldListCustomersPageByPage() {
        ResponseEntity<String> page = admin().getForEntity("/api/customers?page=0&size=2", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("\"size\":2").contains("\"totalElements\"");
    }

    @Test
    void shouldShowACustomerWithContactsSitesContractsAndInvoices() {
        ResponseEntity<String> customer = admin().getForEntity("/api/customers/DK-2001", String.class);
        assertThat(customer.getBody()).contains("Mette Hansen", "DK-S-2001", "DK-C-2001", "DK-I-2001");
    }

    @Test
    void shouldAnswer404ForAnUnknownCustomer() {
        ResponseEntity<String> missing = admin().getForEntity("/api/customers/XX-0000", String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody()).contains("customer XX-0000 does not exist");
    }

    @Test
    void shouldImportValidCustomers() {
        ResponseEntity<String> imported = post("{\"customers\": [" + customer("IMP-1") + "]}");
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(customers.findByNumber("IMP-1")).isPresent();
    }

    @Test
    void shouldWriteNothingWhenOneRecordIsBadAndNameTheRecordAndField() {
        String bad = customer("IMP-3").replace("\"noticeMonths\": 3", "\"noticeMonths\": 4")
                .replace("\"startDate\": \"2025-01-31\"", "\"startDate\": \"2025-02-30\"");
        ResponseEntity<String> refused = post("{\"customers\": [" + customer("IMP-2") + "," + bad + "]}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody())
                .contains("{\"field\":\"customers[1].contracts[0].noticeMonths\",\"message\":\"must be 3, 6 or 12\"}")
                .contains("customers[1].contracts[0].startDate")
                .doesNotContain("customers[0]");
        assertThat(customers.findByNumber("IMP-2")).isEmpty();
        assertThat(customers.findByNumber("IMP-3")).isEmpty();
    }

    @Test
    void shouldRefuseACustomerThatAlreadyExists() {
        ResponseEntity<String> refused = post("{\"customers\": [" + customer("SE-1001") + "]}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("customers[0].number", "customer SE-1001 already exists");
    }

    @Test
    void shouldNameAnUnknownField() {
        ResponseEntity<String> refused = post("{\"customers\": [], \"colour\": \"red\"}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("\"field\":\"colour\"");
    }

    private static String customer(String number) {
        return GOOD_CUSTOMER.formatted(number, number, number, number, number, number);
    }

    private ResponseEntity<String> post(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return admin().postForEntity("/api/customers/import", new HttpEntity<>(json, headers), String.class);
    }

    private TestRestTemplate admin() {
        return rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD);
    }
}
