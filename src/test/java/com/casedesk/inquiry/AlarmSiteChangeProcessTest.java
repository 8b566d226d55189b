package com.casedesk.inquiry;

import static com.casedesk.inquiry.ServiceDeskTestData.importCustomer;
import static com.casedesk.inquiry.ServiceDeskTestData.mailTemplates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseStatus;
import com.casedesk.cases.CaseType;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.customers.CustomerDirectory;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.customers.SiteAlarmNotes;
import com.casedesk.inquiry.ServiceDeskTestData.TestCustomer;
import com.casedesk.mail.CustomerAnswers;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.OutboxSender;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.MailTestSupport;

/**
 * {@code alarmSiteChange} (processes/alarm-site-change.bpmn) started directly, as the router calls it: the
 * sensitive changes for an authorized contact and their refusal for anyone else, the arm/disarm check and the
 * test mode.
 */
@CaseDeskTest
class AlarmSiteChangeProcessTest {

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
    @Autowired
    SiteAlarmNotes siteNotes;
    @Autowired
    OutboxSender outbox;
    @Autowired
    EmbeddedMailServer mailServer;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    private ProcessInstance start(String customerNumber, String sender, String text, InquiryIntent intent) {
        return new InquiryFamilyStart(engine, starter, customers).start(CustomerInquiryProcess.ALARM_SITE_CHANGE_KEY,
                NewCaseRequest.of(CaseType.GENERAL_INQUIRY, customerNumber, sender, null, text).withIntent(intent.name()));
    }

    private void assertAnsweredAndClosed(ProcessInstance instance, String endEvent, String template) {
        assertThat(instance).isEnded().hasPassed(endEvent);
        assertThat(cases.get(instance.getBusinessKey()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(mailTemplates(cases, instance.getBusinessKey())).last().isEqualTo(template);
    }

    @ParameterizedTest
    @CsvSource({ "ACTION_INSTRUCTION_CHANGE, userTask_changeActionInstruction, alarm-centre",
            "PERSONAL_CODE, userTask_issuePersonalCode, technical-support",
            "KEY_ORDER, userTask_orderKeys, customer-service" })
    void shouldCarryOutASensitiveChangeForAnAuthorizedContact(InquiryIntent intent, String userTask, String group) {
        // Given the customer's authorized contact asks
        ProcessInstance instance = start("SE-1001", "anna.lind@solros.example", "Please change it", intent);

        // Then the right group carries it out
        assertThat(instance).hasPassed("serviceTask_checkAuthorization").isWaitingAt(userTask);
        assertThat(task(instance)).hasCandidateGroup(group);
        complete(task(instance), withVariables("actionInstructionChange", "x", "personalCodeHandling", "x", "keyOrder", "x",
                "answer", "Done."));
        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", CustomerAnswers.ANSWER_TEMPLATE);
    }

    @ParameterizedTest
    @EnumSource(value = InquiryIntent.class, names = { "ACTION_INSTRUCTION_CHANGE", "PERSONAL_CODE", "KEY_ORDER" })
    void shouldRefuseASensitiveChangeForAContactWhoIsNotAuthorized(InquiryIntent intent) {
        // Given a contact of the customer who is not authorized
        TestCustomer customer = importCustomer(importer, "SE", true, "2024-01-15", "OPEN");

        // When they ask for the sensitive change
        ProcessInstance instance = start(customer.number(), customer.unauthorizedEmail(), "Please change it", intent);

        // Then they are told the authorized person must ask, and no task changes anything
        assertAnsweredAndClosed(instance, "endEvent_authorizationRefused", "servicedesk-authorized-person-required");
        assertThat(instance).hasNotPassed("userTask_changeActionInstruction", "userTask_issuePersonalCode", "userTask_orderKeys",
                "serviceTask_sendAnswer");
        assertThat(MailTestSupport.awaitMails(outbox, mailServer, customer.unauthorizedEmail(), 1, Duration.ofSeconds(10)))
                .hasSize(1);
    }

    @Test
    void shouldRecordTheAgreedArmDisarmCheckOnTheSite() {
        TestCustomer customer = importCustomer(importer, "SE", true, "2024-01-15", "OPEN");
        ProcessInstance instance = start(customer.number(), customer.authorizedEmail(),
                "We want you to check that the alarm is armed in the evening", InquiryIntent.ARM_DISARM_CHECK);
        assertThat(instance).isWaitingAt("userTask_agreeArmDisarmCheck").hasNotPassed("serviceTask_checkAuthorization");
        assertThat(task(instance)).hasCandidateGroup("alarm-centre");

        complete(task(instance), withVariables("armBy", "18:00", "disarmBy", "07:30", "checkDays", "Monday-Friday",
                "answer", "Agreed."));

        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", CustomerAnswers.ANSWER_TEMPLATE);
        assertThat(instance).hasPassed("serviceTask_recordArmDisarmCheck");
        assertThat(siteNotes.notes(customer.siteId())).singleElement()
                .satisfies(note -> assertThat(note.details()).contains("18:00", "07:30", "Monday-Friday"));
    }

    @Test
    void shouldRecordAnAnnouncedTestModeOnTheSite() {
        TestCustomer customer = importCustomer(importer, "DK", true, "2024-01-15", "OPEN");
        ProcessInstance instance = start(customer.number(), customer.authorizedEmail(), "We want to test the alarm",
                InquiryIntent.TEST_MODE);
        assertThat(instance).isWaitingAt("userTask_planTestMode");
        assertThat(task(instance)).hasCandidateGroup("alarm-centre");

        complete(task(instance), withVariables("testDate", "2026-05-04", "testFrom", "10:00", "testUntil", "11:00",
                "answer", "Call the alarm centre first."));

        assertAnsweredAndClosed(instance, "endEvent_inquiryAnswered", CustomerAnswers.ANSWER_TEMPLATE);
        // 10:00 in Copenhagen is 08:00 UTC in May
        assertThat(siteNotes.testModeAnnounced(customer.siteId(), Instant.parse("2026-05-04T08:30:00Z"))).isTrue();
        assertThat(siteNotes.testModeAnnounced(customer.siteId(), Instant.parse("2026-05-04T09:00:00Z"))).isFalse();
    }
}
