package com.casedesk.inquiry;

import static com.casedesk.inquiry.ServiceDeskTestData.importCustomer;
import static com.casedesk.inquiry.ServiceDeskTestData.mailTemplates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseReplies;
import com.casedesk.cases.CaseStatus;
import com.casedesk.cases.CaseType;
import com.casedesk.cases.CustomerReply;
import com.casedesk.customers.CustomerDirectory;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.customers.InvoiceStatus;
import com.casedesk.customers.InvoiceRepository;
import com.casedesk.dunning.OverdueInvoices;
import com.casedesk.inquiry.ServiceDeskTestData.TestCustomer;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.OutboxSender;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.MailTestSupport;
import com.casedesk.support.ProcessTestSupport;
import com.casedesk.cases.CaseContext;
import com.casedesk.mail.CustomerAnswers;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.cases.CaseIntake;
import com.casedesk.customers.SiteAlarmNotes;

@CaseDeskTest
class CustomerInquiryProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    CaseIntake intake;
    @Autowired
    CaseManagement cases;
    @Autowired
    CaseReplies replies;
    @Autowired
    CustomerImporter importer;
    @Autowired
    InvoiceRepository invoices;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    SiteAlarmNotes siteNotes;
    @Autowired
    OverdueInvoices overdueInvoices;
    @Autowired
    OutboxSender outbox;
    @Autowired
    EmbeddedMailServer mailServer;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    private ProcessInstance open(NewCaseRequest request) {
        CaseIntake.OpenedCase opened = intake.open(request);
        assertThat(opened.processKey()).isEqualTo(CustomerInquiryProcess.KEY);
        return ServiceDeskTestData.instance(engine, opened.processInstanceId());
    }

    private static NewCaseRequest inquiry(String customerNumber, String sender, String text, InquiryIntent intent) {
        return NewCaseRequest.of(CaseType.GENERAL_INQUIRY, customerNumber, sender, null, text).withIntent(intent.name());
    }

    private String caseNumber(ProcessInstance instance) {
        return instance.getBusinessKey();
    }

    private void assertAnsweredAndClosed(ProcessInstance instance, String endEvent, String template) {
        assertThat(instance).isEnded().hasPassed(endEvent);
        assertThat(cases.get(caseNumber(instance)).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(mailTemplates(cases, caseNumber(instance))).last().isEqualTo(template);
    }

    @Test
    void shouldLetBillingSendACopyWhenTheKnownCustomerAsksForAnInvoiceCopy() {
        // Given a known contact asking for an invoice copy
        ProcessInstance instance = open(inquiry(null, "anna.lind@solros.example", "Please send a copy of invoice SE-I-1001",
                InquiryIntent.INVOICE_COPY).withInvoice("SE-I-1001"));

        // Then the details are complete and billing sends the copy
        assertThat(instance).isWaitingAt("userTask_sendInvoiceCopy").hasPassed("serviceTask_checkInvoiceDetails");
        assertThat(task(instance)).hasCandidateGroup("billing");

        // When billing has sent it
        complete(task(instance), withVariables("invoiceNumber", "SE-I-1001", "answer", "The copy is attached."));

        // Then the customer gets the copy (the invoice as PDF, see intake.CustomerMailsTest) and the case is closed
        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", InvoiceCopies.TEMPLATE);
        assertThat(cases.timeline(caseNumber(instance))).anyMatch(event -> event.getSummary()
                .startsWith("Mail to anna.lind@solros.example") && event.getDetail().contains("\"attachment\":\"SE-I-1001.pdf\""));
    }

    @Test
    void shouldRefuseToSendACopyOfAnInvoiceOfAnotherCustomerNamingTheField() {
        // Given billing about to send Bageriet Solros a copy
        ProcessInstance instance = open(inquiry(null, "anna.lind@solros.example", "Please send a copy of my invoice",
                InquiryIntent.INVOICE_COPY).withInvoice("SE-I-1001"));

        // When billing types another customer's invoice, the completion is refused naming the field, and the task stays
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task(instance),
                withVariables("invoiceNumber", "SE-I-1003", "answer", "Here it is.")))
                .hasMessageContaining("invoiceNumber: 'SE-I-1003' is not an invoice of customer SE-1001");
        assertThat(instance).isWaitingAt("userTask_sendInvoiceCopy");
    }

    @Test
    void shouldAskAnUnknownSenderForTheMissingDetailsAndContinueWithTheReply() {
        // Given an invoice copy request from an address we do not know
        ProcessInstance instance = open(inquiry(null, "someone@unknown.example", "I need a copy of my last invoice",
                InquiryIntent.INVOICE_COPY));

        // Then name, address and customer number are asked for and the case waits for the reply
        assertThat(instance).isWaitingAt("gateway_awaitReply");
        assertThat(mailTemplates(cases, caseNumber(instance))).containsExactly("servicedesk-missing-details");
        assertThat((String) runtime.getVariable(instance.getId(), CustomerInquiryProcess.MISSING_DETAILS))
                .contains("name", "address", "customer number or organisation number");

        // When the customer replies and billing fills in the customer number from the reply
        assertThat(replies.deliver(caseNumber(instance), new CustomerReply("someone@unknown.example",
                "Bageriet Solros, Storgatan 1, customer SE-1001", "EMAIL", LocalDate.now(), false, null, null))).isTrue();
        assertThat(instance).isWaitingAt("userTask_completeInvoiceDetails");
        complete(task(instance), withVariables("customerNumber", "SE-1001"));

        // Then the details are complete and billing sends the copy
        assertThat(instance).isWaitingAt("userTask_sendInvoiceCopy");
        assertThat(runtime.getVariable(instance.getId(), CaseContext.CUSTOMER_NAME)).isEqualTo("Bageriet Solros AB");
    }

    @Test
    void shouldCloseTheCaseWhenTheMissingDetailsNeverCome() {
        // Given a dispute without an invoice number, waiting for the details
        ProcessTestSupport.setClock(Instant.parse("2026-03-02T09:00:00Z"));
        ProcessInstance instance = open(inquiry("SE-1001", "anna.lind@solros.example", "This invoice is wrong, we never ordered the extra guard",
                InquiryIntent.INVOICE_DISPUTE));
        assertThat(instance).isWaitingAt("gateway_awaitReply");
        assertThat((String) runtime.getVariable(instance.getId(), CustomerInquiryProcess.MISSING_DETAILS))
                .isEqualTo("- fakturanummer");

        // When the reply wait (14 days) passes without an answer
        ProcessTestSupport.moveClock(Duration.ofDays(15));
        ProcessTestSupport.executeDueJobs(engine, instance.getId());

        // Then the customer is told and the case is closed
        assertAnsweredAndClosed(instance, "endEvent_closedUnanswered", "servicedesk-closed-without-reply");
    }

    @Test
    void shouldLetBillingReviewADisputeWhenNoDunningRunsForTheInvoice() {
        // Given a dispute with invoice number and reason, and no dunning for the (open) invoice
        TestCustomer customer = importCustomer(importer, "SE", true, "2024-01-15", "OPEN");
        ProcessInstance instance = open(inquiry(customer.number(), customer.authorizedEmail(),
                "We dispute invoice " + customer.invoiceNumber() + ": the amount does not match the contract",
                InquiryIntent.INVOICE_DISPUTE).withInvoice(customer.invoiceNumber()));

        // Then billing reviews the dispute on this case
        assertThat(instance).isWaitingAt("userTask_reviewDispute").hasPassed("serviceTask_registerDispute");
        assertThat(runtime.getVariable(instance.getId(), CustomerInquiryProcess.DUNNING_PAUSED)).isEqualTo(false);

        // When billing decides
        complete(task(instance), withVariables("disputeDecision", "CREDIT", "answer", "We credit the invoice."));

        // Then the invoice is credited and the customer gets the answer
        assertThat(invoices.findByNumber(customer.invoiceNumber()).orElseThrow().getStatus())
                .isEqualTo(InvoiceStatus.CREDITED);
        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", CustomerAnswers.ANSWER_TEMPLATE);
    }

    @Test
    void shouldPauseTheRunningDunningOfADisputedInvoice() {
        // Given a dunning running for an overdue invoice
        TestCustomer customer = importCustomer(importer, "SE", true, "2024-01-15", "OPEN");
        ProcessTestSupport.setClock(Instant.parse("2026-02-02T11:00:00Z"));
        String dunningCase = overdueInvoices.startDunning(customer.invoiceNumber()).orElseThrow().caseNumber();

        // When the customer disputes the invoice with a reason
        ProcessInstance instance = open(inquiry(customer.number(), customer.unauthorizedEmail(),
                "We dispute " + customer.invoiceNumber() + ", the technician never came", InquiryIntent.INVOICE_DISPUTE)
                .withInvoice(customer.invoiceNumber()));

        // Then the dunning pauses at billing's decision with the reason, and the customer is told
        ProcessInstance dunning = runtime.createProcessInstanceQuery().processInstanceBusinessKey(customer.invoiceNumber())
                .processDefinitionKey("invoiceDunning").singleResult();
        assertThat(dunning).isWaitingAt("userTask_decideDispute");
        assertThat((String) runtime.getVariable(dunning.getId(), "disputeReason")).contains("the technician never came");
        assertThat(runtime.getVariable(dunning.getId(), "caseNumber")).isEqualTo(dunningCase);
        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", "servicedesk-dispute-registered");
        assertThat(instance).hasNotPassed("userTask_reviewDispute");
    }

    @Test
    void shouldReferAnInvoiceQuestionAboutAnInvoiceInCollectionToTheAgency() throws Exception {
        // Given an invoice already handed to collection
        TestCustomer customer = importCustomer(importer, "DK", false, "2024-01-15", "IN_COLLECTION");

        // When the customer asks about it
        ProcessInstance instance = open(NewCaseRequest.of(CaseType.INVOICE_QUESTION, customer.number(),
                customer.unauthorizedEmail(), null, "Why did I get a letter from inkasso?").withInvoice(customer.invoiceNumber()));

        // Then the answer is the collection agency's contact and nothing else happens
        assertAnsweredAndClosed(instance, "endEvent_referredToCollectionAgency", "servicedesk-collection-agency");
        assertThat(instance).hasNotPassed("userTask_classifyInquiry", "userTask_answerInvoiceQuestion");
        String body = MailTestSupport.awaitMails(outbox, mailServer, customer.unauthorizedEmail(), 1, Duration.ofSeconds(10))
                .get(0).getSubject();
        assertThat(body).contains(caseNumber(instance));
    }

    @Test
    void shouldLetAHandlerClassifyAGeneralInquiryAndBillingAnswerAnInvoiceQuestion() {
        // Given a general inquiry nobody classified yet
        ProcessInstance instance = open(NewCaseRequest.of(CaseType.GENERAL_INQUIRY, "SE-1002", null, null,
                "Have you received our payment?"));
        assertThat(instance).isWaitingAt("userTask_classifyInquiry");
        assertThat(task(instance)).hasCandidateGroup("customer-service");

        // When customer service classifies it as an invoice question
        complete(task(instance), withVariables("intent", "INVOICE_QUESTION"));

        // Then billing answers it
        assertThat(instance).isWaitingAt("userTask_answerInvoiceQuestion");
        assertThat(task(instance)).hasCandidateGroup("billing");
        complete(task(instance), withVariables("answer", "Yes, it arrived on 3 March."));
        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", CustomerAnswers.ANSWER_TEMPLATE);
    }

    @Test
    void shouldLetCustomerServiceAnswerAnythingElse() {
        ProcessInstance instance = open(inquiry("SE-1003", null, "Can we get a copy of our contract?", InquiryIntent.OTHER));
        assertThat(instance).isWaitingAt("userTask_answerInquiry");
        assertThat(task(instance)).hasCandidateGroup("customer-service");
        complete(task(instance), withVariables("answer", "The contract is attached."));
        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", CustomerAnswers.ANSWER_TEMPLATE);
    }

    @Test
    void shouldUpdateTheInvoiceEmailAndEanAfterBillingsCheck() {
        // Given a customer asking for a new invoice address and e-invoice
        TestCustomer customer = importCustomer(importer, "SE", true, "2024-01-15", "OPEN");
        ProcessInstance instance = open(inquiry(customer.number(), customer.unauthorizedEmail(),
                "Please send invoices to ap@new.example, GLN 7350000000017", InquiryIntent.BILLING_DETAILS_CHANGE));
        assertThat(instance).isWaitingAt("userTask_checkBillingChange");

        // When billing approves
        complete(task(instance), withVariables("newInvoiceEmail", "ap@new.example", "newEanNumber", "7350000000017",
                "billingChangeApproved", true, "answer", "Done."));

        // Then the record is updated
        assertThat(instance).hasPassed("serviceTask_updateCustomerRecord");
        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", CustomerAnswers.ANSWER_TEMPLATE);
        assertThat(customers.get(customer.number()).invoiceEmail()).isEqualTo("ap@new.example");
        assertThat(customers.get(customer.number()).eanNumber()).isEqualTo("7350000000017");
    }

    @Test
    void shouldKeepTheCustomerRecordWhenBillingRejectsTheChange() {
        TestCustomer customer = importCustomer(importer, "SE", true, "2024-01-15", "OPEN");
        ProcessInstance instance = open(inquiry(customer.number(), customer.unauthorizedEmail(),
                "Send invoices to someone@else.example", InquiryIntent.BILLING_DETAILS_CHANGE));

        complete(task(instance), withVariables("newInvoiceEmail", "someone@else.example", "billingChangeApproved", false,
                "answer", "The invoice address can only be changed by the company."));

        assertThat(instance).hasNotPassed("serviceTask_updateCustomerRecord");
        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", CustomerAnswers.ANSWER_TEMPLATE);
        assertThat(customers.get(customer.number()).invoiceEmail()).isEqualTo("invoice@" + customer.number().toLowerCase() + ".example");
    }

    @ParameterizedTest
    @CsvSource({ "ACTION_INSTRUCTION_CHANGE, userTask_changeActionInstruction, alarm-centre",
            "PERSONAL_CODE, userTask_issuePersonalCode, technical-support",
            "KEY_ORDER, userTask_orderKeys, customer-service" })
    void shouldCarryOutASensitiveChangeForAnAuthorizedContact(InquiryIntent intent, String userTask, String group) {
        // Given the customer's authorized contact asks
        ProcessInstance instance = open(inquiry("SE-1001", "anna.lind@solros.example", "Please change it", intent));

        // Then the right group carries it out
        assertThat(instance).isWaitingAt(userTask);
        assertThat(task(instance)).hasCandidateGroup(group);
        complete(task(instance), withVariables("actionInstructionChange", "x", "personalCodeHandling", "x", "keyOrder", "x",
                "answer", "Done."));
        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", CustomerAnswers.ANSWER_TEMPLATE);
    }

    @ParameterizedTest
    @EnumSource(value = InquiryIntent.class, names = { "ACTION_INSTRUCTION_CHANGE", "PERSONAL_CODE", "KEY_ORDER" })
    void shouldRefuseASensitiveChangeForAContactWhoIsNotAuthorized(InquiryIntent intent) {
        // Given a contact of the customer who is not authorized
        TestCustomer customer = importCustomer(importer, "SE", true, "2024-01-15", "OPEN");

        // When they ask for the sensitive change
        ProcessInstance instance = open(inquiry(customer.number(), customer.unauthorizedEmail(), "Please change it", intent));

        // Then they are told the authorized person must ask, and no task changes anything
        assertAnsweredAndClosed(instance, "endEvent_authorizationRefused", "servicedesk-authorized-person-required");
        assertThat(instance).hasNotPassed("userTask_changeActionInstruction", "userTask_issuePersonalCode", "userTask_orderKeys");
        assertThat(MailTestSupport.awaitMails(outbox, mailServer, customer.unauthorizedEmail(), 1, Duration.ofSeconds(10)))
                .hasSize(1);
    }

    @Test
    void shouldRefuseAnActionInstructionChangeMailFromAnotherCustomersContact() {
        // Given the case type from the mail classification and a sender who is authorized elsewhere only
        CaseIntake.OpenedCase opened = intake.open(NewCaseRequest.of(CaseType.ACTION_INSTRUCTION_CHANGE, "SE-1001",
                "lars.nordin@norrsken.example", null, "Add me to the call list"));
        ProcessInstance instance = ServiceDeskTestData.instance(engine, opened.processInstanceId());

        assertThat(instance).hasPassed("serviceTask_checkAuthorization").hasNotPassed("userTask_classifyInquiry");
        assertAnsweredAndClosed(instance, "endEvent_authorizationRefused", "servicedesk-authorized-person-required");
    }

    @Test
    void shouldRecordTheAgreedArmDisarmCheckOnTheSite() {
        TestCustomer customer = importCustomer(importer, "SE", true, "2024-01-15", "OPEN");
        ProcessInstance instance = open(inquiry(customer.number(), customer.authorizedEmail(),
                "We want you to check that the alarm is armed in the evening", InquiryIntent.ARM_DISARM_CHECK));
        assertThat(task(instance)).hasCandidateGroup("alarm-centre");

        complete(task(instance), withVariables("armBy", "18:00", "disarmBy", "07:30", "checkDays", "Monday-Friday",
                "answer", "Agreed."));

        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", CustomerAnswers.ANSWER_TEMPLATE);
        assertThat(siteNotes.notes(customer.siteId())).singleElement()
                .satisfies(note -> assertThat(note.details()).contains("18:00", "07:30", "Monday-Friday"));
    }

    @Test
    void shouldRecordAnAnnouncedTestModeOnTheSite() {
        TestCustomer customer = importCustomer(importer, "DK", true, "2024-01-15", "OPEN");
        ProcessInstance instance = open(inquiry(customer.number(), customer.authorizedEmail(), "We want to test the alarm",
                InquiryIntent.TEST_MODE));

        complete(task(instance), withVariables("testDate", "2026-05-04", "testFrom", "10:00", "testUntil", "11:00",
                "answer", "Call the alarm centre first."));

        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", CustomerAnswers.ANSWER_TEMPLATE);
        // 10:00 in Copenhagen is 08:00 UTC in May
        assertThat(siteNotes.testModeAnnounced(customer.siteId(), Instant.parse("2026-05-04T08:30:00Z"))).isTrue();
        assertThat(siteNotes.testModeAnnounced(customer.siteId(), Instant.parse("2026-05-04T09:00:00Z"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({ "SERVICE_REQUEST, serviceTask_openServiceRequest, SERVICE_REQUEST",
            "TERMINATION, serviceTask_openTermination, TERMINATION" })
    void shouldOpenTheCaseTheMovingCustomerChooses(String choice, String step, CaseType linkedType) {
        // Given a customer of ours who moves (a fresh one: a termination case blocks further ones on the contract)
        TestCustomer customer = importCustomer(importer, "SE", true, "2024-01-15", "OPEN");
        ProcessInstance instance = open(inquiry(customer.number(), customer.authorizedEmail(), "We are moving in June",
                InquiryIntent.MOVING));
        assertThat(instance).isWaitingAt("userTask_clarifyMoving");

        complete(task(instance), withVariables("systemOwnership", "CUSTOMER", "movingChoice", choice,
                "newAddress", "Nygatan 5, Uppsala", "answer", "We will contact you."));

        assertThat(instance).hasPassed(step);
        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", CustomerAnswers.ANSWER_TEMPLATE);
        String linked = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(CustomerInquiryProcess.LINKED_CASE_NUMBER)
                .singleResult().getValue();
        assertThat(cases.get(linked).getCaseType()).isEqualTo(linkedType);
        assertThat(cases.get(linked).getCustomerNumber()).isEqualTo(customer.number());
    }

    @Test
    void shouldOpenNothingWhenTheMovingCustomerChoosesNeither() {
        ProcessInstance instance = open(inquiry("SE-1001", "anna.lind@solros.example", "We might move", InquiryIntent.MOVING));
        complete(task(instance), withVariables("systemOwnership", "RENTED", "movingChoice", "NONE", "answer", "Tell us when."));
        assertThat(instance).hasNotPassed("serviceTask_openServiceRequest", "serviceTask_openTermination");
        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", CustomerAnswers.ANSWER_TEMPLATE);
    }

    @Test
    void shouldAnswerInTheCustomersLanguage() {
        ProcessInstance instance = open(inquiry("DK-2001", "mette@bagerhansen.example", "Hvad koster det?", InquiryIntent.OTHER));
        complete(task(instance), withVariables("answer", "Det er gratis."));
        List<String> subjects = cases.timeline(caseNumber(instance)).stream()
                .filter(e -> e.getKind() == com.casedesk.cases.CaseEvent.Kind.MAIL_OUT).map(e -> e.getSummary()).toList();
        assertThat(subjects).singleElement().asString().contains("Svar på din henvendelse");
    }
}
