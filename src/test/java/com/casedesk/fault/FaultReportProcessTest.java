package com.casedesk.fault;

import static com.casedesk.inquiry.ServiceDeskTestData.importCustomer;
import static com.casedesk.inquiry.ServiceDeskTestData.mailTemplates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseStatus;
import com.casedesk.cases.CaseType;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.cases.CaseIntake;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.inquiry.ServiceDeskTestData;
import com.casedesk.inquiry.ServiceDeskTestData.TestCustomer;
import com.casedesk.customers.SiteAlarmNotes;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.ProcessTestSupport;

@CaseDeskTest
class FaultReportProcessTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseIntake intake;
    @Autowired
    CaseManagement cases;
    @Autowired
    CustomerImporter importer;
    @Autowired
    SiteAlarmNotes siteNotes;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
        // a Monday morning: visits can be booked from today on
        ProcessTestSupport.setClock(Instant.parse("2026-03-02T08:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    private ProcessInstance report(String customerNumber, String siteId, String text) {
        return open(NewCaseRequest.of(CaseType.FAULT_REPORT, customerNumber, null, siteId, text));
    }

    private ProcessInstance open(NewCaseRequest request) {
        CaseIntake.OpenedCase opened = intake.open(request);
        assertThat(opened.processKey()).isEqualTo(FaultReportProcess.KEY);
        return ServiceDeskTestData.instance(engine, opened.processInstanceId());
    }

    private static Instant stockholm(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant();
    }

    private void assertResolvedAndClosed(ProcessInstance instance) {
        assertThat(instance).isEnded().hasPassed("serviceTask_sendClosingMail", "endEvent_faultResolved");
        assertThat(cases.get(instance.getBusinessKey()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(mailTemplates(cases, instance.getBusinessKey())).contains("servicedesk-fault-closed");
    }

    @ParameterizedTest(name = "urgent={0} at {1} -> {2}")
    @CsvSource({
            "true, 2026-03-06T15:59, userTask_triageFault, technical-support",
            "true, 2026-03-06T16:00, userTask_handleUrgentFault, alarm-centre",
            "true, 2026-03-07T10:00, userTask_handleUrgentFault, alarm-centre",
            "true, 2026-03-09T07:30, userTask_handleUrgentFault, alarm-centre",
            "false, 2026-03-06T16:00, userTask_triageFault, technical-support",
            "false, 2026-03-07T10:00, userTask_triageFault, technical-support" })
    void shouldRouteUrgentFaultsOutsideOfficeHoursToTheAlarmCentre(boolean urgent, String stockholmTime,
            String userTask, String group) {
        // Given a fault reported at a Stockholm time
        NewCaseRequest request = NewCaseRequest.of(CaseType.FAULT_REPORT, "SE-1001", null, null, "The panel beeps")
                .receivedAt(stockholm(stockholmTime));

        // When it arrives (urgent or not)
        ProcessInstance instance = open(urgent ? request.urgentAt(stockholm(stockholmTime)) : request);

        // Then the right group gets it
        assertThat(instance).isWaitingAt(userTask);
        assertThat(task(instance)).hasCandidateGroup(group);
    }

    @Test
    void shouldUseTheDanishCustomersTimeZoneForOfficeHours() {
        // Given an urgent fault of a Danish customer at 16:05 Copenhagen time
        Instant at = LocalDateTime.parse("2026-03-06T16:05").atZone(ZoneId.of("Europe/Copenhagen")).toInstant();
        ProcessInstance instance = open(NewCaseRequest.of(CaseType.FAULT_REPORT, "DK-2001", null, null, "Alarmen hyler")
                .urgentAt(at));
        assertThat(instance).isWaitingAt("userTask_handleUrgentFault");
    }

    @Test
    void shouldShowTheSitesSystemAndHistoryAtTriage() {
        ProcessInstance instance = report("SE-1001", null, "The keypad does not respond");
        assertThat(instance).isWaitingAt("userTask_triageFault");
        assertThat(instance).variables().containsKey("siteHistory")
                .hasEntrySatisfying("siteSystem", system -> assertThat((String) system).contains("remotely"));
    }

    @Test
    void shouldCloseWithAMailWhenTriageSolvesTheFault() {
        ProcessInstance instance = report("SE-1001", null, "The keypad shows E4");
        complete(task(instance), withVariables("triageOutcome", "SOLVED", "triageNote", "E4 = low battery",
                "answer", "Replace the battery in the keypad."));
        assertResolvedAndClosed(instance);
        assertThat(instance).hasNotPassed("userTask_provideRemoteSupport", "callActivity_technicianVisit");
    }

    @Test
    void shouldCloseWhenRemoteSupportSolvesTheFaultOfANewerSystem() {
        // Given a site that allows remote support
        ProcessInstance instance = report("SE-1001", null, "We need a code removed for a former employee");
        complete(task(instance), withVariables("triageOutcome", "NEEDS_FIX", "triageNote", "remove code 7",
                "remoteSupportCapable", true));

        // Then remote support takes it, and solves it
        assertThat(instance).isWaitingAt("userTask_provideRemoteSupport");
        assertThat(task(instance)).hasCandidateGroup("technical-support");
        complete(task(instance), withVariables("solvedRemotely", true, "answer", "The code is removed."));

        assertResolvedAndClosed(instance);
        assertThat(instance).hasNotPassed("callActivity_technicianVisit");
    }

    @Test
    void shouldSendATechnicianWhenRemoteSupportCannotSolveTheFault() {
        ProcessInstance instance = report("SE-1001", null, "The siren does not sound");
        complete(task(instance), withVariables("triageOutcome", "NEEDS_FIX", "triageNote", "siren dead",
                "remoteSupportCapable", true));
        complete(task(instance), withVariables("solvedRemotely", false, "answer", "Siren not reachable remotely"));

        // Then the technician visit runs under the same case
        assertThat(instance).isWaitingAt("callActivity_technicianVisit");
        VisitDriver.perform(engine, instance, "2026-03-10");

        assertResolvedAndClosed(instance);
        assertThat(instance).variables().containsKey("visitReportSummary");
    }

    @Test
    void shouldSendATechnicianStraightAwayWhenTheSiteAllowsNoRemoteSupport() {
        // Given an older system
        ProcessInstance instance = report("SE-1002", "SE-S-1002", "Detector in the stairwell is faulty");
        assertThat(instance).variables().containsEntry("remoteSupportCapable", false);

        complete(task(instance), withVariables("triageOutcome", "NEEDS_FIX", "triageNote", "detector faulty",
                "remoteSupportCapable", false));

        assertThat(instance).isWaitingAt("callActivity_technicianVisit").hasNotPassed("userTask_provideRemoteSupport");
        VisitDriver.perform(engine, instance, "2026-03-03");
        assertResolvedAndClosed(instance);
    }

    @Test
    void shouldSendATechnicianWhenTriageSaysSo() {
        ProcessInstance instance = report("SE-1001", null, "The outdoor siren fell off the wall");
        complete(task(instance), withVariables("triageOutcome", "VISIT", "triageNote", "mount siren"));
        assertThat(instance).isWaitingAt("callActivity_technicianVisit").hasNotPassed("userTask_provideRemoteSupport");
        VisitDriver.perform(engine, instance, "2026-03-04");
        assertResolvedAndClosed(instance);
    }

    @Test
    void shouldLetTheAlarmCentreResolveAnUrgentFaultAtNight() {
        ProcessInstance instance = open(NewCaseRequest.of(CaseType.FAULT_REPORT, "SE-1001", null, null, "Alarm keeps going off")
                .urgentAt(stockholm("2026-03-03T23:10")));
        assertThat(instance).isWaitingAt("userTask_handleUrgentFault");
        complete(task(instance), withVariables("triageOutcome", "SOLVED", "triageNote", "zone 3 bypassed",
                "answer", "We bypassed zone 3 tonight; a technician will check it."));
        assertResolvedAndClosed(instance);
    }

    @Test
    void shouldRecordTestModeAndTellTheCustomerToCallTheAlarmCentreFirst() {
        // Given a customer who wants to test the alarm
        TestCustomer customer = importCustomer(importer, "SE", true, "2024-01-15", "OPEN");
        ProcessInstance instance = open(NewCaseRequest.of(CaseType.FAULT_REPORT, customer.number(),
                customer.authorizedEmail(), null, "We want to test the alarm on Thursday"));

        // When triage records the test
        complete(task(instance), withVariables("triageOutcome", "TEST_ALARM", "triageNote", "test Thursday",
                "testDate", "2026-03-05", "testFrom", "09:00", "testUntil", "10:00"));

        // Then the site has the test mode and the customer is told to call with the personal code
        assertThat(instance).isEnded().hasPassed("serviceTask_recordTestMode", "endEvent_testModeAnnounced");
        assertThat(siteNotes.testModeAnnounced(customer.siteId(), stockholm("2026-03-05T09:30"))).isTrue();
        assertThat(mailTemplates(cases, instance.getBusinessKey())).containsExactly("servicedesk-test-mode");
        assertThat(cases.get(instance.getBusinessKey()).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }
}
