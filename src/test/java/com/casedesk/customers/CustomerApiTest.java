package com.casedesk.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.casedesk.support.CaseDeskTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

@CaseDeskTest
class CustomerApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CustomerRepository customers;
    @Autowired
    JdbcTemplate jdbc;

    static final String GOOD_CUSTOMER = """
            {"number": "%s", "name": "Import Test AB", "orgNumber": "556000-0001", "country": "SE",
             "invoiceEmail": "faktura@import.example",
             "contacts": [{"name": "Ida Import", "email": "ida-%s@import.example", "authorized": true}],
             "sites": [{"siteId": "%s-S", "address": "Testgatan 1, Uppsala", "remoteSupportCapable": true,
                        "hasKeyBox": false, "signsInstalled": true, "monitoredByUs": true}],
             "contracts": [{"number": "%s-C", "siteId": "%s-S", "type": "SUBSCRIPTION", "startDate": "2025-01-31",
                            "noticeMonths": 3, "bindingMonths": 12, "guardCallOutIncluded": false,
                            "reminderFeeAgreed": true}],
             "invoices": [{"number": "%s-I", "contractNumber": "%s-C", "amount": 100.50, "currency": "SEK",
                           "issueDate": "2026-01-01", "dueDate": "2026-01-31", "status": "OPEN"}]}
            """;

    @Test
    void shouldListCustomersPageByPageInNumberOrderWithoutGapsOrRepeats() throws Exception {
        List<String> expected = jdbc.queryForList("SELECT customer_number FROM cd_customer", String.class).stream()
                .sorted().limit(9).toList();
        List<String> listed = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            ResponseEntity<String> response = admin().getForEntity("/api/customers?page=" + page + "&size=3", String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            JsonNode body = JSON.readTree(response.getBody());
            assertThat(body.get("totalElements").asLong()).isEqualTo(customers.count());
            assertThat(body.get("content").size()).isLessThanOrEqualTo(3);
            body.get("content").forEach(customer -> listed.add(customer.get("number").asText()));
        }
        assertThat(expected).hasSizeGreaterThan(3);
        assertThat(listed).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldAnswer400NamingTheFieldAndTheLimitForAValueLongerThanItsColumn() {
        String tooLong = customer("IMP-LONG").replace("Import Test AB", "A".repeat(201))
                .replace("Testgatan 1, Uppsala", "B".repeat(301));

        ResponseEntity<String> refused = post("{\"customers\": [" + tooLong + "]}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("{\"field\":\"customers[0].name\",\"message\":\"is 201 characters long; at most 200\"}",
                "{\"field\":\"customers[0].sites[0].address\",\"message\":\"is 301 characters long; at most 300\"}");
        assertThat(customers.findByNumber("IMP-LONG")).isEmpty();
    }

    @Test
    void shouldAnswer400WhenOneRequestHasMoreCustomersThanTheLimit() {
        String records = String.join(",", java.util.Collections.nCopies(
                CustomerImportValidator.MAX_CUSTOMERS_PER_REQUEST + 1, "{}"));

        ResponseEntity<String> refused = post("{\"customers\": [" + records + "]}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("\"field\":\"customers\"", "has 1001 records; at most 1000 per request");
    }

    @Test
    void shouldRefuseAContactEmailThatAnotherCustomersContactHas() {
        String taken = customer("IMP-MAIL").replace("ida-IMP-MAIL@import.example", "Mette@BagerHansen.example");
        String twice = customer("IMP-MAIL2") + "," + customer("IMP-MAIL3").replace("ida-IMP-MAIL3", "ida-IMP-MAIL2");

        ResponseEntity<String> refused = post("{\"customers\": [" + taken + "]}");
        ResponseEntity<String> refusedWithin = post("{\"customers\": [" + twice + "]}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("\"field\":\"customers[0].contacts[0].email\"", "of customer DK-2001");
        assertThat(refusedWithin.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refusedWithin.getBody()).contains("\"field\":\"customers[1].contacts[0].email\"",
                "of customer IMP-MAIL2").doesNotContain("customers[0]");
        assertThat(customers.findByNumber("IMP-MAIL2")).isEmpty();
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
        return GOOD_CUSTOMER.formatted(number, number, number, number, number, number, number);
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
