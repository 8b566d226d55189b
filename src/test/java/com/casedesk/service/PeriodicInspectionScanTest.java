package com.casedesk.service;

import static com.casedesk.inquiry.ServiceDeskTestData.importCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.casedesk.customers.CustomerImporter;
import com.casedesk.fault.VisitDriver;
import com.casedesk.inquiry.ServiceDeskTestData.TestCustomer;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.ProcessTestSupport;

@CaseDeskTest
class PeriodicInspectionScanTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CustomerImporter importer;
    @Autowired
    InspectionPlanner planner;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    /** Runs the scan as the job executor would: the timer job of the scan's start event. */
    private void runScan() {
        Job timer = engine.getManagementService().createJobQuery()
                .processDefinitionKey(ServiceRequestProcess.INSPECTION_SCAN_KEY).timers().singleResult();
        assertThat(timer).as("the scan's timer job").isNotNull();
        engine.getManagementService().executeJob(timer.getId());
    }

    private List<ProcessInstance> inspections(String contractNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ServiceRequestProcess.KEY)
                .variableValueEquals(ServiceRequestProcess.INSPECTION_CONTRACT_NUMBER, contractNumber).list();
    }

    @Test
    void shouldStartTheYearlyInspectionOnTheContractsAnniversaryOnceAndPlanTheNextWhenItEnds() {
        // Given a contract that started on 10 July 2020 for a site we monitor
        TestCustomer customer = importCustomer(importer, "SE", true, "2020-07-10", "OPEN");

        // When the scan runs the day before its anniversary
        ProcessTestSupport.setClock(Instant.parse("2026-07-09T06:00:00Z"));
        runScan();

        // Then the first inspection is planned for the anniversary, and none starts yet
        assertThat(planner.nextDue(customer.contractNumber())).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(inspections(customer.contractNumber())).isEmpty();

        // When the scan runs on the anniversary, twice (a retry or a second node)
        ProcessTestSupport.setClock(Instant.parse("2026-07-10T06:00:00Z"));
        runScan();
        runScan();

        // Then exactly one inspection runs, as a service request scheduled with the customer
        List<ProcessInstance> started = inspections(customer.contractNumber());
        assertThat(started).hasSize(1);
        ProcessInstance inspection = started.get(0);
        assertThat(inspection).isWaitingAt("userTask_checkRequest");
        assertThat(inspection).variables().containsEntry("siteId", customer.siteId())
                .containsEntry(ServiceRequestProcess.INSPECTION_DUE, "2026-07-10");

        // When it is carried out
        complete(task(inspection), withVariables("siteId", customer.siteId(), "visitNeeded", true,
                "workDescription", "Yearly inspection"));
        VisitDriver.perform(engine, inspection, "2026-07-14");
        // planning the next inspection runs as a job (a failure there becomes an incident, not a handler's error)
        ProcessTestSupport.executeDueJobs(engine, inspection.getId());

        // Then the next one is planned a year after this anniversary
        assertThat(inspection).isEnded().hasPassed("serviceTask_planNextInspection");
        assertThat(planner.nextDue(customer.contractNumber())).isEqualTo(LocalDate.of(2027, 7, 10));
    }

    @Test
    void shouldPlanTheAnniversaryOnOrAfterToday() {
        assertThat(InspectionPlanner.nextAnniversary(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 1)))
                .isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(InspectionPlanner.nextAnniversary(LocalDate.of(2020, 2, 29), LocalDate.of(2026, 2, 28)))
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(InspectionPlanner.nextAnniversary(LocalDate.of(2023, 5, 10), LocalDate.of(2026, 5, 10)))
                .isEqualTo(LocalDate.of(2026, 5, 10));
    }
}
