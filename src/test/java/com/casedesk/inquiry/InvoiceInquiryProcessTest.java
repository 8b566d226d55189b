package com.casedesk.inquiry;

import static com.casedesk.inquiry.ServiceDeskTestData.importCustomer;
import static com.casedesk.inquiry.ServiceDeskTestData.mailTemplates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.casedesk.cases.CaseContext;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseReplies;
import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseStatus;
import com.casedesk.cases.CaseType;
import com.casedesk.cases.CustomerReply;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.customers.CustomerDirectory;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.customers.InvoiceRepository;
import com.casedesk.customers.InvoiceStatus;
import com.casedesk.dunning.OverdueInvoices;
import com.casedesk.inquiry.ServiceDeskTestData.TestCustomer;
import com.casedesk.mail.CustomerAnswers;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.OutboxSender;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.MailTestSupport;
import com.casedesk.support.ProcessTestSupport;

/**
 * {@code invoiceInquiry} (processes/invoice-inquiry.bpmn) started directly, as the router calls it: every way
 * through it, the reply it waits for and its reply timer.
 */
@CaseDeskTest
class InvoiceInquiryProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    CaseStarter starter;
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

    private ProcessInstance start(NewCaseRequest request) {
        return new InquiryFamilyStart(engine, starter, customers).start(CustomerInquiryProcess.INVOICE_INQUIRY_KEY, request);
    }

    private static NewCaseRequest inquiry(String customerNumber, String sender, String text, InquiryIntent intent) {
        return NewCaseRequest.of(CaseType.INVOICE_QUESTION, customerNumber, sender, null, text).withIntent(intent.name());
    }

    private void assertAnsweredAndClosed(ProcessInstance instance, String endEvent, String template) {
        assertThat(instance).isEnded().hasPassed(endEvent);
        assertThat(cases.get(instance.getBusinessKey()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(mailTemplates(cases, instance.getBusinessKey())).last().isEqualTo(template);
    }

    @Test
    void shouldLetBillingSendACopyWhenTheKnownCustomerAsksForAnInvoiceCopy() {
        // Given a known contact asking for an invoice copy
        ProcessInstance instance = start(inquiry(null, "anna.lind@solros.example", "Please send a copy of invoice SE-I-1001",
                InquiryIntent.INVOICE_COPY).withInvoice("SE-I-1001"));

        // Then the details are complete and billing sends the copy
        assertThat(instance).isWaitingAt("userTask_sendInvoiceCopy").hasPassed("serviceTask_checkInvoiceDetails");
        assertThat(task(instance)).hasCandidateGroup("billing");

        // When billing has sent it
        complete(task(instance), withVariables("invoiceNumber", "SE-I-1001", "answer", "The copy is attached."));

        // Then the customer gets the copy (the invoice as PDF, see intake.CustomerMailsTest) and the case is closed
        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", InvoiceCopies.TEMPLATE);
        assertThat(cases.timeline(instance.getBusinessKey())).anyMatch(event -> event.getSummary()
                .startsWith("Mail to anna.lind@solros.example") && event.getDetail().contains("\"attachment\":\"SE-I-1001.pdf\""));
    }

    @Test
    void shouldRefuseToSendACopyOfAnInvoiceOfAnotherCustomerNamingTheField() {
        // Given billing about to send Bageriet Solros a copy
        ProcessInstance instance = start(inquiry(null, "anna.lind@solros.example", "Please send a copy of my invoice",
                InquiryIntent.INVOICE_COPY).withInvoice("SE-I-1001"));

        // When billing types another customer's invoice, the completion is refused naming the field, and the task stays
        assertThatThrownBy(() -> complete(task(instance), withVariables("invoiceNumber", "SE-I-1003", "answer", "Here it is.")))
                .hasMessageContaining("invoiceNumber: 'SE-I-1003' is not an invoice of customer SE-1001");
        assertThat(instance).isWaitingAt("userTask_sendInvoiceCopy");
    }

    @Test
    void shouldAskAnUnknownSenderForTheMissingDetailsAndContinueWithTheReply() {
        // Given an invoice copy request from an address we do not know
        ProcessInstance instance = start(inquiry(null, "someone@unknown.example", "I need a copy of my last invoice",
                InquiryIntent.INVOICE_COPY));

        // Then name, address and customer number are asked for and the case waits for the reply
        assertThat(instance).isWaitingAt("gateway_awaitReply");
        assertThat(mailTemplates(cases, instance.getBusinessKey())).containsExactly("servicedesk-missing-details");
        assertThat((String) runtime.getVariable(instance.getId(), CustomerInquiryProcess.MISSING_DETAILS))
                .contains("name", "address", "customer number or organisation number");

        // When the customer replies and billing fills in the customer number from the reply
        assertThat(replies.deliver(instance.getBusinessKey(), new CustomerReply("someone@unknown.example",
                "Bageriet Solros, Storgatan 1, customer SE-1001", "EMAIL", LocalDate.now(), false, null, null))).isTrue();
        assertThat(instance).isWaitingAt("userTask_completeInvoiceDetails");
        assertThat(task(instance)).hasCandidateGroup("billing");
        complete(task(instance), withVariables("customerNumber", "SE-1001"));

        // Then the details are complete and billing sends the copy
        assertThat(instance).isWaitingAt("userTask_sendInvoiceCopy").hasNotPassed("timer_noReply");
        assertThat(runtime.getVariable(instance.getId(), CaseContext.CUSTOMER_NAME)).isEqualTo("Bageriet Solros AB");
    }

    @Test
    void shouldCloseTheCaseWhenTheMissingDetailsNeverCome() {
        // Given a dispute without an invoice number, waiting for the details
        ProcessTestSupport.setClock(Instant.parse("2026-03-02T09:00:00Z"));
        ProcessInstance instance = start(inquiry("SE-1001", "anna.lind@solros.example", "This invoice is wrong, we never ordered the extra guard",
                InquiryIntent.INVOICE_DISPUTE));
        assertThat(instance).isWaitingAt("gateway_awaitReply");
        assertThat((String) runtime.getVariable(instance.getId(), CustomerInquiryProcess.MISSING_DETAILS))
                .isEqualTo("- fakturanummer");

        // When the reply wait (14 days) passes without an answer
        ProcessTestSupport.moveClock(Duration.ofDays(15));
        ProcessTestSupport.executeDueJobs(engine, instance.getId());

        // Then the customer is told and the case is closed
        assertAnsweredAndClosed(instance, "endEvent_closedUnanswered", "servicedesk-closed-without-reply");
        assertThat(instance).hasNotPassed("event_replyReceived");
    }

    @Test
    void shouldLetBillingReviewADisputeWhenNoDunningRunsForTheInvoice() {
        // Given a dispute with invoice number and reason, and no dunning for the (open) invoice
        TestCustomer customer = importCustomer(importer, "SE", true, "2024-01-15", "OPEN");
        ProcessInstance instance = start(inquiry(customer.number(), customer.authorizedEmail(),
                "We dispute invoice " + customer.invoiceNumber() + ": the amount does not match the contract",
                InquiryIntent.INVOICE_DISPUTE).withInvoice(customer.invoiceNumber()));

        // Then billing reviews the dispute on this case
        assertThat(instance).isWaitingAt("userTask_reviewDispute").hasPassed("serviceTask_registerDispute");
        assertThat(task(instance)).hasCandidateGroup("billing");
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
        ProcessInstance instance = start(inquiry(customer.number(), customer.unauthorizedEmail(),
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
    void shouldReferAnInvoiceInCollectionToTheAgencyAndDoNothingElse() throws Exception {
        // Given an invoice handed to collection (the router's check set the intent)
        TestCustomer customer = importCustomer(importer, "DK", false, "2024-01-15", "IN_COLLECTION");

        ProcessInstance instance = start(inquiry(customer.number(), customer.unauthorizedEmail(),
                "Why did I get a letter from inkasso?", InquiryIntent.INVOICE_IN_COLLECTION)
                .withInvoice(customer.invoiceNumber()));

        // Then the answer is the collection agency's contact and nothing else happens
        assertAnsweredAndClosed(instance, "endEvent_referredToCollectionAgency", "servicedesk-collection-agency");
        assertThat(instance).hasNotPassed("userTask_answerInvoiceQuestion", "serviceTask_sendAnswer");
        String subject = MailTestSupport.awaitMails(outbox, mailServer, customer.unauthorizedEmail(), 1, Duration.ofSeconds(10))
                .get(0).getSubject();
        assertThat(subject).contains(instance.getBusinessKey());
    }

    @Test
    void shouldLetBillingAnswerAnInvoiceQuestion() {
        ProcessInstance instance = start(inquiry("SE-1002", null, "Have you received our payment?",
                InquiryIntent.INVOICE_QUESTION));

        assertThat(instance).isWaitingAt("userTask_answerInvoiceQuestion");
        assertThat(task(instance)).hasCandidateGroup("billing");
        complete(task(instance), withVariables("answer", "Yes, it arrived on 3 March."));

        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", CustomerAnswers.ANSWER_TEMPLATE);
        assertThat(instance).hasNotPassed("serviceTask_checkInvoiceDetails");
    }

    @Test
    void shouldUpdateTheInvoiceEmailAndEanAfterBillingsCheck() {
        // Given a customer asking for a new invoice address and e-invoice
        TestCustomer customer = importCustomer(importer, "SE", true, "2024-01-15", "OPEN");
        ProcessInstance instance = start(inquiry(customer.number(), customer.unauthorizedEmail(),
                "Please send invoices to ap@new.example, GLN 7350000000017", InquiryIntent.BILLING_DETAILS_CHANGE));
        assertThat(instance).isWaitingAt("userTask_checkBillingChange");
        assertThat(task(instance)).hasCandidateGroup("billing");

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
        ProcessInstance instance = start(inquiry(customer.number(), customer.unauthorizedEmail(),
                "Send invoices to someone@else.example", InquiryIntent.BILLING_DETAILS_CHANGE));

        complete(task(instance), withVariables("newInvoiceEmail", "someone@else.example", "billingChangeApproved", false,
                "answer", "The invoice address can only be changed by the company."));

        assertThat(instance).hasNotPassed("serviceTask_updateCustomerRecord");
        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", CustomerAnswers.ANSWER_TEMPLATE);
        assertThat(customers.get(customer.number()).invoiceEmail()).isEqualTo("invoice@" + customer.number().toLowerCase() + ".example");
    }
}
