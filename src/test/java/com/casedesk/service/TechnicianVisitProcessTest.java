package com.casedesk.service;

import static com.casedesk.service.TechnicianVisitProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseReplies;
import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseStarter.CaseSubject;
import com.casedesk.cases.CaseType;
import com.casedesk.cases.CustomerReply;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.OutboxMailRepository;
import com.casedesk.mail.OutboxSender;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.MailTestSupport;
import com.casedesk.support.ProcessTestSupport;

@CaseDeskTest
class TechnicianVisitProcessTest {

    // Monday 2 March 2026, 10:00 in Stockholm
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final List<VisitChecklist.Item> TERMINATION_CHECKLIST = List.of(
            new VisitChecklist.Item("DISMANTLE_EQUIPMENT", "Dismantle the equipment"),
            new VisitChecklist.Item("HAND_OVER_KEY", "Hand over the key from the key box"),
            new VisitChecklist.Item("REMOVE_SIGNS", "Remove the security signs"));

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired CaseStarter starter;
    @Autowired CaseManagement cases;
    @Autowired CaseReplies replies;
    @Autowired OutboxSender outbox;
    @Autowired OutboxMailRepository outboxMails;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired TestRestTemplate rest;

    String contactEmail;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        ProcessTestSupport.setClock(NOW);
        contactEmail = "visit-" + UUID.randomUUID() + "@example.test";
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void shouldScheduleConfirmAndRecordTheReportOfACompleteChecklist() {
        // Given a visit for a Swedish customer's site
        CaseStarter.StartedCase visit = startVisit(TERMINATION_CHECKLIST, "2026-05-30");
        ProcessInstance pi = instance(visit);
        assertThat(pi).isWaitingAt(USER_TASK_SCHEDULE_VISIT);
        assertThat(task()).hasCandidateGroup("service-coordination");
        assertThat(deployedForm(task())).contains("\"id\": \"form_scheduleVisit\"", "\"key\": \"visitTechnician\"");
        assertThat(pi).variables().containsEntry(CUSTOMER_NAME, "Bageriet Solros AB")
                .containsEntry(SITE_ADDRESS, "Storgatan 1, 111 22 Stockholm").containsEntry(VISIT_ITEM_COUNT, 3)
                .containsEntry(itemCode(2), "HAND_OVER_KEY")
                // the technician reads the checklist in the Swedish customer's language
                .containsEntry(itemText(2), "Lämna över nyckeln i nyckelskåpet till kunden.");

        // When the coordinator agrees a time
        complete(task(), appointment("2026-03-10", "09:30", "Tekniker Tor"));

        // Then the customer gets a Swedish confirmation with the case tag, and the technician's task waits
        assertThat(pi).isWaitingAt(USER_TASK_PERFORM_VISIT);
        assertThat(task()).hasCandidateGroup("technical-support");
        assertThat(deployedForm(task())).contains("\"id\": \"form_performVisit\"", "\"key\": \"visitItem8Status\"");
        MimeMessage mail = mails(1).get(0);
        assertThat(subject(mail)).contains("[" + visit.caseNumber() + "]").contains("teknikerbesök 2026-03-10 kl. 09:30");

        // When the technician confirms two items and marks one not applicable with a reason
        complete(task(), withVariables(itemStatus(1), STATUS_DONE, itemStatus(2), STATUS_DONE,
                itemStatus(3), STATUS_NOT_APPLICABLE, itemReason(3), "The customer keeps the signs for the next supplier"));

        // Then the report is on the case timeline and in the output variables
        assertThat(pi).hasPassedInOrder(USER_TASK_SCHEDULE_VISIT, "serviceTask_sendVisitConfirmation",
                USER_TASK_PERFORM_VISIT, "serviceTask_recordVisitReport").isEnded();
        Map<String, Object> out = historicVariables(pi);
        assertThat((String) out.get(VISIT_REPORT)).contains("\"code\":\"REMOVE_SIGNS\"", "\"status\":\"NOT_APPLICABLE\"",
                "keeps the signs for the next supplier");
        // and what the customer will read says what was done in Swedish, without the internal codes
        assertThat((String) out.get(VISIT_REPORT_SUMMARY)).contains(
                "Teknikern har kopplat ur larmsystemet och demonterat utrustningen.",
                "Nyckeln från nyckelskåpet har lämnats tillbaka till er.",
                "Det behövdes inte: The customer keeps the signs for the next supplier")
                .doesNotContain("DISMANTLE_EQUIPMENT", "HAND_OVER_KEY", "REMOVE_SIGNS", "done");
        assertThat(out.get(VISIT_COMPLETED_AT)).isEqualTo(NOW.toString());
        assertThat(timeline(visit)).anyMatch(e -> e.getKind() == CaseEvent.Kind.TASK
                && e.getSummary().startsWith("Visit report (Tekniker Tor, 2026-03-10)"));
    }

    @Test
    void shouldRefuseAChecklistWithAnItemNeitherDoneNorNotApplicable() {
        // Given a visit waiting for the technician
        ProcessInstance pi = instance(startVisitAt(TERMINATION_CHECKLIST));

        // When the technician leaves item 2 open, then the completion is refused naming it, and the task still waits
        assertThatThrownBy(() -> tasks.complete(task(pi).getId(), Map.of(itemStatus(1), STATUS_DONE, itemStatus(3), STATUS_DONE)))
                .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(VisitInputException.class)
                .hasMessageContaining(itemStatus(2) + " (HAND_OVER_KEY): neither confirmed done nor marked not applicable");
        assertThat(pi).isWaitingAt(USER_TASK_PERFORM_VISIT);
    }

    @Test
    void shouldRefuseAnItemMarkedNotApplicableWithoutAReason() {
        ProcessInstance pi = instance(startVisitAt(TERMINATION_CHECKLIST));

        assertThatThrownBy(() -> tasks.complete(task(pi).getId(), Map.of(itemStatus(1), STATUS_DONE,
                itemStatus(2), STATUS_NOT_APPLICABLE, itemReason(2), "  ", itemStatus(3), STATUS_DONE)))
                .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(VisitInputException.class)
                .hasMessageContaining(itemReason(2) + " (HAND_OVER_KEY): marked not applicable without a reason");
        assertThat(pi).isWaitingAt(USER_TASK_PERFORM_VISIT);
    }

    @Test
    void shouldRefuseAnAppointmentAfterTheLatestDateOrInThePast() {
        // Given a visit that must take place by 20 March
        ProcessInstance pi = instance(startVisit(TERMINATION_CHECKLIST, "2026-03-20"));

        // Then the coordinator cannot book it after that day, nor yesterday, nor without a technician or a valid time
        assertThatThrownBy(() -> tasks.complete(task(pi).getId(), appointment("2026-03-21", "10:00", "Tor")))
                .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(VisitInputException.class)
                .hasMessageContaining("visitDate: 2026-03-21 is too late, the visit must take place on or before 2026-03-20");
        assertThatThrownBy(() -> tasks.complete(task(pi).getId(), appointment("2026-03-01", "25:00", " ")))
                .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(VisitInputException.class)
                .hasMessageContaining("visitDate: 2026-03-01 is in the past")
                .hasMessageContaining("visitTime: '25:00' is not a time HH:MM")
                .hasMessageContaining("visitTechnician: required");
        assertThat(pi).isWaitingAt(USER_TASK_SCHEDULE_VISIT);
    }

    @Test
    void shouldGoBackToSchedulingWhenTheCustomerRepliesWithARescheduleRequest() {
        // Given a confirmed visit
        CaseStarter.StartedCase visit = startVisitAt(TERMINATION_CHECKLIST);
        ProcessInstance pi = instance(visit);

        // When the customer replies asking for another time
        boolean delivered = replies.deliver(visit.caseNumber(), new CustomerReply(contactEmail, "Vi är bortresta den veckan",
                "EMAIL", LocalDate.of(2026, 3, 3), true, CustomerReply.INTENT_RESCHEDULE, "<r1@example.test>"));

        // Then the coordinator schedules again, seeing why, and the customer is told a new time will be agreed
        assertThat(delivered).isTrue();
        assertThat(pi).isWaitingAt(USER_TASK_SCHEDULE_VISIT).hasPassed("serviceTask_recordRescheduleRequest");
        assertThat(pi).variables().containsEntry(VISIT_RESCHEDULE_REASON, "Vi är bortresta den veckan");
        assertThat(subject(mails(2).get(1))).isEqualTo("[" + visit.caseNumber()
                + "] Vi har tagit emot din begäran om en ny tid för teknikerbesöket");
        // and when a new time is agreed, gets a new confirmation
        complete(task(), appointment("2026-03-17", "13:00", "Tekniker Tor"));
        assertThat(pi).isWaitingAt(USER_TASK_PERFORM_VISIT);
        assertThat(pi).variables().doesNotContainKey(VISIT_RESCHEDULE_REASON).containsEntry(VISIT_DATE, "2026-03-17");
        assertThat(subject(mails(3).get(2))).contains("2026-03-17 kl. 13:00");
        assertThat(timeline(visit)).anyMatch(e -> e.getSummary().startsWith("Visit to be rescheduled, asked by " + contactEmail));
    }

    @Test
    void shouldGoBackToSchedulingAndConfirmTheCancellationRequestWhenTheCustomerCancelsByMail() throws Exception {
        // Given a confirmed visit
        CaseStarter.StartedCase visit = startVisitAt(TERMINATION_CHECKLIST);
        ProcessInstance pi = instance(visit);

        // When the customer replies that the visit is not wanted
        replies.deliver(visit.caseNumber(), new CustomerReply(contactEmail, "Vi vill avboka besöket",
                "EMAIL", LocalDate.of(2026, 3, 3), true, CustomerReply.INTENT_CANCEL, "<c1@example.test>"));

        // Then the coordinator gets the visit back with the request, and the customer is answered in Swedish
        assertThat(pi).isWaitingAt(USER_TASK_SCHEDULE_VISIT).hasPassed("serviceTask_recordRescheduleRequest");
        assertThat(pi).variables().containsEntry(VISIT_RESCHEDULE_REASON, "Vi vill avboka besöket");
        MimeMessage answer = mails(2).get(1);
        assertThat(subject(answer)).isEqualTo("[" + visit.caseNumber() + "] Vi har tagit emot din avbokning av teknikerbesöket");
        assertThat(answer.getContent().toString()).contains("koordinator kontaktar dig för att bekräfta avbokningen");
        assertThat(answer.getHeader("In-Reply-To")[0]).isEqualTo("<c1@example.test>");
        assertThat(timeline(visit)).anyMatch(e -> e.getSummary().startsWith("Visit cancellation asked by " + contactEmail));
    }

    @Test
    void shouldKeepTheTaskAndItsClaimAndNoteAReplyThatDoesNotAskToReschedule() {
        // Given a confirmed visit whose task a technician has claimed
        CaseStarter.StartedCase visit = startVisitAt(TERMINATION_CHECKLIST);
        ProcessInstance pi = instance(visit);
        String taskId = task(pi).getId();
        tasks.claim(taskId, "tekniker-tor");

        // When the customer replies without asking for another time
        replies.deliver(visit.caseNumber(), new CustomerReply(contactEmail, "Tack, koden till porten är 1234",
                "EMAIL", LocalDate.of(2026, 3, 3), true, null, "<r2@example.test>"));

        // Then the reply is on the timeline, and the same task waits, still claimed: the visit does not change
        assertThat(pi).hasPassed("serviceTask_recordVisitReply", "endEvent_replyNoted").isWaitingAt(USER_TASK_PERFORM_VISIT);
        assertThat(task(pi).getId()).isEqualTo(taskId);
        assertThat(task(pi).getAssignee()).isEqualTo("tekniker-tor");
        assertThat(pi).variables().containsEntry(VISIT_DATE, "2026-03-10");
        assertThat(timeline(visit)).anyMatch(e -> e.getSummary().contains("koden till porten"));
        assertThat(mails(1)).hasSize(1);
    }

    @Test
    void shouldGoBackToSchedulingWhenAHandlerReschedulesThroughTheApi() {
        // Given a confirmed visit
        CaseStarter.StartedCase visit = startVisitAt(TERMINATION_CHECKLIST);
        ProcessInstance pi = instance(visit);

        // When a handler posts the customer's call
        ResponseEntity<String> response = api().postForEntity("/api/cases/" + visit.caseNumber() + "/reschedule",
                Map.of("reason", "Customer called: ill that day", "preferredDate", "2026-03-12"), String.class);

        // Then the visit is back at scheduling with the reason and the preferred day
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(pi).isWaitingAt(USER_TASK_SCHEDULE_VISIT);
        assertThat(pi).variables().containsEntry(VISIT_RESCHEDULE_REASON, "Customer called: ill that day")
                .containsEntry(VISIT_PREFERRED_DATE, "2026-03-12");

        // And a second request while it is being scheduled is a conflict: no visit waits
        ResponseEntity<String> again = api().postForEntity("/api/cases/" + visit.caseNumber() + "/reschedule",
                Map.of("reason", "again"), String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("has no technician visit waiting");
    }

    @Test
    void shouldAnswerRescheduleRequestsForUnknownCasesOrWithoutReasonWithClearErrors() {
        CaseStarter.StartedCase visit = startVisitAt(TERMINATION_CHECKLIST);

        ResponseEntity<String> unknown = api().postForEntity("/api/cases/CD-2026-999999/reschedule",
                Map.of("reason", "x"), String.class);
        ResponseEntity<String> noReason = api().postForEntity("/api/cases/" + visit.caseNumber() + "/reschedule",
                Map.of("preferredDate", "2026-03-12"), String.class);
        ResponseEntity<String> past = api().postForEntity("/api/cases/" + visit.caseNumber() + "/reschedule",
                Map.of("reason", "x", "preferredDate", "2026-02-01"), String.class);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("\"field\":\"reason\"");
        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(past.getBody()).contains("\"field\":\"preferredDate\"");
        assertThat(instance(visit)).isWaitingAt(USER_TASK_PERFORM_VISIT);
    }

    @Test
    void shouldRefuseToStartForASiteOfAnotherCustomerOrWithoutChecklist() {
        Map<String, Object> variables = new HashMap<>(visitVariables(List.of(), null));
        variables.put(SITE_ID, "SE-S-1002");

        assertThatThrownBy(() -> starter.start(CaseType.SERVICE_REQUEST, PROCESS_KEY,
                CaseSubject.of("Visit").withCustomer("SE-1001"), variables))
                .hasMessageContaining("siteId: 'SE-S-1002' is not a site of customer SE-1001")
                .hasMessageContaining("visitChecklist: the visit needs at least one checklist item");
    }

    // --- helpers

    private CaseStarter.StartedCase startVisit(List<VisitChecklist.Item> checklist, String latestDate) {
        return starter.start(CaseType.SERVICE_REQUEST, PROCESS_KEY,
                CaseSubject.of("Technician visit").withCustomer("SE-1001").withSite("SE-S-1001"),
                visitVariables(checklist, latestDate));
    }

    /** A visit already agreed for 10 March 2026 09:30, waiting for the technician. */
    private CaseStarter.StartedCase startVisitAt(List<VisitChecklist.Item> checklist) {
        CaseStarter.StartedCase visit = startVisit(checklist, "2026-05-30");
        complete(task(instance(visit)), appointment("2026-03-10", "09:30", "Tekniker Tor"));
        assertThat(instance(visit)).isWaitingAt(USER_TASK_PERFORM_VISIT);
        return visit;
    }

    private Map<String, Object> visitVariables(List<VisitChecklist.Item> checklist, String latestDate) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CUSTOMER_NUMBER, "SE-1001");
        variables.put(SITE_ID, "SE-S-1001");
        variables.put(VISIT_PURPOSE, "Dismantle before the contract ends");
        variables.put(VISIT_CHECKLIST, VisitChecklist.toJson(checklist));
        variables.put(VISIT_CONTACT_EMAIL, contactEmail);
        variables.put(VISIT_LATEST_DATE, latestDate);
        return variables;
    }

    private static Map<String, Object> appointment(String date, String time, String technician) {
        return withVariables(VISIT_DATE, date, VISIT_TIME, time, VISIT_TECHNICIAN, technician);
    }

    private void complete(org.camunda.bpm.engine.task.Task task, Map<String, Object> variables) {
        tasks.complete(task.getId(), variables);
    }

    private ProcessInstance instance(CaseStarter.StartedCase visit) {
        // taken while the instance runs; assertions on it keep working after it ended (they read history)
        return runtime.createProcessInstanceQuery().processInstanceId(visit.processInstanceId()).singleResult();
    }

    private String deployedForm(org.camunda.bpm.engine.task.Task task) {
        try (var form = engine.getFormService().getDeployedTaskForm(task.getId())) {
            return new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private Map<String, Object> historicVariables(ProcessInstance pi) {
        Map<String, Object> values = new HashMap<>();
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
                .forEach(v -> values.put(v.getName(), v.getValue()));
        return values;
    }

    private List<CaseEvent> timeline(CaseStarter.StartedCase visit) {
        return cases.timeline(visit.caseNumber());
    }

    private List<MimeMessage> mails(int count) {
        return MailTestSupport.inWrittenOrder(
                MailTestSupport.awaitMails(outbox, mailServer, contactEmail, count, Duration.ofSeconds(10)), outboxMails);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private TestRestTemplate api() {
        return rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD);
    }
}
