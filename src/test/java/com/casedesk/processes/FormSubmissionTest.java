package com.casedesk.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseReplies;
import com.casedesk.cases.CaseStatus;
import com.casedesk.cases.CaseType;
import com.casedesk.cases.CustomerReply;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.customers.InvoiceRepository;
import com.casedesk.customers.InvoiceStatus;
import com.casedesk.cases.CaseIntake;
import com.casedesk.inquiry.InquiryIntent;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.inquiry.ServiceDeskTestData;
import com.casedesk.inquiry.ServiceDeskTestData.TestCustomer;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.ProcessTestSupport;

/**
 * Every user task completed as Tasklist completes it: through its Camunda Form ({@link FormJs}: every enabled,
 * visible field, empty optional ones as {@code ""}) and {@code FormService.submitTaskForm}, as a member of the task's
 * group. A form that submits what its listener or the next step cannot take fails here, not in Tasklist.
 */
@CaseDeskTest
class FormSubmissionTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseIntake intake;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    IdentityService identity;
    @Autowired
    CaseManagement cases;
    @Autowired
    CaseReplies replies;
    @Autowired
    CustomerImporter importer;
    @Autowired
    InvoiceRepository invoices;

    private final FormJs formJs = new FormJs(Path.of("processes"));

    @BeforeEach
    void mondayMorning() {
        ProcessTestSupport.setClock(Instant.parse("2026-03-02T08:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
        identity.clearAuthentication();
    }

    private String open(NewCaseRequest request) {
        return intake.open(request).caseNumber();
    }

    private static NewCaseRequest inquiry(String customer, String sender, String text, InquiryIntent intent) {
        return NewCaseRequest.of(CaseType.GENERAL_INQUIRY, customer, sender, null, text).withIntent(intent == null ? null : intent.name());
    }

    /** The handler of the waiting task's group opens it in Tasklist, enters {@code input} and completes it. */
    private void work(String caseNumber, String taskKey, Map<String, Object> input) {
        List<Task> waiting = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).active().initializeFormKeys().list();
        Task task = waiting.stream().filter(t -> t.getTaskDefinitionKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new AssertionError("case " + caseNumber + " does not wait at " + taskKey
                        + " but at " + waiting.stream().map(Task::getTaskDefinitionKey).toList()));
        formJs.work(engine, task, input);
    }

    private CaseStatus status(String caseNumber) {
        return cases.get(caseNumber).getStatus();
    }

    @Test
    void shouldSendAnInvoiceCopyThroughTheForm() {
        String c = open(inquiry(null, "anna.lind@solros.example", "Please send a copy of invoice SE-I-1001",
                InquiryIntent.INVOICE_COPY).withInvoice("SE-I-1001"));
        work(c, "userTask_sendInvoiceCopy", Map.of("answer", "Here it is."));
        assertThat(status(c)).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void shouldCreditADisputedInvoiceThroughTheReviewForm() {
        TestCustomer customer = ServiceDeskTestData.importCustomer(importer, "SE", true, "2024-01-15", "OPEN");
        String c = open(inquiry(customer.number(), customer.authorizedEmail(), "Billed twice",
                InquiryIntent.INVOICE_DISPUTE).withInvoice(customer.invoiceNumber()));
        work(c, "userTask_reviewDispute", Map.of("disputeDecision", "CREDIT", "answer", "We credited it."));
        assertThat(invoices.findByNumber(customer.invoiceNumber()).orElseThrow().getStatus())
                .isEqualTo(InvoiceStatus.CREDITED);
        assertThat(cases.timeline(c)).anySatisfy(e -> assertThat(e.getSummary()).contains("credited"));
    }

    @Test
    void shouldRejectADisputeThroughTheReviewFormAndKeepTheInvoiceOpen() {
        TestCustomer customer = ServiceDeskTestData.importCustomer(importer, "SE", true, "2024-01-15", "OPEN");
        String c = open(inquiry(customer.number(), customer.authorizedEmail(), "Billed twice",
                InquiryIntent.INVOICE_DISPUTE).withInvoice(customer.invoiceNumber()));
        work(c, "userTask_reviewDispute", Map.of("disputeDecision", "REJECT", "answer", "The invoice is right."));
        assertThat(invoices.findByNumber(customer.invoiceNumber()).orElseThrow().getStatus())
                .isEqualTo(InvoiceStatus.OPEN);
        assertThat(cases.timeline(c)).anySatisfy(e -> assertThat(e.getSummary()).contains("rejected"));
    }

    @Test
    void shouldWorkEveryInquiryFormOfAnAuthorizedContact() {
        Map<InquiryIntent, Map.Entry<String, Map<String, Object>>> steps = Map.of(
                InquiryIntent.INVOICE_QUESTION, Map.entry("userTask_answerInvoiceQuestion", Map.of("answer", "Yes.")),
                InquiryIntent.BILLING_DETAILS_CHANGE, Map.entry("userTask_checkBillingChange",
                        Map.of("billingChangeApproved", true, "newInvoiceEmail", "ny@solros.example", "answer", "Done.")),
                InquiryIntent.ACTION_INSTRUCTION_CHANGE, Map.entry("userTask_changeActionInstruction",
                        Map.of("actionInstructionChange", "Call Anna first", "answer", "Done.")),
                InquiryIntent.PERSONAL_CODE, Map.entry("userTask_issuePersonalCode",
                        Map.of("personalCodeHandling", "Remotely", "answer", "Done.")),
                InquiryIntent.KEY_ORDER, Map.entry("userTask_orderKeys", Map.of("keyOrder", "Two keys", "answer", "Done.")),
                InquiryIntent.ARM_DISARM_CHECK, Map.entry("userTask_agreeArmDisarmCheck",
                        Map.of("armBy", "18:00", "disarmBy", "07:00", "checkDays", "Monday-Friday", "answer", "Done.")),
                InquiryIntent.TEST_MODE, Map.entry("userTask_planTestMode",
                        Map.of("testDate", "2026-03-05", "testFrom", "10:00", "testUntil", "11:00", "answer", "Done.")),
                InquiryIntent.MOVING, Map.entry("userTask_clarifyMoving",
                        Map.of("systemOwnership", "CUSTOMER", "movingChoice", "NONE", "answer", "Noted.")),
                InquiryIntent.OTHER, Map.entry("userTask_answerInquiry", Map.of("answer", "Hello.")));
        steps.forEach((intent, step) -> {
            TestCustomer customer = ServiceDeskTestData.importCustomer(importer, "SE", true, "2024-01-15", "OPEN");
            String c = open(inquiry(customer.number(), customer.authorizedEmail(), "About " + intent, intent));
            work(c, step.getKey(), step.getValue());
            assertThat(status(c)).as(intent.name()).isEqualTo(CaseStatus.CLOSED);
        });
    }

    @Test
    void shouldClassifyAnUnknownSendersInquiryAndCompleteItsInvoiceDetails() {
        String c = open(inquiry(null, "someone@unknown.example", "Something about my alarm", null));
        work(c, "userTask_classifyInquiry", Map.of("intent", "OTHER", "customerNumber", "SE-1001"));
        work(c, "userTask_answerInquiry", Map.of("answer", "Hello."));
        assertThat(status(c)).isEqualTo(CaseStatus.CLOSED);

        String copy = open(inquiry(null, "someone@unknown.example", "I need a copy of my last invoice",
                InquiryIntent.INVOICE_COPY));
        assertThat(replies.deliver(copy, new CustomerReply("someone@unknown.example",
                "Bageriet Solros, customer SE-1001, invoice SE-I-1001", "EMAIL", LocalDate.of(2026, 3, 2), false, null,
                null))).isTrue();
        work(copy, "userTask_completeInvoiceDetails", Map.of("customerNumber", "SE-1001", "invoiceNumber", "SE-I-1001"));
        work(copy, "userTask_sendInvoiceCopy", Map.of("answer", "Here it is."));
        assertThat(status(copy)).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void shouldCheckAServiceRequestChooseTheSiteAndWorkTheVisit() {
        String c = open(NewCaseRequest.of(CaseType.SERVICE_REQUEST, "SE-1002", null, null,
                "The detector in the hall needs replacing"));
        work(c, "userTask_checkRequest", Map.of("siteId", "SE-S-1003", "visitNeeded", true,
                "workDescription", "Replace the hall detector"));
        work(c, "userTask_scheduleVisit", Map.of("visitDate", "2026-03-10", "visitTime", "09:30",
                "visitTechnician", "Tekniker Tor"));
        work(c, "userTask_performVisit", Map.of("visitItem1Status", "DONE"));
        assertThat(status(c)).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void shouldTriageAFaultToRemoteSupportAndThenAVisit() {
        String c = open(NewCaseRequest.of(CaseType.FAULT_REPORT, "SE-1001", "anna.lind@solros.example", null,
                "The panel beeps"));
        work(c, "userTask_triageFault", Map.of("triageOutcome", "NEEDS_FIX", "triageNote", "Battery",
                "remoteSupportCapable", true));
        work(c, "userTask_provideRemoteSupport", Map.of("solvedRemotely", false, "answer", "Needs a new battery"));
        work(c, "userTask_scheduleVisit", Map.of("visitDate", "2026-03-10", "visitTime", "09:30",
                "visitTechnician", "Tekniker Tor"));
        work(c, "userTask_performVisit", Map.of("visitItem1Status", "DONE"));
        assertThat(status(c)).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void shouldLetTheAlarmCentreSendAVisitToTheSiteItChoseForAnUrgentFaultAtNight() {
        String c = open(NewCaseRequest.of(CaseType.FAULT_REPORT, "SE-1002", null, null, "Larmet tjuter hela tiden")
                .urgentAt(Instant.parse("2026-03-02T22:00:00Z")));
        work(c, "userTask_handleUrgentFault", Map.of("siteId", "SE-S-1003", "triageOutcome", "VISIT",
                "triageNote", "Siren will not stop"));
        work(c, "userTask_scheduleVisit", Map.of("visitDate", "2026-03-03", "visitTime", "08:00",
                "visitTechnician", "Jour-teknikern"));
        assertThat(cases.get(c).getStatus()).isEqualTo(CaseStatus.OPEN);
    }

    @AfterAll
    static void listWhatWasSubmitted(@Autowired RepositoryService repository) {
        Set<String> all = new TreeSet<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
                    .forEach(task -> all.add(definition.getKey() + "/" + task.getId()));
        }
        all.removeAll(FormJs.SUBMITTED);
        System.out.println("FormSubmissionTest: user tasks not submitted through their form here: " + all);
    }
}
