package com.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseRecord;
import com.casedesk.cases.CaseStatus;
import com.casedesk.cases.CaseType;
import com.casedesk.cases.CustomerReply;
import com.casedesk.customers.CustomerImport;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.OutboxMail;
import com.casedesk.mail.OutboxMailRepository;
import com.casedesk.support.CaseDeskTest;

/** A mail to the embedded mailbox becomes a case, and answers thread into it (the real engine, rules, GreenMail). */
@CaseDeskTest
class MailIntakeTest {

    @Autowired EmbeddedMailServer server;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailboxPoller poller;
    @Autowired CaseManagement cases;
    @Autowired OutboxMailRepository outbox;
    @Autowired ProcessEngine engine;
    @Autowired CustomerImporter importer;
    @Autowired com.casedesk.cases.CaseReplies replies;

    IntakeTestSupport intake;
    String authorized;
    String employee;
    String customerNumber;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        intake = new IntakeTestSupport(server, jdbc, poller);
        // a fresh customer per test: acknowledgements are limited per address and day
        String unique = UUID.randomUUID().toString().substring(0, 8);
        customerNumber = "SE-IT-" + unique;
        authorized = "chef-" + unique + "@kund.example.se";
        employee = "olle-" + unique + "@kund.example.se";
        importer.importCustomers(new CustomerImport(List.of(new CustomerImport.CustomerRecord(customerNumber,
                "Intake Test AB " + unique, "556000-" + unique.substring(0, 4), "SE", "faktura-" + unique + "@kund.example.se",
                null, List.of(new CustomerImport.ContactRecord("Karin Chef", authorized, null, true),
                        new CustomerImport.ContactRecord("Olle Anställd", employee, null, false)),
                List.of(), List.of(), List.of()))));
    }

    @Test
    void aMailFromAKnownContactBecomesAClassifiedCaseWithTheMailOnItsTimelineAndAnAcknowledgement() {
        // Given a fault report from the customer's contact
        String id = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(id, "Karin Chef <" + authorized + ">", "Felanmälan: larmet piper",
                "Hej, larmet i butiken piper hela tiden och fungerar inte."));

        // When the intake has read it
        String caseNumber = intake.awaitCase(id);

        // Then a fault-report case for the customer exists, with the mail and the classification on its timeline
        CaseRecord opened = cases.get(caseNumber);
        assertThat(opened.getCaseType()).isEqualTo(CaseType.FAULT_REPORT);
        assertThat(opened.getCustomerNumber()).isEqualTo(customerNumber);
        assertThat(opened.getContactEmail()).isEqualTo(authorized);
        // (the mail first, then its classification, then the opening and the process's own first steps)
        List<CaseEvent> timeline = cases.timeline(caseNumber);
        assertThat(timeline).extracting(CaseEvent::getKind).startsWith(CaseEvent.Kind.MAIL_IN,
                CaseEvent.Kind.DECISION, CaseEvent.Kind.OPENED);
        assertThat(timeline.get(0).getDetail()).contains("larmet i butiken piper");
        assertThat(timeline.get(1).getSummary()).startsWith("Classified as FAULT_REPORT");
        // and the sender gets an acknowledgement with the case tag, answering the mail
        List<OutboxMail> sent = outbox.findByCaseNumberOrderByIdAsc(caseNumber);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getRecipient()).isEqualTo(authorized);
        assertThat(sent.get(0).getSubject()).startsWith("[" + caseNumber + "]");
        assertThat(sent.get(0).getInReplyTo()).isEqualTo(id);
        // and the service desk's fault-report process has started with a task for a handler
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(opened.getProcessInstanceId()).singleResult();
        assertThat(engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getKey())
                .isEqualTo("faultReport");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    }

    @Test
    void aReplyWithTheCaseTagIsDeliveredToTheWaitingProcess() {
        // Given an open case whose process waits for the customer (a change of the action instruction by an
        // employee who is not an authorized contact waits for verification)
        String first = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(first, employee, "Ny kontaktperson", "Lägg till mig i ringlistan."));
        String caseNumber = intake.awaitCase(first);

        // When the authorized contact answers with the tag in the subject but no threading headers
        String reply = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(reply, authorized, "Sv: [" + caseNumber + "] Ny kontaktperson",
                "Jag bekräftar ändringen."));

        // Then the reply is delivered into the case's process, not a new case
        Map<String, Object> row = intake.await(reply);
        assertThat(row.get("OUTCOME")).isEqualTo("REPLY_DELIVERED");
        assertThat(row.get("CASE_NUMBER")).isEqualTo(caseNumber);
        String instance = cases.get(caseNumber).getProcessInstanceId();
        assertThat(engine.getRuntimeService().getVariable(instance, CustomerReply.VAR_TEXT))
                .isEqualTo("Jag bekräftar ändringen.");
        assertThat(engine.getRuntimeService().getVariable(instance, CustomerReply.VAR_AUTHORIZED)).isEqualTo(true);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId("endEvent_replyNoted").count()).isEqualTo(1);
    }

    @Test
    void aReplyThatOnlyCarriesInReplyToOurAcknowledgementThreadsIntoTheCase() {
        // Given a case and the Message-ID of its acknowledgement
        String first = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(first, employee, "Ny kontaktperson", "Byt kontaktperson i ringlistan."));
        String caseNumber = intake.awaitCase(first);
        String acknowledgement = outbox.findByCaseNumberOrderByIdAsc(caseNumber).get(0).getMessageId();

        // When the customer's mail program dropped the tag from the subject but kept the headers
        String reply = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(reply, authorized, "Re: Kontaktperson", "Det stämmer.",
                "In-Reply-To: " + acknowledgement, "References: " + first + " " + acknowledgement));

        // Then it threads into the same case
        Map<String, Object> row = intake.await(reply);
        assertThat(row.get("CASE_NUMBER")).isEqualTo(caseNumber);
        assertThat(row.get("OUTCOME")).isEqualTo("REPLY_DELIVERED");
    }

    @Test
    void aMailOnACaseWhoseProcessDoesNotWaitGivesTheCaseGroupATask() {
        // Given an open case whose process does not wait for a reply (here: suspended by an administrator)
        String first = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(first, authorized, "Faktura SE-I-1001", "Fakturan verkar fel."));
        String caseNumber = intake.awaitCase(first);
        String instance = cases.get(caseNumber).getProcessInstanceId();
        engine.getRuntimeService().suspendProcessInstanceById(instance);

        // When another mail arrives on the case
        String second = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(second, authorized, "[" + caseNumber + "] En sak till", "Och en sak till."));

        // Then billing gets a "new mail on case" task with the mail
        Map<String, Object> row = intake.await(second);
        assertThat(row.get("OUTCOME")).isEqualTo("TASK_CREATED");
        ProcessInstance task = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(IntakeProcess.NEW_CASE_MAIL).processInstanceBusinessKey(caseNumber).singleResult();
        BpmnAwareTests.assertThat(task).isWaitingAt("userTask_readNewMail");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(task.getId())
                .taskCandidateGroup("billing").count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(task.getId(), IntakeProcess.MAIL_TEXT)).isEqualTo("Och en sak till.");
        // and the timeline shows the mail and the task once each
        List<CaseEvent> timeline = cases.timeline(caseNumber);
        assertThat(timeline).filteredOn(e -> e.getKind() == CaseEvent.Kind.MAIL_IN && e.getSummary().endsWith("En sak till"))
                .hasSize(1);
        assertThat(timeline).filteredOn(e -> e.getKind() == CaseEvent.Kind.TASK && e.getSummary().contains("Read new mail"))
                .hasSize(1);

        // When the handler notes what was done, the task process ends
        complete(task(task), withVariables("mailHandling", "Answered by phone"));
        BpmnAwareTests.assertThat(task).isEnded();
        engine.getRuntimeService().activateProcessInstanceById(instance);
    }

    @Test
    void aReplyToAClosedCaseOpensANewCaseLinkedToIt() {
        // Given a case that was handled and closed
        String first = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(first, authorized, "Fråga", "Hej!"));
        String closed = intake.awaitCase(first);
        cases.close(closed, "Answered by phone");
        assertThat(cases.get(closed).getStatus()).isEqualTo(CaseStatus.CLOSED);

        // When the customer replies to it
        String reply = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(reply, authorized, "Re: [" + closed + "] Fråga", "En ny fråga."));

        // Then a new case is opened and linked to the closed one
        String opened = intake.awaitCase(reply);
        assertThat(opened).isNotEqualTo(closed);
        assertThat(cases.get(opened).getLinkedCaseNumber()).isEqualTo(closed);
    }

    @Test
    void aMailWithoutSenderAddressIsHandledInTheIncomingMailProcess() {
        // Given a mail with no From header (nobody to answer, so the service desk cannot open it)
        String id = IntakeTestSupport.newMessageId();
        intake.send("Message-ID: " + id + "\nSubject: Larmet\nContent-Type: text/plain; charset=UTF-8\n\nLarmet piper.\n");
        String caseNumber = intake.awaitCase(id);

        // Then the fallback process gives a handler of the case type's group a task, and nobody gets an acknowledgement
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(cases.get(caseNumber).getProcessInstanceId()).singleResult();
        BpmnAwareTests.assertThat(instance).isWaitingAt("userTask_handleMail");
        assertThat(outbox.findByCaseNumberOrderByIdAsc(caseNumber)).isEmpty();

        // When a reply reaches the case while the task is open (boundary_customerReplied)
        assertThat(replies.deliver(caseNumber, new CustomerReply("x@example.com", "Mer info", "PHONE", null, false, null,
                null))).isTrue();
        BpmnAwareTests.assertThat(instance).hasPassed("endEvent_replyNoted").isWaitingAt("userTask_handleMail");

        // And when the handler records the resolution
        complete(task(instance), withVariables(IntakeProcess.RESOLUTION, "Called the site"));

        // Then the case is closed
        BpmnAwareTests.assertThat(instance).hasPassed("serviceTask_closeCase", "endEvent_caseClosed").isEnded();
        assertThat(cases.get(caseNumber).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    private String mailIn(String caseNumber) {
        return cases.timeline(caseNumber).stream().filter(e -> e.getKind() == CaseEvent.Kind.MAIL_IN).findFirst()
                .orElseThrow(() -> new AssertionError("no MAIL_IN on " + caseNumber)).getDetail();
    }
}
