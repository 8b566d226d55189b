package com.casedesk.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseType;
import com.casedesk.cases.CaseIntake;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.OutboxSender;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.MailTestSupport;
import com.casedesk.support.ProcessTestSupport;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** An overdue task escalates once, on the real engine with a moved clock and the real outbox and mail server. */
@CaseDeskTest
class OverdueTaskEscalationTest {

    private static final String TECHNICAL_SUPPORT_LEAD = "technical-support-lead@casedesk.local";

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseIntake intake;
    @Autowired
    CaseManagement cases;
    @Autowired
    OverdueTaskEscalation escalation;
    @Autowired
    OutboxSender outbox;
    @Autowired
    EmbeddedMailServer mailServer;

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void shouldRaisePriorityListAsOverdueMailTheLeadOnceAndWriteTheTimelineWhenATaskIsOverdue() throws Exception {
        // Given a fault triage opened Wednesday 10:00, due 14:00 the same day
        ProcessTestSupport.setClock(OffsetDateTime.parse("2026-03-04T10:00+01:00").toInstant());
        String caseNumber = intake.open(NewCaseRequest.of(CaseType.FAULT_REPORT, "SE-1003", null, "SE-S-1004",
                "The alarm panel shows a fault")).caseNumber();
        Task task = task(caseNumber);
        assertThat(task.getPriority()).isEqualTo(TaskPriority.NORMAL.value());

        // When the scan runs before it is due, nothing happens to it
        escalation.scan();
        assertThat(task(caseNumber).getPriority()).isEqualTo(TaskPriority.NORMAL.value());
        assertThat(escalations(caseNumber)).isEmpty();

        // When the scan runs after the due time, and again a day later
        ProcessTestSupport.moveClock(Duration.ofHours(4).plusMinutes(1));
        escalation.scan();
        ProcessTestSupport.moveClock(Duration.ofDays(1));
        escalation.scan();

        // Then the task is escalated once: higher priority, in the Overdue queue, one mail, one timeline entry
        assertThat(task(caseNumber).getPriority())
                .isEqualTo(TaskPriority.NORMAL.value() + TaskPriority.ESCALATION_RAISE);
        assertThat(tasksOf("Technical support: Overdue")).contains(task.getId());
        assertThat(escalations(caseNumber)).hasSize(1).first().satisfies(event -> assertThat(event.getSummary())
                .contains("Triage fault", "overdue", "technical-support notified"));
        // the lead's mailbox holds other tests' escalations too: wait for this case's
        MailTestSupport.awaitMailsAbout(outbox, mailServer, TECHNICAL_SUPPORT_LEAD, caseNumber, 1, Duration.ofSeconds(20));
        List<MimeMessage> leadMails = MailTestSupport.mailsTo(mailServer, TECHNICAL_SUPPORT_LEAD).stream()
                .filter(mail -> subject(mail).contains(caseNumber)).toList();
        assertThat(leadMails).hasSize(1);
        assertThat(subject(leadMails.get(0))).contains("Overdue: Triage fault");
    }

    private Task task(String caseNumber) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    private List<CaseEvent> escalations(String caseNumber) {
        return cases.timeline(caseNumber).stream().filter(event -> event.getKind() == CaseEvent.Kind.ESCALATION)
                .toList();
    }

    private List<String> tasksOf(String filterName) {
        Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
        return engine.getFilterService().<Task>list(filter.getId()).stream().map(Task::getId).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
