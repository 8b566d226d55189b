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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.casedesk.cases.CaseIntake;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseReplies;
import com.casedesk.cases.CaseStatus;
import com.casedesk.cases.CaseType;
import com.casedesk.cases.CustomerReply;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.inquiry.ServiceDeskTestData.TestCustomer;
import com.casedesk.mail.CustomerAnswers;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.OutboxSender;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.MailTestSupport;
import com.casedesk.support.ProcessTestSupport;
import com.casedesk.system.CaseReaders;
import com.casedesk.system.Groups;
import com.casedesk.worklist.WorklistVariables;

/**
 * The router {@code customerInquiry} (processes/customer-inquiry.bpmn), opened as the intake opens it: each intent
 * reaches the call activity of its family, the called instance gets the case (business key and variables), and what
 * reaches a case reaches the called instance (replies, timers, the timeline, the worklist). The families' own
 * paths: {@link InvoiceInquiryProcessTest}, {@link AlarmSiteChangeProcessTest}, {@link GeneralInquiryProcessTest}.
 */
@CaseDeskTest
class CustomerInquiryProcessTest {

    private static final List<String> CALL_ACTIVITIES = List.of(CustomerInquiryProcess.CALL_INVOICE_INQUIRY,
            CustomerInquiryProcess.CALL_ALARM_SITE_CHANGE, CustomerInquiryProcess.CALL_GENERAL_INQUIRY);

    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    CaseIntake intake;
    @Autowired
    CaseManagement cases;
    @Autowired
    CaseReplies replies;
    @Autowired
    CaseReaders caseReaders;
    @Autowired
    CustomerImporter importer;
    @Autowired
    OutboxSender outbox;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    TestRestTemplate rest;

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
        return NewCaseRequest.of(CaseType.GENERAL_INQUIRY, customerNumber, sender, null, text)
                .withIntent(intent == null ? null : intent.name());
    }

    /** The instance the router's call activity started (running or ended). */
    private ProcessInstance called(ProcessInstance router) {
        HistoricProcessInstance called = history.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(router.getId()).singleResult();
        assertThat(called).as("the instance called by " + router.getId()).isNotNull();
        return ServiceDeskTestData.instance(engine, called.getId());
    }

    private String calledProcessKey(ProcessInstance router) {
        return engine.getRepositoryService().getProcessDefinition(called(router).getProcessDefinitionId()).getKey();
    }

    /** The router's call activities that were entered (whether the called instance still runs or not). */
    private List<String> callActivitiesEntered(ProcessInstance router) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(router.getId()).list().stream()
                .map(HistoricActivityInstance::getActivityId).filter(CALL_ACTIVITIES::contains).toList();
    }

    private Map<String, Object> variablesOf(ProcessInstance instance) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list().stream()
                .filter(v -> v.getValue() != null)
                .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> b));
    }

    private void assertClosedWithTheCalledInstance(ProcessInstance router, String template) {
        assertThat(called(router)).isEnded();
        assertThat(router).isEnded().hasPassed("endEvent_inquiryClosed");
        assertThat(cases.get(router.getBusinessKey()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(mailTemplates(cases, router.getBusinessKey())).last().isEqualTo(template);
    }

    @ParameterizedTest
    @CsvSource({ "INVOICE_COPY, callActivity_invoiceInquiry, invoiceInquiry",
            "INVOICE_DISPUTE, callActivity_invoiceInquiry, invoiceInquiry",
            "INVOICE_QUESTION, callActivity_invoiceInquiry, invoiceInquiry",
            "INVOICE_IN_COLLECTION, callActivity_invoiceInquiry, invoiceInquiry",
            "BILLING_DETAILS_CHANGE, callActivity_invoiceInquiry, invoiceInquiry",
            "ACTION_INSTRUCTION_CHANGE, callActivity_alarmSiteChange, alarmSiteChange",
            "PERSONAL_CODE, callActivity_alarmSiteChange, alarmSiteChange",
            "KEY_ORDER, callActivity_alarmSiteChange, alarmSiteChange",
            "ARM_DISARM_CHECK, callActivity_alarmSiteChange, alarmSiteChange",
            "TEST_MODE, callActivity_alarmSiteChange, alarmSiteChange",
            "MOVING, callActivity_generalInquiry, generalInquiry",
            "OTHER, callActivity_generalInquiry, generalInquiry" })
    void shouldCallTheProcessOfTheIntentsFamilyWithTheCaseAndItsVariables(InquiryIntent intent, String callActivity,
            String processKey) {
        // Given a known customer's authorized contact asking, with an invoice number
        TestCustomer customer = importCustomer(importer, "SE", true, "2024-01-15", "OPEN");

        // When the inquiry is opened with its intent
        ProcessInstance router = open(inquiry(customer.number(), customer.authorizedEmail(),
                "About invoice " + customer.invoiceNumber() + ": the amount does not match the contract", intent)
                .withInvoice(customer.invoiceNumber()));

        // Then the router calls exactly the family's process, for the same case, without asking a handler
        assertThat(callActivitiesEntered(router)).containsExactly(callActivity);
        assertThat(router).hasNotPassed("userTask_classifyInquiry");
        assertThat(calledProcessKey(router)).isEqualTo(processKey);
        ProcessInstance called = called(router);
        assertThat(called.getBusinessKey()).isEqualTo(router.getBusinessKey());
        // and the called instance has the case's variables
        assertThat(variablesOf(called)).containsEntry("caseNumber", router.getBusinessKey())
                .containsEntry(CustomerInquiryProcess.INTENT, intent.name())
                .containsEntry("customerNumber", customer.number())
                .containsEntry("siteId", customer.siteId())
                .containsEntry("replyTo", customer.authorizedEmail())
                .containsEntry(CustomerInquiryProcess.REPLY_WAIT, Duration.ofDays(14).toString());
    }

    @Test
    void shouldLetAHandlerClassifyAnInquiryAndCloseTheCaseWhenTheCalledProcessEnds() {
        // Given a general inquiry nobody classified yet
        ProcessInstance router = open(inquiry("SE-1002", null, "Have you received our payment?", null));
        assertThat(router).isWaitingAt("userTask_classifyInquiry");
        assertThat(task(router)).hasCandidateGroup("customer-service");

        // When customer service classifies it as an invoice question
        complete(task(router), withVariables("intent", "INVOICE_QUESTION"));

        // Then the invoice family's process has billing answer it, while the router waits and the case stays open
        assertThat(router).isWaitingAt(CustomerInquiryProcess.CALL_INVOICE_INQUIRY);
        ProcessInstance called = called(router);
        assertThat(called).isWaitingAt("userTask_answerInvoiceQuestion");
        assertThat(task(called)).hasCandidateGroup("billing");
        assertThat(cases.get(router.getBusinessKey()).getStatus()).isNotEqualTo(CaseStatus.CLOSED);

        // When billing answers, the called process ends, and with it the router and the case
        complete(task(called), withVariables("answer", "Yes, it arrived on 3 March."));
        assertClosedWithTheCalledInstance(router, CustomerAnswers.ANSWER_TEMPLATE);
    }

    @Test
    void shouldReferAnInvoiceQuestionAboutAnInvoiceInCollectionToTheAgency() throws Exception {
        // Given an invoice already handed to collection
        TestCustomer customer = importCustomer(importer, "DK", false, "2024-01-15", "IN_COLLECTION");

        // When the customer asks about it (no intent: the router's collection check decides)
        ProcessInstance router = open(NewCaseRequest.of(CaseType.INVOICE_QUESTION, customer.number(),
                customer.unauthorizedEmail(), null, "Why did I get a letter from inkasso?").withInvoice(customer.invoiceNumber()));

        // Then the invoice family only sends the collection agency's contact, and the case is closed
        assertThat(router).hasNotPassed("userTask_classifyInquiry");
        assertThat(callActivitiesEntered(router)).containsExactly(CustomerInquiryProcess.CALL_INVOICE_INQUIRY);
        assertThat(called(router)).hasPassed("endEvent_referredToCollectionAgency")
                .hasNotPassed("userTask_answerInvoiceQuestion");
        assertClosedWithTheCalledInstance(router, "servicedesk-collection-agency");
        String subject = MailTestSupport.awaitMails(outbox, mailServer, customer.unauthorizedEmail(), 1, Duration.ofSeconds(10))
                .get(0).getSubject();
        assertThat(subject).contains(router.getBusinessKey());
    }

    @Test
    void shouldRefuseAnActionInstructionChangeMailFromAnotherCustomersContact() {
        // Given the case type from the mail classification and a sender who is authorized elsewhere only
        ProcessInstance router = open(NewCaseRequest.of(CaseType.ACTION_INSTRUCTION_CHANGE, "SE-1001",
                "lars.nordin@norrsken.example", null, "Add me to the call list"));

        // Then nobody classifies it, the alarm and site family checks the sender and refuses
        assertThat(router).hasNotPassed("userTask_classifyInquiry");
        assertThat(calledProcessKey(router)).isEqualTo(CustomerInquiryProcess.ALARM_SITE_CHANGE_KEY);
        assertThat(called(router)).hasPassed("serviceTask_checkAuthorization", "endEvent_authorizationRefused");
        assertClosedWithTheCalledInstance(router, "servicedesk-authorized-person-required");
    }

    @Test
    void shouldDeliverTheCustomersReplyToTheCalledInstanceThatWaitsForIt() {
        // Given an invoice copy request from an unknown address, whose called process waits for the details
        ProcessInstance router = open(inquiry(null, "someone@unknown.example", "I need a copy of my last invoice",
                InquiryIntent.INVOICE_COPY));
        ProcessInstance called = called(router);
        assertThat(called).isWaitingAt("gateway_awaitReply");

        // When the customer replies to the case
        assertThat(replies.deliver(router.getBusinessKey(), new CustomerReply("someone@unknown.example",
                "Bageriet Solros, customer SE-1001", "EMAIL", LocalDate.now(), false, null, null))).isTrue();

        // Then the called instance has the reply and billing completes the details there
        assertThat(called).isWaitingAt("userTask_completeInvoiceDetails");
        assertThat(variablesOf(called)).containsEntry(CustomerReply.VAR_TEXT, "Bageriet Solros, customer SE-1001");
        assertThat(router).isWaitingAt(CustomerInquiryProcess.CALL_INVOICE_INQUIRY);
    }

    @Test
    void shouldLetCustomerServiceDeliverAReplyToTheCalledInstanceWithItsOwnEngineRights() {
        // Given a called process waiting for the customer's details
        ProcessInstance router = open(inquiry(null, "someone@unknown.example", "Please send me a copy of my invoice",
                InquiryIntent.INVOICE_COPY));

        // When a customer-service handler retries the quarantined reply: the engine runs as that handler
        identity.setAuthentication("retrying-handler", List.of(Groups.CUSTOMER_SERVICE));
        boolean delivered;
        try {
            delivered = replies.deliver(router.getBusinessKey(), new CustomerReply("someone@unknown.example",
                    "Customer SE-1001", "EMAIL", LocalDate.now(), false, null, null));
        } finally {
            identity.clearAuthentication();
        }

        // Then the handler's group may read and move the called process (system/ProcessRights), so it is delivered
        assertThat(delivered).isTrue();
        assertThat(called(router)).isWaitingAt("userTask_completeInvoiceDetails");
    }

    @Test
    void shouldCloseTheCaseWhenTheCalledInstancesReplyTimerFires() {
        // Given a dispute without an invoice number, whose called process waits for the details
        ProcessTestSupport.setClock(Instant.parse("2026-03-02T09:00:00Z"));
        ProcessInstance router = open(inquiry("SE-1001", "anna.lind@solros.example",
                "This invoice is wrong, we never ordered the extra guard", InquiryIntent.INVOICE_DISPUTE));
        ProcessInstance called = called(router);
        assertThat(called).isWaitingAt("gateway_awaitReply");

        // When the reply wait passes: the timer is the called instance's job
        ProcessTestSupport.moveClock(Duration.ofDays(15));
        assertThat(ProcessTestSupport.executeDueJobs(engine, called.getId())).isEqualTo(1);

        // Then the customer is told, the called instance and the router end, and the case is closed
        assertThat(called).hasPassed("timer_noReply", "endEvent_closedUnanswered");
        assertClosedWithTheCalledInstance(router, "servicedesk-closed-without-reply");
    }

    @Test
    void shouldPutTheCalledProcessesTaskOnTheCaseTheWorklistAndTheSlaTable() {
        // Given an invoice question opened on a Monday morning
        ProcessTestSupport.setClock(OffsetDateTime.parse("2026-03-02T10:00+01:00").toInstant());
        ProcessInstance router = open(inquiry("SE-1002", null, "Which invoice is this?", InquiryIntent.INVOICE_QUESTION)
                .receivedAt(OffsetDateTime.parse("2026-03-02T10:00+01:00").toInstant()));
        String caseNumber = router.getBusinessKey();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(task.getProcessInstanceId()).isEqualTo(called(router).getId());

        // Then the SLA row of the task gives it 3 business days
        assertThat(task.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse("2026-03-05T10:00+01:00").toInstant());
        // and the Tasklist columns are on the task
        assertThat(tasks.getVariablesLocal(task.getId())).containsEntry(WorklistVariables.CASE_NUMBER, caseNumber)
                .containsEntry(WorklistVariables.CASE_TYPE, "GENERAL_INQUIRY")
                .containsEntry(WorklistVariables.CUSTOMER_NAME, "Fastighets AB Norrsken");
        // and the task is on the case's timeline, served by the case API, and lets billing read the case
        assertThat(cases.timeline(caseNumber)).anyMatch(event -> event.getSummary()
                .equals("Task 'Answer invoice question' waiting for billing"));
        assertThat(rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD)
                .getForObject("/api/cases/" + caseNumber, String.class)).contains("Answer invoice question");
        assertThat(caseReaders.anyHasOrHadTask(caseNumber, List.of("billing"))).isTrue();
        assertThat(caseReaders.anyHasOrHadTask(caseNumber, List.of("alarm-centre"))).isFalse();
    }
}
