package com.casedesk.dunning;

import static com.casedesk.dunning.MoneyFixtures.noon;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseStarter.StartedCase;
import com.casedesk.cases.CaseStatus;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.customers.InvoiceRepository;
import com.casedesk.customers.InvoiceStatus;
import com.casedesk.processes.FormJs;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.ProcessTestSupport;

/**
 * Billing's two dunning tasks completed as Tasklist completes them: through their Camunda Forms
 * ({@code invoice-dunning-confirm-collection.form}, {@code invoice-dunning-decide-dispute.form}) with what form-js
 * submits ({@link FormJs}), as a member of billing; then what the dunning did with it.
 */
@CaseDeskTest
class DunningFormSubmissionTest {

    private static final LocalDate DUE = LocalDate.of(2032, 3, 3);

    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired CustomerImporter importer;
    @Autowired OverdueInvoices overdueInvoices;
    @Autowired InvoiceDisputes disputes;
    @Autowired InvoiceRepository invoices;
    @Autowired CaseManagement cases;

    private final FormJs formJs = new FormJs(Path.of("processes"));
    private MoneyFixtures.TestCustomer customer;
    private StartedCase started;

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void shouldHandTheInvoiceToCollectionWhenBillingConfirmsThroughTheForm() {
        startDunning("DK");
        at(DUE.plusDays(10));
        at(DUE.plusDays(20));
        at(DUE.plusDays(30));

        formJs.work(engine, task("userTask_confirmCollection"), Map.of("collectionNote", "Three reminders unanswered"));

        assertThat(status()).isEqualTo(InvoiceStatus.IN_COLLECTION);
        assertThat(cases.get(started.caseNumber()).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void shouldCreditADisputedInvoiceThroughTheDecideDisputeForm() {
        startDunning("SE");
        disputes.dispute(customer.invoiceNumber(), "Billed twice for October");

        formJs.work(engine, task("userTask_decideDispute"), Map.of("disputeDecision", "credit",
                "disputeDecisionNote", "The October invoice was sent twice."));

        assertThat(status()).isEqualTo(InvoiceStatus.CREDITED);
        assertThat(cases.get(started.caseNumber()).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void shouldRejectADisputeThroughTheDecideDisputeFormAndResumeTheDunning() {
        startDunning("SE");
        at(DUE.plusDays(7));
        disputes.dispute(customer.invoiceNumber(), "Price differs from the offer");

        formJs.work(engine, task("userTask_decideDispute"), Map.of("disputeDecision", "reject",
                "disputeDecisionNote", "The price is the one in your contract."));

        assertThat(status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(cases.get(started.caseNumber()).getStatus()).isEqualTo(CaseStatus.OPEN);
        assertThat(tasks.createTaskQuery().processInstanceId(started.processInstanceId()).count()).isZero();
    }

    private void startDunning(String country) {
        customer = MoneyFixtures.importCustomer(importer, country, true, false, true, DUE);
        ProcessTestSupport.setClock(noon(DUE.plusDays(1)));
        started = overdueInvoices.startDunning(customer.invoiceNumber()).orElseThrow();
    }

    /** Moves the clock to noon of the day and runs what is due in this dunning. */
    private void at(LocalDate day) {
        ProcessTestSupport.setClock(noon(day));
        ProcessTestSupport.executeDueJobs(engine, started.processInstanceId());
    }

    private Task task(String key) {
        Task task = tasks.createTaskQuery().processInstanceId(started.processInstanceId()).taskDefinitionKey(key)
                .initializeFormKeys().singleResult();
        assertThat(task).as("the dunning waits at " + key).isNotNull();
        return task;
    }

    private InvoiceStatus status() {
        return invoices.findByNumber(customer.invoiceNumber()).orElseThrow().getStatus();
    }
}
