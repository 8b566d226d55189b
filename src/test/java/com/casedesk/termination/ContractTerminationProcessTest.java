package com.casedesk.termination;

import static com.casedesk.termination.TerminationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseReplies;
import com.casedesk.cases.CaseStatus;
import com.casedesk.cases.CustomerReply;
import com.casedesk.customers.ContractRepository;
import com.casedesk.customers.ContractStatus;
import com.casedesk.customers.CustomerImport;
import com.casedesk.customers.CustomerImport.ContactRecord;
import com.casedesk.customers.CustomerImport.ContractRecord;
import com.casedesk.customers.CustomerImport.CustomerRecord;
import com.casedesk.customers.CustomerImport.SiteRecord;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.OutboxMailRepository;
import com.casedesk.mail.OutboxSender;
import com.casedesk.service.TechnicianVisitProcess;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.MailTestSupport;
import com.casedesk.support.ProcessTestSupport;
import com.casedesk.cases.RequestChannel;

@CaseDeskTest
class ContractTerminationProcessTest {

    // Monday 2 March 2026, 10:00 in Stockholm
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired TerminationIntake intake;
    @Autowired CaseManagement cases;
    @Autowired CaseReplies replies;
    @Autowired CustomerImporter importer;
    @Autowired ContractRepository contracts;
    @Autowired OutboxSender outbox;
    @Autowired OutboxMailRepository outboxMails;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired TestRestTemplate rest;

    private final com.casedesk.processes.FormJs formJs = new com.casedesk.processes.FormJs(java.nio.file.Path.of("processes"));

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        ProcessTestSupport.setClock(NOW);
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void shouldConfirmVisitAndTerminateAnAcceptedTerminationAtItsEndDate() {
        // Given a Swedish subscription without binding period, on a site with a key box and signs
        TestCustomer customer = customer("SE", "SUBSCRIPTION", "2023-01-31", 3, 0, true, true);

        // When its authorized contact terminates it by mail today
        ProcessInstance pi = start(customer, customer.authorizedEmail(), RequestChannel.EMAIL);

        // Then it ends after the three months' notice, the decision is on the case, the contract is marked
        assertThat(pi).hasPassed("serviceTask_decideEligibility", "serviceTask_confirmTermination",
                "serviceTask_sendTerminationConfirmation").isWaitingAt(CALL_ACTIVITY_VISIT);
        assertThat(pi).variables().containsEntry(ACCEPTED, true).containsEntry(END_DATE, "2026-06-02")
                .containsEntry(REASON_CODES, "NOTICE_PERIOD").containsEntry(VISIT_LATEST_DATE, "2026-06-01");
        assertThat((String) runtime.getVariable(pi.getId(), FIRED_RULES))
                .contains("InWritingFromAuthorized_NoticePeriodDecidesEndDate");
        assertThat(decisions(pi)).singleElement().satisfies(d -> {
            assertThat(d.getSummary()).isEqualTo("Termination accepted: contract " + customer.contractNumber()
                    + " ends 2026-06-02 (NOTICE_PERIOD)");
            assertThat(d.getDetail()).contains("\"firedRules\"", "NOTICE_PERIOD", "rulesVersion");
        });
        assertThat(contracts.findByNumber(customer.contractNumber()).orElseThrow())
                .satisfies(c -> assertThat(c.getStatus()).isEqualTo(ContractStatus.TERMINATION_CONFIRMED))
                .satisfies(c -> assertThat(c.getEndDate()).isEqualTo(LocalDate.of(2026, 6, 2)));

        // And the confirmation mail names the end date and the responsible contact
        String confirmation = body(mails(customer.authorizedEmail(), 1).get(0));
        assertThat(confirmation).contains("upphör 2026-06-02", "CaseDesk kundservice", "support@casedesk.local");

        // And the visit gets the checklist for a bought package with key box and signs, to happen before the end
        ProcessInstance visit = visit(pi);
        assertThat(checklistCodes(visit)).containsExactly("DISMANTLE_EQUIPMENT", "HAND_OVER_KEY", "REMOVE_SIGNS");
        assertThat(runtime.getVariable(visit.getId(), TechnicianVisitProcess.VISIT_LATEST_DATE)).isEqualTo("2026-06-01");
        carryOutVisit(visit, 3);
        assertThat(pi).isWaitingAt(TIMER_END_DATE);
        assertThat((String) runtime.getVariable(pi.getId(), VISIT_REPORT_SUMMARY)).contains("Nyckeln från nyckelskåpet har lämnats tillbaka till er.");

        // When the clock reaches the last minute before the end date (Stockholm), nothing happens yet
        ProcessTestSupport.setClock(Instant.parse("2026-06-01T21:59:00Z"));
        ProcessTestSupport.executeDueJobs(engine, pi.getId());
        assertThat(pi).isWaitingAt(TIMER_END_DATE);

        // When the end date begins
        ProcessTestSupport.setClock(Instant.parse("2026-06-01T22:00:00Z"));
        ProcessTestSupport.executeDueJobs(engine, pi.getId());

        // Then the contract is terminated, the case closed and the customer gets the closing mail
        assertThat(pi).hasPassedInOrder(TIMER_END_DATE, "serviceTask_terminateContract", "serviceTask_closeCase").isEnded();
        assertThat(contracts.findByNumber(customer.contractNumber()).orElseThrow().getStatus()).isEqualTo(ContractStatus.TERMINATED);
        assertThat(cases.get(pi.getBusinessKey()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(subject(mails(customer.authorizedEmail(), 3).get(2))).contains("har upphört");
    }

    @Test
    void shouldAskForAWrittenNoticeAfterACallAndAcceptTheWrittenReply() {
        // Given a termination by phone from the authorized contact
        TestCustomer customer = customer("SE", "SUBSCRIPTION", "2023-01-31", 3, 0, true, true);
        ProcessInstance pi = start(customer, customer.authorizedEmail(), RequestChannel.PHONE);

        // Then it is not accepted, the customer is asked to write, and the case waits for the new notice
        assertThat(pi).isWaitingAt(GATEWAY_AWAIT_NEW_NOTICE).hasPassed("serviceTask_requestMissingDetails");
        assertThat(pi).variables().containsEntry(ACCEPTED, false).containsEntry(REASON_CODES, "NOT_IN_WRITING");
        assertThat(decisions(pi)).singleElement().satisfies(d -> assertThat(d.getSummary())
                .isEqualTo("Termination not accepted: NOT_IN_WRITING"));
        assertThat(subject(mails(customer.authorizedEmail(), 1).get(0))).contains("behöver komma skriftligt");
        assertThat(contracts.findByNumber(customer.contractNumber()).orElseThrow().getStatus()).isEqualTo(ContractStatus.ACTIVE);

        // When the authorized contact replies by mail three days later
        boolean delivered = replies.deliver(pi.getBusinessKey(), new CustomerReply(customer.authorizedEmail(),
                "Härmed säger vi upp avtalet.", "EMAIL", LocalDate.of(2026, 3, 5), true, null, "<t1@example.test>"));

        // Then the new notice is decided again and accepted, the notice counting from the reply
        assertThat(delivered).isTrue();
        assertThat(pi).hasPassed(EVENT_NEW_NOTICE, "serviceTask_takeOverNotice").isWaitingAt(CALL_ACTIVITY_VISIT);
        assertThat(pi).variables().containsEntry(ACCEPTED, true).containsEntry(END_DATE, "2026-06-05")
                .containsEntry(REQUEST_CHANNEL, "EMAIL");
        assertThat(decisions(pi)).hasSize(2);
        assertThat(subject(mails(customer.authorizedEmail(), 2).get(1))).contains("upphör 2026-06-05");
    }

    @Test
    void shouldCloseTheCaseAndKeepTheContractWhenNoWrittenNoticeComesInTime() {
        // Given a termination by phone, not accepted: the customer was asked to write
        TestCustomer customer = customer("SE", "SUBSCRIPTION", "2023-01-31", 3, 0, true, true);
        ProcessInstance pi = start(customer, customer.authorizedEmail(), RequestChannel.PHONE);
        assertThat(pi).isWaitingAt(GATEWAY_AWAIT_NEW_NOTICE).variables().containsEntry(NOTICE_WAIT, "PT720H");

        // When 29 days pass, the case still waits
        ProcessTestSupport.moveClock(Duration.ofDays(29));
        ProcessTestSupport.executeDueJobs(engine, pi.getId());
        assertThat(pi).isWaitingAt(GATEWAY_AWAIT_NEW_NOTICE);

        // When the 30 days (casedesk.termination.notice-wait) have passed without a written notice
        ProcessTestSupport.moveClock(Duration.ofDays(1));
        ProcessTestSupport.executeDueJobs(engine, pi.getId());

        // Then the case is closed, the customer is told the contract continues, and the contract is untouched
        assertThat(pi).hasPassedInOrder(TIMER_NO_NEW_NOTICE, "serviceTask_closeWithoutTermination")
                .hasNotPassed(EVENT_NEW_NOTICE).isEnded();
        assertThat(cases.get(pi.getBusinessKey()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(subject(mails(customer.authorizedEmail(), 2).get(1))).contains("fortsätter: ingen uppsägning mottagen");
        assertThat(contracts.findByNumber(customer.contractNumber()).orElseThrow().getStatus()).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void shouldAskForTheAuthorizedPersonAndAcceptTheirLetterSendingTheRestToTheAddressTheHandlerConfirmed() {
        // Given a termination mailed by a contact who is not authorized, refused, and the authorized contact's letter
        TestCustomer customer = customer("SE", "SUBSCRIPTION", "2023-01-31", 3, 0, false, false);
        ProcessInstance pi = refusedThenLetterFromTheAuthorizedContact(customer);

        // When a customer-service handler confirms the new address in Tasklist
        formJs.work(engine, confirmRequesterAddressTask(pi), Map.of(USE_PROPOSED_REQUESTER_EMAIL, true));

        // Then the letter is accepted and the confirmation goes to the confirmed address, as every later mail
        assertThat(pi).isWaitingAt(CALL_ACTIVITY_VISIT);
        assertThat(pi).variables().containsEntry(END_DATE, "2026-06-04")
                .containsEntry(REQUESTER_EMAIL, customer.authorizedEmail()).doesNotContainKey(PROPOSED_REQUESTER_EMAIL);
        assertThat(cases.timeline(pi.getBusinessKey())).anyMatch(e -> e.getSummary().equals("Requester address changed from "
                + customer.otherEmail() + " to " + customer.authorizedEmail() + ": mails about the case go there now"));
        assertThat(subject(mails(customer.authorizedEmail(), 1).get(0))).contains("Bekräftelse av uppsägning");
        assertThat(mails(customer.otherEmail(), 1)).hasSize(1);
    }

    @Test
    void shouldKeepTheRequestersAddressWhenTheHandlerDoesNotConfirmTheNewOne() {
        // Given the authorized contact's letter after a refusal, from another address than the requester's
        TestCustomer customer = customer("SE", "SUBSCRIPTION", "2023-01-31", 3, 0, false, false);
        ProcessInstance pi = refusedThenLetterFromTheAuthorizedContact(customer);

        // When the handler completes the task without ticking "send this case's mails to the new address"
        formJs.work(engine, confirmRequesterAddressTask(pi), Map.of());

        // Then the letter is accepted and the confirmation still goes to the requester
        assertThat(pi).isWaitingAt(CALL_ACTIVITY_VISIT);
        assertThat(pi).variables().containsEntry(REQUESTER_EMAIL, customer.otherEmail())
                .doesNotContainKey(PROPOSED_REQUESTER_EMAIL);
        assertThat(cases.timeline(pi.getBusinessKey())).anyMatch(e -> e.getSummary().equals("Requester address kept: "
                + customer.otherEmail() + " (not " + customer.authorizedEmail() + ")"));
        assertThat(subject(mails(customer.otherEmail(), 2).get(1))).contains("Bekräftelse av uppsägning");
    }

    @Test
    void shouldNotAskAHandlerWhenTheNewNoticeComesFromTheRequester() {
        // Given a termination mailed by a contact who was not authorized, refused
        TestCustomer customer = customer("SE", "SUBSCRIPTION", "2023-01-31", 3, 0, false, false);
        ProcessInstance pi = start(customer, customer.otherEmail(), RequestChannel.EMAIL);
        assertThat(pi).isWaitingAt(GATEWAY_AWAIT_NEW_NOTICE);

        // When the new notice comes from the requester's own address (in other letter case, authorized now)
        replies.deliver(pi.getBusinessKey(), new CustomerReply(customer.otherEmail().toUpperCase(), "Uppsägning per brev",
                "LETTER", LocalDate.of(2026, 3, 4), true, null, null));

        // Then no handler is asked: the notice goes straight to the decision
        assertThat(pi).hasPassed("gateway_requesterProposed").hasNotPassed(TASK_CONFIRM_REQUESTER_ADDRESS);
        assertThat(pi).isWaitingAt(CALL_ACTIVITY_VISIT);
    }

    private org.camunda.bpm.engine.task.Task confirmRequesterAddressTask(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("userTask_confirmRequesterAddress")
                .initializeFormKeys().singleResult();
    }

    /** A termination mailed by a contact who is not authorized, then the authorized contact's letter: waits for a handler. */
    private ProcessInstance refusedThenLetterFromTheAuthorizedContact(TestCustomer customer) {
        ProcessInstance pi = start(customer, customer.otherEmail(), RequestChannel.EMAIL);
        assertThat(pi).isWaitingAt(GATEWAY_AWAIT_NEW_NOTICE);
        assertThat(pi).variables().containsEntry(REASON_CODES, "NOT_AUTHORIZED").containsEntry(REQUESTER_AUTHORIZED, false);
        assertThat(subject(mails(customer.otherEmail(), 1).get(0))).contains("måste komma från en behörig person");

        replies.deliver(pi.getBusinessKey(), new CustomerReply(customer.authorizedEmail(), "Uppsägning per brev",
                "LETTER", LocalDate.of(2026, 3, 4), true, null, null));

        // a reply never replaces the requester's address by itself: a customer-service handler is asked first
        assertThat(pi).isWaitingAt(TASK_CONFIRM_REQUESTER_ADDRESS);
        assertThat(task(pi)).hasCandidateGroup("customer-service");
        assertThat(pi).variables().containsEntry(REQUESTER_EMAIL, customer.otherEmail())
                .containsEntry(PROPOSED_REQUESTER_EMAIL, customer.authorizedEmail());
        assertThat(cases.timeline(pi.getBusinessKey())).anyMatch(e -> e.getSummary().equals("New notice from "
                + customer.authorizedEmail() + ", not the requester: mails about the case still go to "
                + customer.otherEmail() + " until a handler confirms the new address"));
        return pi;
    }

    @Test
    void shouldEndARentalWhenItsBindingPeriodEndsAndTakeTheRentalEquipmentBack() {
        // Given a Danish rental with 24 months' binding from 31 January 2025, no key box, no signs
        TestCustomer customer = customer("DK", "RENTAL", "2025-01-31", 3, 24, false, false);

        // When the authorized contact terminates it by mail today
        ProcessInstance pi = start(customer, customer.authorizedEmail(), RequestChannel.EMAIL);

        // Then the binding period decides the end date, and the customer is told in Danish
        assertThat(pi).variables().containsEntry(END_DATE, "2027-01-31").containsEntry(REASON_CODES, "BINDING_PERIOD");
        assertThat(subject(mails(customer.authorizedEmail(), 1).get(0)))
                .contains("Bekræftelse af opsigelse: aftale " + customer.contractNumber() + " ophører 2027-01-31");

        // And the visit takes the rental equipment back, with no key or signs to handle
        ProcessInstance visit = visit(pi);
        assertThat(checklistCodes(visit)).containsExactly("DISMANTLE_EQUIPMENT", "RETURN_RENTAL_EQUIPMENT");
        carryOutVisit(visit, 2);

        // When the end date begins in Copenhagen
        ProcessTestSupport.setClock(Instant.parse("2027-01-30T22:59:00Z"));
        ProcessTestSupport.executeDueJobs(engine, pi.getId());
        assertThat(pi).isWaitingAt(TIMER_END_DATE);
        ProcessTestSupport.setClock(Instant.parse("2027-01-30T23:00:00Z"));
        ProcessTestSupport.executeDueJobs(engine, pi.getId());

        // Then the contract is terminated
        assertThat(pi).isEnded();
        assertThat(contracts.findByNumber(customer.contractNumber()).orElseThrow().getStatus()).isEqualTo(ContractStatus.TERMINATED);
    }

    @Test
    void shouldSendTheVisitBackToSchedulingWhenTheCustomerAsksToMoveIt() {
        // Given an accepted termination whose visit is agreed
        TestCustomer customer = customer("SE", "RENTAL", "2024-01-31", 3, 12, true, false);
        ProcessInstance pi = start(customer, customer.authorizedEmail(), RequestChannel.EMAIL);
        ProcessInstance visit = visit(pi);
        assertThat(checklistCodes(visit)).containsExactly("DISMANTLE_EQUIPMENT", "RETURN_RENTAL_EQUIPMENT", "HAND_OVER_KEY");
        tasks.complete(task(visit).getId(), withVariables(TechnicianVisitProcess.VISIT_DATE, "2026-03-10",
                TechnicianVisitProcess.VISIT_TIME, "08:00", TechnicianVisitProcess.VISIT_TECHNICIAN, "Tor"));
        assertThat(visit).isWaitingAt(TechnicianVisitProcess.USER_TASK_PERFORM_VISIT);

        // When the customer replies to the case asking for another day
        boolean delivered = replies.deliver(pi.getBusinessKey(), new CustomerReply(customer.authorizedEmail(),
                "Kan ni komma veckan efter?", "EMAIL", TODAY, true, CustomerReply.INTENT_RESCHEDULE, null));

        // Then the visit (called with the case's business key) goes back to scheduling; the termination waits for it
        assertThat(delivered).isTrue();
        assertThat(visit).isWaitingAt(TechnicianVisitProcess.USER_TASK_SCHEDULE_VISIT);
        assertThat(pi).isWaitingAt(CALL_ACTIVITY_VISIT);
    }

    @Test
    void shouldStartATerminationThroughTheApi() {
        TestCustomer customer = customer("SE", "SUBSCRIPTION", "2023-01-31", 3, 0, true, true);

        ResponseEntity<Map> response = api().postForEntity("/api/terminations", Map.of(
                "customerNumber", customer.number(), "contractNumber", customer.contractNumber(),
                "requesterEmail", customer.authorizedEmail(), "channel", "LETTER", "receivedDate", "2026-03-02",
                "text", "Vi säger upp avtalet."), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = (String) response.getBody().get("caseNumber");
        assertThat(caseNumber).matches("CD-2026-\\d{6,}");
        assertThat(cases.timeline(caseNumber)).anyMatch(e -> e.getKind() == CaseEvent.Kind.DECISION
                && e.getSummary().contains("ends 2026-06-02"));

        // a second notice for the same contract while the case runs is refused, naming the case
        ResponseEntity<String> again = api().postForEntity("/api/terminations", Map.of(
                "customerNumber", customer.number(), "contractNumber", customer.contractNumber(),
                "requesterEmail", customer.authorizedEmail(), "channel", "EMAIL", "receivedDate", "2026-03-02"), String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody()).contains("\"field\":\"contractNumber\"", "is already TERMINATION_CONFIRMED");
    }

    @Test
    void shouldRefuseBadTerminationRequestsNamingTheFields() {
        ResponseEntity<String> empty = api().postForEntity("/api/terminations", Map.of(), String.class);
        ResponseEntity<String> unknownContract = api().postForEntity("/api/terminations", notice("SE-1001", "SE-C-0000"), String.class);
        ResponseEntity<String> otherCustomers = api().postForEntity("/api/terminations", notice("SE-1001", "SE-C-1002"), String.class);
        ResponseEntity<String> fax = api().postForEntity("/api/terminations",
                Map.of("customerNumber", "SE-1001", "contractNumber", "SE-C-1001", "requesterEmail", "a@b.se",
                        "channel", "FAX", "receivedDate", "2026-03-02"), String.class);

        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody()).contains("\"field\":\"customerNumber\"", "\"field\":\"contractNumber\"",
                "\"field\":\"requesterEmail\"", "\"field\":\"channel\"", "\"field\":\"receivedDate\"");
        assertThat(unknownContract.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownContract.getBody()).contains("contract SE-C-0000 does not exist");
        assertThat(otherCustomers.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(otherCustomers.getBody()).contains("contract SE-C-1002 is not a contract of customer SE-1001");
        assertThat(fax.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fax.getBody()).contains("\"field\":\"channel\"");
    }

    // --- helpers

    record TestCustomer(String number, String contractNumber, String authorizedEmail, String otherEmail) {
    }

    private TestCustomer customer(String country, String type, String startDate, int noticeMonths, int bindingMonths,
            boolean keyBox, boolean signs) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        TestCustomer customer = new TestCustomer("T-" + id, "T-C-" + id, "auth-" + id + "@example.test",
                "other-" + id + "@example.test");
        importer.importCustomers(new CustomerImport(List.of(new CustomerRecord(customer.number(), "Kund " + id,
                "ORG-" + id, country, "invoice-" + id + "@example.test", null,
                List.of(new ContactRecord("Auth " + id, customer.authorizedEmail(), "+46 70 000 00 00", true),
                        new ContactRecord("Other " + id, customer.otherEmail(), "+46 70 000 00 01", false)),
                List.of(new SiteRecord("T-S-" + id, "Testgatan 1", true, keyBox, signs, true)),
                List.of(new ContractRecord(customer.contractNumber(), "T-S-" + id, type, startDate, noticeMonths,
                        bindingMonths, false, false)),
                List.of()))));
        return customer;
    }

    private ProcessInstance start(TestCustomer customer, String from, RequestChannel channel) {
        String caseNumber = intake.receive(new TerminationNotice(customer.number(), customer.contractNumber(), from,
                channel, TODAY, "Vi vill säga upp vårt avtal."));
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(PROCESS_KEY).singleResult();
    }

    private ProcessInstance visit(ProcessInstance termination) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(termination.getId()).singleResult();
    }

    private List<String> checklistCodes(ProcessInstance visit) {
        int count = (Integer) runtime.getVariable(visit.getId(), TechnicianVisitProcess.VISIT_ITEM_COUNT);
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(n -> (String) runtime.getVariable(visit.getId(), TechnicianVisitProcess.itemCode(n))).toList();
    }

    private void carryOutVisit(ProcessInstance visit, int items) {
        tasks.complete(task(visit).getId(), withVariables(TechnicianVisitProcess.VISIT_DATE, "2026-03-10",
                TechnicianVisitProcess.VISIT_TIME, "08:00", TechnicianVisitProcess.VISIT_TECHNICIAN, "Tor"));
        Map<String, Object> done = new HashMap<>();
        for (int n = 1; n <= items; n++) {
            done.put(TechnicianVisitProcess.itemStatus(n), TechnicianVisitProcess.STATUS_DONE);
        }
        tasks.complete(task(visit).getId(), done);
        assertThat(visit).isEnded();
    }

    private List<CaseEvent> decisions(ProcessInstance pi) {
        return cases.timeline(pi.getBusinessKey()).stream().filter(e -> e.getKind() == CaseEvent.Kind.DECISION).toList();
    }

    private static Map<String, String> notice(String customerNumber, String contractNumber) {
        return Map.of("customerNumber", customerNumber, "contractNumber", contractNumber,
                "requesterEmail", "anna.lind@solros.example", "channel", "EMAIL", "receivedDate", "2026-03-02");
    }

    private List<MimeMessage> mails(String recipient, int count) {
        return MailTestSupport.inWrittenOrder(
                MailTestSupport.awaitMails(outbox, mailServer, recipient, count, Duration.ofSeconds(10)), outboxMails);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String body(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private TestRestTemplate api() {
        return rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD);
    }
}
