package com.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseRecord;
import com.casedesk.customers.CustomerImport;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.OutboxMailRepository;
import com.casedesk.processes.FormJs;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.ProcessTestSupport;
import com.casedesk.termination.TerminationProcess;

/**
 * The mail-born tasks (verify sender, read new mail, handle mail) completed through their forms as Tasklist
 * submits them ({@link FormJs}), and what the case does next.
 */
@CaseDeskTest
class MailFormSubmissionTest {

    @Autowired EmbeddedMailServer server;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailboxPoller poller;
    @Autowired CaseManagement cases;
    @Autowired OutboxMailRepository outbox;
    @Autowired ProcessEngine engine;
    @Autowired CustomerImporter importer;

    private final FormJs formJs = new FormJs(Path.of("processes"));
    IntakeTestSupport intake;
    String customerNumber;
    String authorized;
    String employee;

    @BeforeEach
    void setUp() {
        intake = new IntakeTestSupport(server, jdbc, poller);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        customerNumber = "SE-MF-" + unique;
        authorized = "chef-" + unique + "@kund.example.se";
        employee = "olle-" + unique + "@kund.example.se";
        importer.importCustomers(new CustomerImport(List.of(new CustomerImport.CustomerRecord(customerNumber,
                "Formtest AB " + unique, "556" + unique.substring(0, 6), "SE", "faktura-" + unique + "@kund.example.se",
                null, List.of(new CustomerImport.ContactRecord("Karin Chef", authorized, null, true),
                        new CustomerImport.ContactRecord("Olle Anställd", employee, null, false)),
                List.of(new CustomerImport.SiteRecord(customerNumber + "-S1", "Hamnvägen 3, 111 11 Stockholm", true,
                        true, true, true),
                        new CustomerImport.SiteRecord(customerNumber + "-S2", "Skogsstigen 9, 222 22 Lund", true, true,
                                true, true)),
                List.of(new CustomerImport.ContractRecord(customerNumber + "-C1", customerNumber + "-S1", "SUBSCRIPTION",
                        "2023-01-15", 3, 0, false, false),
                        new CustomerImport.ContractRecord(customerNumber + "-C2", customerNumber + "-S2", "SUBSCRIPTION",
                                "2023-01-15", 3, 0, false, false)),
                List.of()))));
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    private Task waitingTask(String businessKey, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).active().initializeFormKeys().singleResult();
    }

    @Test
    void shouldTreatAVerifiedSendersTerminationAsAuthorized() {
        // Given a termination of the Lund site's contract from an employee who is no authorized contact
        String id = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(id, employee, "Uppsägning", "Vi säger upp avtalet för Skogsstigen 9."));
        String verificationCase = intake.awaitCase(id);

        // When customer service verifies the sender through the form
        formJs.work(engine, waitingTask(verificationCase, "userTask_verifySender"),
                Map.of("verification", "VERIFIED", "verificationNote", "Karin Chef confirmed by phone"));

        // Then the continued termination decides with an authorized requester
        String continued = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .variableName(OpenVerifiedCaseDelegate.CONTINUED_IN).list().stream()
                .filter(v -> verificationCase.equals(engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceId(v.getProcessInstanceId()).singleResult().getBusinessKey()))
                .findFirst().orElseThrow().getValue();
        CaseRecord termination = cases.get(continued);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(termination.getProcessInstanceId())
                .variableName(TerminationProcess.REQUESTER_AUTHORIZED).singleResult().getValue()).isEqualTo(true);
    }

    @Test
    void shouldIdentifyTheNamedSiteAndGiveAReplyTheOpenTasksGroup() {
        // Given an urgent fault mail at night from a customer with two sites, naming one by its street address
        ProcessTestSupport.setClock(Instant.parse("2026-03-02T21:00:00Z"));
        String id = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(id, authorized, "Fel på larmet", "Akut: larmet på Skogsstigen 9 piper hela tiden."));
        String caseNumber = intake.awaitCase(id);
        assertThat(cases.get(caseNumber).getSiteId()).isEqualTo(customerNumber + "-S2");
        Task open = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).active().singleResult();
        String group = engine.getTaskService().getIdentityLinksForTask(open.getId()).stream()
                .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
        assertThat(group).isEqualTo("alarm-centre");

        // When the customer answers our acknowledgement with only In-Reply-To and the process does not wait for it
        String acknowledgement = outbox.findByCaseNumberOrderByIdAsc(caseNumber).get(0).getMessageId();
        String reply = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(reply, authorized, "Re: Fel på larmet", "Det piper fortfarande.",
                "In-Reply-To: " + acknowledgement));
        assertThat(intake.await(reply).get("OUTCOME")).isEqualTo("TASK_CREATED");

        // Then "Read new mail" goes to the group of the case's open task, and its form completes
        Task readMail = waitingTask(caseNumber, "userTask_readNewMail");
        assertThat(engine.getTaskService().getIdentityLinksForTask(readMail.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(group));
        formJs.work(engine, readMail, Map.of("mailHandling", "Added to the triage note"));
        assertThat(waitingTask(caseNumber, "userTask_readNewMail")).isNull();
    }

    @Test
    void shouldHandleAMailWithoutSenderThroughTheHandleMailForm() {
        String id = IntakeTestSupport.newMessageId();
        intake.send("Message-ID: " + id + "\nSubject: Larmet\nContent-Type: text/plain; charset=UTF-8\n\nLarmet piper.\n");
        String caseNumber = intake.awaitCase(id);
        formJs.work(engine, waitingTask(caseNumber, "userTask_handleMail"), Map.of("resolution", "Called the site"));
        assertThat(cases.get(caseNumber).getStatus().name()).isEqualTo("CLOSED");
    }
}
