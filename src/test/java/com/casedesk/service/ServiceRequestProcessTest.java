package com.casedesk.service;

import static com.casedesk.inquiry.ServiceDeskTestData.mailTemplates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseReplies;
import com.casedesk.cases.CaseStatus;
import com.casedesk.cases.CaseType;
import com.casedesk.cases.CustomerReply;
import com.casedesk.fault.VisitDriver;
import com.casedesk.cases.CaseIntake;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.inquiry.ServiceDeskTestData;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.ProcessTestSupport;

@CaseDeskTest
class ServiceRequestProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseIntake intake;
    @Autowired
    CaseManagement cases;
    @Autowired
    CaseReplies replies;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
        ProcessTestSupport.setClock(Instant.parse("2026-03-02T08:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    private ProcessInstance request(String customerNumber, String sender, String siteId, String text) {
        CaseIntake.OpenedCase opened = intake.open(NewCaseRequest.of(CaseType.SERVICE_REQUEST, customerNumber, sender, siteId, text));
        assertThat(opened.processKey()).isEqualTo(ServiceRequestProcess.KEY);
        return ServiceDeskTestData.instance(engine, opened.processInstanceId());
    }

    @Test
    void shouldCheckTheRequestSendATechnicianAndCloseWithTheVisitReport() {
        // Given a service request for a known site
        ProcessInstance instance = request("SE-1001", "anna.lind@solros.example", null, "Please move the motion detector in the shop");
        assertThat(instance).isWaitingAt("userTask_checkRequest");
        assertThat(task(instance)).hasCandidateGroup("customer-service");
        assertThat(instance).variables().containsEntry("siteId", "SE-S-1001")
                .containsEntry("siteAddress", "Storgatan 1, 111 22 Stockholm");

        // When customer service finds that a technician must go
        complete(task(instance), withVariables("siteId", "SE-S-1001", "visitNeeded", true,
                "workDescription", "Move the motion detector to the back room"));

        // Then the technician visit runs under the case, and its report closes the request
        assertThat(instance).isWaitingAt("callActivity_technicianVisit");
        VisitDriver.perform(engine, instance, "2026-03-10");

        assertThat(instance).isEnded().hasPassed("serviceTask_sendClosingMail").hasNotPassed("serviceTask_planNextInspection");
        assertThat(mailTemplates(cases, instance.getBusinessKey())).contains("visit-confirmation", "servicedesk-service-closed");
        assertThat(cases.get(instance.getBusinessKey()).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void shouldGoBackToSchedulingWhenTheCustomerAsksToMoveTheAppointment() {
        ProcessInstance instance = request("SE-1001", "anna.lind@solros.example", null, "Service of the key box");
        complete(task(instance), withVariables("siteId", "SE-S-1001", "visitNeeded", true, "workDescription", "Key box service"));
        ProcessInstance visit = VisitDriver.calledVisit(engine, instance);
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(visit.getId()).singleResult().getId(),
                java.util.Map.of(TechnicianVisitProcess.VISIT_DATE, "2026-03-10", TechnicianVisitProcess.VISIT_TIME, "09:00",
                        TechnicianVisitProcess.VISIT_TECHNICIAN, "Tor"));
        assertThat(visit).isWaitingAt(TechnicianVisitProcess.USER_TASK_PERFORM_VISIT);

        // When the customer replies that the time does not suit
        assertThat(replies.deliver(instance.getBusinessKey(), new CustomerReply("anna.lind@solros.example",
                "Can you come next week instead?", "EMAIL", LocalDate.of(2026, 3, 3), true, CustomerReply.INTENT_RESCHEDULE,
                null))).isTrue();

        // Then the coordinator schedules again
        assertThat(visit).isWaitingAt(TechnicianVisitProcess.USER_TASK_SCHEDULE_VISIT);
    }

    @Test
    void shouldAnswerWithoutAVisitWhenNoneIsNeeded() {
        ProcessInstance instance = request("SE-1002", "lars.nordin@norrsken.example", "SE-S-1003",
                "When is our next inspection planned?");
        complete(task(instance), withVariables("siteId", "SE-S-1003", "visitNeeded", false,
                "answer", "Your next inspection is in June."));

        assertThat(instance).isEnded().hasNotPassed("callActivity_technicianVisit");
        assertThat(mailTemplates(cases, instance.getBusinessKey())).containsExactly("servicedesk-service-closed");
        assertThat(cases.get(instance.getBusinessKey()).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }
}
