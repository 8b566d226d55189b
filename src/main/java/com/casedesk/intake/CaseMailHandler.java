package com.casedesk.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseRecord;
import com.casedesk.cases.CaseTexts;
import com.casedesk.cases.CaseReplies;
import com.casedesk.cases.CustomerReply;

/**
 * A mail on an open case: delivered to the process when it waits for {@value CustomerReply#MESSAGE}, else a
 * "new mail on case" task for the case's group. An automatic mail (out-of-office, ...) is only put on the
 * timeline: it is nobody's answer. Only a sender on the case gets here ({@link MailThreading}); one who is not an
 * authenticated, authorized contact of the case's customer is flagged on the timeline and delivered as unauthorized.
 */
@Component
class CaseMailHandler {

    private final CaseReplies replies;
    private final CaseManagement cases;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final SenderLookup senders;
    private final MailInRecorder recorder;
    private final SenderAuthentication authentication;
    private final EmailClassificationDecision reading;
    private final Clock clock;
    private final CaseTexts texts;

    CaseMailHandler(CaseReplies replies, CaseManagement cases, RuntimeService runtime, TaskService tasks,
            SenderLookup senders, MailInRecorder recorder, SenderAuthentication authentication,
            EmailClassificationDecision reading, Clock clock, CaseTexts texts) {
        this.texts = texts;
        this.reading = reading;
        this.replies = replies;
        this.cases = cases;
        this.runtime = runtime;
        this.tasks = tasks;
        this.senders = senders;
        this.recorder = recorder;
        this.authentication = authentication;
        this.clock = clock;
    }

    IntakeLog.Outcome onCase(CaseRecord record, ParsedMail mail) {
        String caseNumber = record.getCaseNumber();
        recorder.record(caseNumber, mail, "Mail from " + mail.from() + ": " + mail.subjectOrEmpty());
        if (mail.autoMail() != null) {
            cases.record(caseNumber, CaseEvent.Kind.NOTE, "Automatic mail (" + mail.autoMail() + "): kept on the case only", null);
            return IntakeLog.Outcome.RECORDED;
        }
        SenderLookup.Sender sender = senders.lookup(mail.from());
        SenderAuthentication.Verdict authenticated = authentication.check(mail);
        boolean contactOfCustomer = sender.customerNumber() != null
                && sender.customerNumber().equals(record.getCustomerNumber());
        boolean authorized = sender.authorized() && contactOfCustomer && authenticated.authenticated();
        if (record.getCustomerNumber() != null && !(sender.authorized() && contactOfCustomer)) {
            cases.record(caseNumber, CaseEvent.Kind.NOTE, "Unauthorized sender: " + mail.from() + " is not an authorized"
                    + " contact of customer " + record.getCustomerNumber() + "; what the mail asks for needs one", null);
        }
        if (authenticated.checked() && !authenticated.authenticated()) {
            cases.record(caseNumber, CaseEvent.Kind.NOTE, "Sender not authenticated, taken as unauthorized: "
                    + authenticated.reason(), null);
        }
        ZoneId zone = sender.country() != null ? sender.country().zone() : ZoneId.of("Europe/Stockholm");
        LocalDate received = LocalDate.now(clock.withZone(zone));
        ReplyReading read = reading.readReply(mail.from(), mail.subject(), ReplyIntent.ownLines(mail.text()));
        CustomerReply reply = new CustomerReply(mail.from(), mail.text(), "EMAIL", received, authorized, read.intent(),
                mail.messageId(), read.mentionedDates().stream().flatMap(date -> date.on(received).stream()).toList());
        if (replies.deliver(caseNumber, reply)) {
            return IntakeLog.Outcome.REPLY_DELIVERED;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(com.casedesk.cases.CaseStarter.CASE_NUMBER, caseNumber);
        variables.put(IntakeProcess.CASE_GROUP, groupFor(record));
        variables.put(IntakeProcess.CASE_TYPE, record.getCaseType().name());
        variables.put(IntakeProcess.MAIL_FROM, mail.from());
        variables.put(IntakeProcess.MAIL_SUBJECT, mail.subject());
        variables.put(IntakeProcess.MAIL_TEXT, mail.text());
        variables.put(IntakeProcess.MAIL_MESSAGE_ID, mail.messageId());
        // the task's entry on the timeline comes from the engine plugin, as for every task
        variables.put(com.casedesk.cases.CaseStarter.CASE_LINK, "/cases/" + caseNumber);
        runtime.startProcessInstanceByKey(IntakeProcess.NEW_CASE_MAIL, caseNumber, texts.fit(caseNumber, variables));
        return IntakeLog.Outcome.TASK_CREATED;
    }

    /** The group of the case's open task (the one working on it now), else the group of the case's type. */
    private String groupFor(CaseRecord record) {
        return tasks.createTaskQuery().processInstanceBusinessKey(record.getCaseNumber()).active()
                .orderByTaskCreateTime().desc().list().stream()
                .flatMap(task -> tasks.getIdentityLinksForTask(task.getId()).stream())
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst()
                .orElseGet(() -> CaseGroups.forType(record.getCaseType()));
    }
}
