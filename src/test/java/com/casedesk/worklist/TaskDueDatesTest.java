package com.casedesk.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.casedesk.cases.CaseType;
import com.casedesk.customers.Country;
import com.casedesk.cases.CaseIntake;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.inquiry.ServiceDeskTestData;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.ProcessTestSupport;

/** Every user task gets its due date and priority from the SLA table when it is created, on the real engine. */
@CaseDeskTest
class TaskDueDatesTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseIntake intake;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void shouldDueAFaultTriageCreatedFridayAfternoonFourBusinessHoursLaterOnMonday() {
        ProcessInstance instance = openAt("2026-03-06T15:00+01:00", fault("SE-1001", "SE-S-1001"));

        assertThat(instance).isWaitingAt("userTask_triageFault");
        assertDue(task(instance), Country.SE, "2026-03-09T11:00+01:00");
        assertThat(task(instance).getPriority()).isEqualTo(TaskPriority.NORMAL.value());
    }

    @Test
    void shouldGiveAnUrgentFaultTriagedInOfficeHoursHighPriority() {
        ProcessInstance instance = openAt("2026-03-06T10:00+01:00", fault("SE-1001", "SE-S-1001")
                .urgentAt(OffsetDateTime.parse("2026-03-06T10:00+01:00").toInstant()));

        assertThat(instance).isWaitingAt("userTask_triageFault");
        assertDue(task(instance), Country.SE, "2026-03-06T14:00+01:00");
        assertThat(task(instance).getPriority()).isEqualTo(TaskPriority.HIGH.value());
    }

    @Test
    void shouldGiveTheAlarmCentreOneClockHourForAnUrgentFaultOnASaturdayNight() {
        ProcessInstance instance = openAt("2026-03-07T22:00+01:00", fault("SE-1001", "SE-S-1001")
                .urgentAt(OffsetDateTime.parse("2026-03-07T22:00+01:00").toInstant()));

        assertThat(instance).isWaitingAt("userTask_handleUrgentFault");
        assertDue(task(instance), Country.SE, "2026-03-07T23:00+01:00");
        assertThat(task(instance).getPriority()).isEqualTo(TaskPriority.HIGH.value());
    }

    @Test
    void shouldCountADanishCustomersTaskOverMaundyThursdayWhichIsASwedishWorkingDay() {
        String wednesdayAfternoon = "2026-04-01T15:00+02:00";
        ProcessInstance danish = openAt(wednesdayAfternoon, inquiry("DK-2001"));
        ProcessInstance swedish = openAt(wednesdayAfternoon, inquiry("SE-1002"));

        // 2 business days: 1 h on Wednesday, then DK closes Thursday to Monday, SE Friday to Monday
        assertDue(task(danish), Country.DK, "2026-04-08T15:00+02:00");
        assertDue(task(swedish), Country.SE, "2026-04-07T15:00+02:00");
    }

    @Test
    void shouldGiveAnInvoiceQuestionThreeBusinessDaysFromWhenItReachesBilling() {
        ProcessInstance instance = openAt("2026-03-02T09:00+01:00", inquiry("SE-1002"));
        ProcessTestSupport.setClock(OffsetDateTime.parse("2026-03-02T10:00+01:00").toInstant());

        complete(task(instance), withVariables("intent", "INVOICE_QUESTION"));

        // the task is in the process the inquiry calls for invoice matters
        ProcessInstance invoiceInquiry = calledProcessInstance(instance);
        assertThat(invoiceInquiry).isWaitingAt("userTask_answerInvoiceQuestion");
        assertDue(task(invoiceInquiry), Country.SE, "2026-03-05T10:00+01:00");
    }

    @Test
    void shouldPutCaseTypeCustomerAndSiteCityOnTheProcessInstanceForTheTasklistColumns() {
        ProcessInstance instance = openAt("2026-03-06T10:00+01:00", fault("SE-1001", "SE-S-1001"));

        assertThat(instance).variables().containsEntry(WorklistVariables.CASE_TYPE, "FAULT_REPORT")
                .containsEntry(WorklistVariables.CUSTOMER_NAME, "Bageriet Solros AB")
                .containsEntry(WorklistVariables.SITE_CITY, "Stockholm")
                .containsKey(WorklistVariables.CASE_NUMBER);
    }

    private static NewCaseRequest fault(String customer, String site) {
        return NewCaseRequest.of(CaseType.FAULT_REPORT, customer, null, site, "The panel beeps");
    }

    private static NewCaseRequest inquiry(String customer) {
        return NewCaseRequest.of(CaseType.GENERAL_INQUIRY, customer, null, null, "A question about our contract");
    }

    private ProcessInstance openAt(String time, NewCaseRequest request) {
        ProcessTestSupport.setClock(OffsetDateTime.parse(time).toInstant());
        return ServiceDeskTestData.instance(engine, intake.open(request.receivedAt(OffsetDateTime.parse(time)
                .toInstant())).processInstanceId());
    }

    private static void assertDue(Task task, Country country, String expected) {
        assertThat(task.getDueDate()).as("due date of " + task.getName()).isNotNull();
        assertThat(task.getDueDate().toInstant().atZone(country.zone()).toOffsetDateTime().toString())
                .as("due date of " + task.getName()).isEqualTo(expected);
    }
}
