package com.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.casedesk.support.CaseDeskTest;
import com.casedesk.system.Groups;

@CaseDeskTest
class CaseTimelineTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseStarter starter;
    @Autowired
    CaseReplies replies;
    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void deployAProbeProcess() {
        var model = Bpmn.createExecutableProcess("timelineProbe").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("userTask_answerCustomer").name("Answer customer").camundaCandidateGroups(Groups.CUSTOMER_SERVICE)
                .receiveTask("receiveTask_reply").message(CustomerReply.MESSAGE)
                .endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance("timelineProbe.bpmn", model)
                .enableDuplicateFiltering(true).deploy();
    }

    @Test
    void shouldGiveEveryCaseANumberAndPutItsTasksAndRepliesOnTheTimeline() {
        // Given a case started with its process
        CaseStarter.StartedCase started = starter.start(CaseType.GENERAL_INQUIRY, "timelineProbe",
                CaseStarter.CaseSubject.of("Probe").withCustomer("SE-1001"), Map.of());
        assertThat(started.caseNumber()).matches("CD-\\d{4}-\\d{6}");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(started.processInstanceId())
                .singleResult().getBusinessKey()).isEqualTo(started.caseNumber());

        // When its task is completed and the customer replies
        String task = engine.getTaskService().createTaskQuery().processInstanceId(started.processInstanceId())
                .singleResult().getId();
        engine.getTaskService().complete(task);
        boolean delivered = replies.deliver(started.caseNumber(), new CustomerReply("anna.lind@solros.example", "Tack!",
                "EMAIL", LocalDate.of(2026, 11, 25), true, null, "<reply@solros.example>"));

        // Then the timeline shows it in order, and a second reply finds nothing waiting
        assertThat(delivered).isTrue();
        String view = rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD)
                .getForObject("/api/cases/" + started.caseNumber(), String.class);
        assertThat(view).containsSubsequence("OPENED", "Task 'Answer customer' waiting for customer-service",
                "Task 'Answer customer' completed by", "Reply from anna.lind@solros.example");
        assertThat(replies.deliver(started.caseNumber(), new CustomerReply("anna.lind@solros.example", "Igen",
                "EMAIL", LocalDate.of(2026, 11, 25), true, null, null))).isFalse();
    }
}
