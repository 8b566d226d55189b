package com.casedesk.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.DecisionRecord;
import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseType;
import com.casedesk.system.Groups;

/**
 * Opens the case for a mail that answers none: the classification decides the type, the sender lookup the
 * customer; a sensitive request from a sender who is not an authorized contact waits for verification.
 */
@Component
class NewCaseHandler {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Stockholm");

    private final EmailClassificationDecision classification;
    private final SenderLookup senders;
    private final CaseOpener opener;
    private final CaseStarter starter;
    private final CaseManagement cases;
    private final MailInRecorder recorder;
    private final AutoReply autoReply;
    private final Clock clock;

    NewCaseHandler(EmailClassificationDecision classification, SenderLookup senders, CaseOpener opener,
            CaseStarter starter, CaseManagement cases, MailInRecorder recorder, AutoReply autoReply, Clock clock) {
        this.classification = classification;
        this.senders = senders;
        this.opener = opener;
        this.starter = starter;
        this.cases = cases;
        this.recorder = recorder;
        this.autoReply = autoReply;
        this.clock = clock;
    }

    /** @param linkedCase the closed case this mail answered, or null */
    String open(ParsedMail mail, String linkedCase) {
        EmailClassification decided = classification.classify(mail.from(), mail.subject(), mail.text());
        SenderLookup.Sender sender = senders.lookup(mail.from());
        String language = sender.country() != null ? sender.country().language() : decided.language();
        LocalDate received = LocalDate.now(clock.withZone(sender.country() != null ? sender.country().zone() : DEFAULT_ZONE));
        String reasons = decided.reasons().stream().map(reason -> reason.text()).collect(Collectors.joining("\n"));
        MailFacts facts = new MailFacts(mail.from(), mail.subject(), mail.text(), mail.messageId(), received, language,
                decided.urgent(), sender.authorized(), sender.customerNumber(), reasons);
        String subject = mail.subject() == null || mail.subject().isBlank() ? "(no subject)" : mail.subject();
        CaseStarter.CaseSubject about = CaseStarter.CaseSubject.of(IntakeLog.cut(subject, 500))
                .withCustomer(sender.customerNumber()).withContactEmail(mail.from());
        if (linkedCase != null) {
            about = about.linkedTo(linkedCase);
        }
        String sensitive = SensitiveRequest.reason(decided.caseType(), mail);
        boolean verify = sensitive != null && !sender.authorized();
        CaseStarter.CaseSubject subjectOfCase = about;
        // the mail and its classification come first on the timeline, before the process's first steps
        CaseStarter.StartedCase started = cases.openWithFirstEntries(caseNumber -> {
            recorder.record(caseNumber, mail, "Mail from " + mail.from() + ": " + subject);
            cases.recordDecision(caseNumber, "Classified as " + decided.caseType()
                    + (decided.urgent() ? " (urgent)" : "") + ", language " + decided.language(),
                    new DecisionRecord("email-classification", Map.of("from", String.valueOf(mail.from()),
                            "subject", String.valueOf(subject)),
                            Map.of("caseType", decided.caseType(), "urgent", decided.urgent(),
                                    "language", decided.language()),
                            decided.reasons(), decided.firedRules(), decided.rulesVersion()));
        }, () -> verify
                ? startVerification(decided.caseType(), subjectOfCase, facts, sensitive)
                : opener.open(new CaseOpener.NewCase(decided.caseType(), subjectOfCase, facts)));
        String caseNumber = started.caseNumber();
        if (linkedCase != null) {
            cases.record(caseNumber, CaseEvent.Kind.NOTE, "Answer to the closed case " + linkedCase, null);
        }
        if (sender.problem() != null) {
            cases.record(caseNumber, CaseEvent.Kind.NOTE, "Customer to identify: " + sender.problem(), null);
        }
        if (verify) {
            cases.record(caseNumber, CaseEvent.Kind.NOTE, "Sender to verify: " + sensitive, null);
        }
        autoReply.send(mail, caseNumber, language,
                verify ? "intake-verification-needed" : "intake-acknowledgement",
                Map.of("subject", subject));
        return caseNumber;
    }

    private CaseStarter.StartedCase startVerification(CaseType type, CaseStarter.CaseSubject about, MailFacts facts,
            String reason) {
        Map<String, Object> variables = facts.variables();
        variables.put(IntakeProcess.CASE_TYPE, type.name());
        variables.put(IntakeProcess.CASE_GROUP, Groups.CUSTOMER_SERVICE);
        variables.put(IntakeProcess.VERIFICATION_REASON, reason);
        return starter.start(type, IntakeProcess.SENDER_VERIFICATION, about, variables);
    }
}
