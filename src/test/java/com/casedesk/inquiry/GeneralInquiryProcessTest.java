package com.casedesk.inquiry;

import static com.casedesk.inquiry.ServiceDeskTestData.importCustomer;
import static com.casedesk.inquiry.ServiceDeskTestData.mailTemplates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseStatus;
import com.casedesk.cases.CaseType;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.customers.CustomerDirectory;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.inquiry.ServiceDeskTestData.TestCustomer;
import com.casedesk.mail.CustomerAnswers;
import com.casedesk.support.CaseDeskTest;

/**
 * {@code generalInquiry} (processes/general-inquiry.bpmn) started directly, as the router calls it: a moving
 * customer's choice, and customer service's answer to anything else.
 */
@CaseDeskTest
class GeneralInquiryProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseStarter starter;
    @Autowired
    CaseManagement cases;
    @Autowired
    CustomerImporter importer;
    @Autowired
    CustomerDirectory customers;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    private ProcessInstance start(String customerNumber, String sender, String text, InquiryIntent intent) {
        return new InquiryFamilyStart(engine, starter, customers).start(CustomerInquiryProcess.GENERAL_INQUIRY_KEY,
                NewCaseRequest.of(CaseType.GENERAL_INQUIRY, customerNumber, sender, null, text).withIntent(intent.name()));
    }

    private void assertAnsweredAndClosed(ProcessInstance instance) {
        assertThat(instance).isEnded().hasPassed("serviceTask_sendAnswer", "endEvent_inquiryAnswered");
        assertThat(cases.get(instance.getBusinessKey()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(mailTemplates(cases, instance.getBusinessKey())).last().isEqualTo(CustomerAnswers.ANSWER_TEMPLATE);
    }

    @ParameterizedTest
    @CsvSource({ "SERVICE_REQUEST, serviceTask_openServiceRequest, SERVICE_REQUEST",
            "TERMINATION, serviceTask_openTermination, TERMINATION" })
    void shouldOpenTheCaseTheMovingCustomerChooses(String choice, String step, CaseType linkedType) {
        // Given a customer of ours who moves (a fresh one: a termination case blocks further ones on the contract)
        TestCustomer customer = importCustomer(importer, "SE", true, "2024-01-15", "OPEN");
        ProcessInstance instance = start(customer.number(), customer.authorizedEmail(), "We are moving in June",
                InquiryIntent.MOVING);
        assertThat(instance).isWaitingAt("userTask_clarifyMoving");
        assertThat(task(instance)).hasCandidateGroup("customer-service");

        complete(task(instance), withVariables("systemOwnership", "CUSTOMER", "movingChoice", choice,
                "newAddress", "Nygatan 5, Uppsala", "answer", "We will contact you."));

        assertThat(instance).hasPassed(step);
        assertAnsweredAndClosed(instance);
        String linked = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(CustomerInquiryProcess.LINKED_CASE_NUMBER)
                .singleResult().getValue();
        assertThat(cases.get(linked).getCaseType()).isEqualTo(linkedType);
        assertThat(cases.get(linked).getCustomerNumber()).isEqualTo(customer.number());
    }

    @Test
    void shouldOpenNothingWhenTheMovingCustomerChoosesNeither() {
        ProcessInstance instance = start("SE-1001", "anna.lind@solros.example", "We might move", InquiryIntent.MOVING);
        assertThat(instance).isWaitingAt("userTask_clarifyMoving");
        complete(task(instance), withVariables("systemOwnership", "RENTED", "movingChoice", "NONE", "answer", "Tell us when."));
        assertThat(instance).hasNotPassed("serviceTask_openServiceRequest", "serviceTask_openTermination");
        assertAnsweredAndClosed(instance);
    }

    @Test
    void shouldLetCustomerServiceAnswerAnythingElse() {
        ProcessInstance instance = start("SE-1003", null, "Can we get a copy of our contract?", InquiryIntent.OTHER);
        assertThat(instance).isWaitingAt("userTask_answerInquiry");
        assertThat(task(instance)).hasCandidateGroup("customer-service");
        complete(task(instance), withVariables("answer", "The contract is attached."));
        assertAnsweredAndClosed(instance);
        assertThat(instance).hasNotPassed("userTask_clarifyMoving");
    }

    @Test
    void shouldAnswerInTheCustomersLanguage() {
        ProcessInstance instance = start("DK-2001", "mette@bagerhansen.example", "Hvad koster det?", InquiryIntent.OTHER);
        complete(task(instance), withVariables("answer", "Det er gratis."));
        List<String> subjects = cases.timeline(instance.getBusinessKey()).stream()
                .filter(e -> e.getKind() == CaseEvent.Kind.MAIL_OUT).map(e -> e.getSummary()).toList();
        assertThat(subjects).singleElement().asString().contains("Svar på din henvendelse");
    }
}
