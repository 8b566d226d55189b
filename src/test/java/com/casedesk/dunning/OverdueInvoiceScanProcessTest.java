package com.casedesk.dunning;

import static com.casedesk.dunning.MoneyFixtures.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.support.CronExpression;

import com.casedesk.customers.CustomerImporter;
import com.casedesk.dunning.MoneyFixtures.TestCustomer;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.ProcessTestSupport;

/**
 * The scan finds every open overdue invoice of the whole database, so the clock is set far back: only this
 * test's invoices (due in 2001) are overdue then.
 */
@CaseDeskTest
class OverdueInvoiceScanProcessTest {

    private static final LocalDate DUE = LocalDate.of(2001, 3, 1);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired CustomerImporter importer;
    @Autowired DunningProperties properties;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void shouldWaitForTheNextSixOClockOfTheConfiguredCycle() {
        // Given the deployed scan, its timer start event
        Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(DunningProcess.SCAN_PROCESS_KEY)
                .timers().singleResult();
        assertThat(timer).isNotNull();

        // Then it is due at the first 06:00 after it was created (the default cycle, "0 0 6 * * ?"), not earlier
        ZonedDateTime created = timer.getCreateTime().toInstant().atZone(ZoneId.systemDefault());
        ZonedDateTime due = timer.getDuedate().toInstant().atZone(ZoneId.systemDefault());
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(6, 0));
        assertThat(due).isAfter(created);
        assertThat(due).isEqualTo(CronExpression.parse(properties.scanCycle()).next(created));
        assertThat(Duration.between(created, due)).isLessThanOrEqualTo(Duration.ofDays(1));
    }

    @Test
    void shouldStartOneDunningPerOverdueInvoiceAndNothingTwiceWhenScannedAgain() {
        // Given one overdue invoice and one that is not due yet
        TestCustomer overdue = MoneyFixtures.importCustomer(importer, "SE", true, false, true, DUE);
        TestCustomer notDue = MoneyFixtures.importCustomer(importer, "DK", false, false, true, DUE.plusDays(10));
        ProcessTestSupport.setClock(noon(DUE.plusDays(1)));

        // When the scan runs
        ProcessInstance scan = scan();

        // Then the overdue invoice is in dunning, the other one not
        assertThat(scan).hasPassed("serviceTask_startDunning", "endEvent_scanDone").isEnded();
        assertThat(dunnings(overdue)).isEqualTo(1);
        assertThat(dunnings(notDue)).isZero();

        // When the scan runs again (next day, or on another node)
        ProcessTestSupport.setClock(noon(DUE.plusDays(2)));
        scan();

        // Then nothing starts twice
        assertThat(dunnings(overdue)).isEqualTo(1);
    }

    @Test
    void shouldStartADunningAgainWhenTheEarlierOneWasCancelled() {
        // Given an overdue invoice whose dunning an administrator cancelled
        TestCustomer overdue = MoneyFixtures.importCustomer(importer, "SE", false, false, true, DUE);
        ProcessTestSupport.setClock(noon(DUE.plusDays(1)));
        scan();
        ProcessInstance first = runtime.createProcessInstanceQuery().processDefinitionKey(DunningProcess.PROCESS_KEY)
                .processInstanceBusinessKey(overdue.invoiceNumber()).singleResult();
        runtime.deleteProcessInstance(first.getId(), "cancelled in Cockpit");

        // When the scan runs again
        scan();

        // Then a new dunning runs for the still open invoice
        assertThat(dunnings(overdue)).isEqualTo(1);
    }

    private ProcessInstance scan() {
        ProcessInstance scan = runtime.startProcessInstanceByKey(DunningProcess.SCAN_PROCESS_KEY);
        ProcessTestSupport.executeDueJobs(engine, scan.getId());
        return scan;
    }

    private long dunnings(TestCustomer customer) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(DunningProcess.PROCESS_KEY)
                .processInstanceBusinessKey(customer.invoiceNumber()).count();
    }
}
