package com.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.casedesk.support.CaseDeskTest;
import com.casedesk.system.Groups;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code GET /api/cases}: each filter, paging newest first, the caller's read access, and a 400 naming the parameter.
 * Three cases of one run share a word no other case has: a billing case (closed), a billing case (open) and a
 * technical-support case, each opened with a task for its group.
 */
@CaseDeskTest
class CaseSearchApiTest {

    private static final String PASSWORD = "search-test-password";

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseStarter starter;
    @Autowired
    CaseManagement cases;
    @Autowired
    TestRestTemplate rest;

    private String word;
    private String closedBilling;
    private String openBilling;
    private String support;

    @BeforeEach
    void openThreeCases() {
        var model = Bpmn.createExecutableProcess("searchProbe").camundaHistoryTimeToLive(1).startEvent()
                .userTask("userTask_probe").name("Probe").camundaCandidateGroups("${group}").endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance("searchProbe.bpmn", model)
                .enableDuplicateFiltering(true).deploy();
        user("search-billing", Groups.BILLING);
        user("search-support", Groups.TECHNICAL_SUPPORT);
        user("search-lead", Groups.SUPERVISOR);
        word = "probe" + System.nanoTime();
        closedBilling = open(CaseType.INVOICE_QUESTION, "Invoice " + word, "SE-1001", "anna.lind@solros.example", Groups.BILLING);
        cases.close(closedBilling, "Answered");
        openBilling = open(CaseType.INVOICE_QUESTION, "Second invoice " + word, "SE-1002", "Kund." + word + "@Probe.example", Groups.BILLING);
        support = open(CaseType.FAULT_REPORT, "Panel beeps " + word, "SE-1001", "anna.lind@solros.example", Groups.TECHNICAL_SUPPORT);
    }

    @Test
    void shouldFindCasesByAWordOfTheirSubjectNewestFirst() {
        JsonNode found = search(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD, "query=" + word.toUpperCase());
        assertThat(numbers(found)).containsExactly(support, openBilling, closedBilling);
        assertThat(found.get("total").asLong()).isEqualTo(3);
        assertThat(numbers(search(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD, "query=" + word + " beeps")))
                .containsExactly(support);
    }

    @Test
    void shouldFilterByCaseNumberCustomerSenderTypeAndStatus() {
        String admin = CaseDeskTest.ADMIN;
        String pw = CaseDeskTest.ADMIN_PASSWORD;
        assertThat(numbers(search(admin, pw, "caseNumber=" + openBilling.toLowerCase()))).containsExactly(openBilling);
        assertThat(numbers(search(admin, pw, "query=" + word + "&customer=SE-1002"))).containsExactly(openBilling);
        assertThat(numbers(search(admin, pw, "query=" + word + "&customer=solros"))).containsExactly(support, closedBilling);
        assertThat(numbers(search(admin, pw, "sender=kund." + word + "@probe.example"))).containsExactly(openBilling);
        assertThat(numbers(search(admin, pw, "query=" + word + "&type=fault_report"))).containsExactly(support);
        assertThat(numbers(search(admin, pw, "query=" + word + "&status=CLOSED"))).containsExactly(closedBilling);
    }

    @Test
    void shouldAnswerAGroupMemberOnlyWithTheCasesTheirGroupHasOrHadATaskOn() {
        assertThat(numbers(search("search-billing", PASSWORD, "query=" + word))).containsExactly(openBilling, closedBilling);
        assertThat(numbers(search("search-support", PASSWORD, "query=" + word))).containsExactly(support);
        assertThat(numbers(search("search-lead", PASSWORD, "query=" + word))).containsExactly(support, openBilling, closedBilling);
        // the same rule as the single case's
        assertThat(rest.withBasicAuth("search-billing", PASSWORD).getForEntity("/api/cases/" + support, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("search-lead", PASSWORD).getForEntity("/api/cases/" + support, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldFindTheCaseWhoseNumberIsTypedIntoTheQueryOnlyForThoseWhoMayReadIt() {
        assertThat(numbers(search("search-billing", PASSWORD, "query=" + openBilling.toLowerCase())))
                .containsExactly(openBilling);
        assertThat(numbers(search("search-lead", PASSWORD, "query=" + support))).containsExactly(support);
        assertThat(numbers(search("search-support", PASSWORD, "query=" + openBilling))).isEmpty();
        assertThat(numbers(search("search-billing", PASSWORD, "query=" + closedBilling + "&status=OPEN"))).isEmpty();
    }

    @Test
    void shouldAnswerMineWithTheOpenCasesOfTheCallersGroups() {
        assertThat(numbers(search("search-billing", PASSWORD, "query=" + word + "&mine=true"))).containsExactly(openBilling);
        assertThat(numbers(search("search-lead", PASSWORD, "query=" + word + "&mine=true"))).isEmpty();
    }

    @Test
    void shouldPageTheResultNewestFirst() {
        JsonNode second = search(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD, "query=" + word + "&size=2&page=1");
        assertThat(numbers(second)).containsExactly(closedBilling);
        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(second.get("size").asInt()).isEqualTo(2);
    }

    @Test
    void shouldRefuseBadParametersWith400NamingEachField() {
        assertThat(badRequestFields("type=NOPE")).containsExactly("type");
        assertThat(badRequestFields("status=DONE&page=-1&size=1000")).containsExactly("status", "page", "size");
        assertThat(badRequestFields("mine=maybe")).containsExactly("mine");
        assertThat(badRequestFields("customerName=x")).containsExactly("customerName");
        assertThat(badRequestFields("mine=true&status=CLOSED")).containsExactly("status");
    }

    private List<String> badRequestFields(String parameters) {
        ResponseEntity<JsonNode> response = rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD)
                .getForEntity("/api/cases?" + parameters, JsonNode.class);
        assertThat(response.getStatusCode()).as(parameters).isEqualTo(HttpStatus.BAD_REQUEST);
        return response.getBody().get("errors").findValuesAsText("field");
    }

    private JsonNode search(String user, String password, String parameters) {
        ResponseEntity<JsonNode> response = rest.withBasicAuth(user, password).getForEntity("/api/cases?" + parameters,
                JsonNode.class);
        assertThat(response.getStatusCode()).as(parameters).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static List<String> numbers(JsonNode result) {
        return result.get("cases").findValuesAsText("caseNumber");
    }

    private String open(CaseType type, String subject, String customer, String contactEmail, String group) {
        return starter.start(type, "searchProbe", CaseStarter.CaseSubject.of(subject).withCustomer(customer)
                .withContactEmail(contactEmail), Map.of("group", group)).caseNumber();
    }

    private void user(String id, String group) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }
}
