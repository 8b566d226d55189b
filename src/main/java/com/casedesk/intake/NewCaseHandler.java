package com.casedesk.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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
    private final SenderAuthentication authentication;
    private final Clock clock;

    NewCaseHandler(EmailClassificationDecision classification, SenderLookup senders, CaseOpener opener,
            CaseStarter starter, CaseManagement cases, MailInRecorder recorder, AutoReply autoReply,
            SenderAuthentication authentication, Clock clock) {
        this.classification = classification;
        this.senders = senders;
        this.opener = opener;
        this.starter = starter;
        this.cases = cases;
        this.recorder = recorder;
        this.autoReply = autoReply;
        this.authentication = authentication;
        this.clock = clock;
    }

    /** @param linkedCase the closed case this mail answered, or null */
    String open(ParsedMail mail, String linkedCase) {
        return open(mail, linkedCase, null);
    }

    /**
     * A mail naming a case (tag, In-Reply-To, References) whose sender is not on it: a case of its own, flagged for
     * a handler; the named case is kept for admins only and nothing of it reaches the sender.
     */
    String openForStranger(ParsedMail mail, String mentionedCase) {
        return open(mail, null, mentionedCase);
    }

    private String open(ParsedMail mail, String linkedCase, String mentionedCase) {
        EmailClassification decided = classification.classify(mail.from(), mail.subject(), mail.text());
        SenderLookup.Sender sender = senders.lookup(mail.from());
        String language = sender.country() != null ? sender.country().language() : decided.language();
        LocalDate received = LocalDate.now(clock.withZone(sender.country() != null ? sender.country().zone() : DEFAULT_ZONE));
        String reasons = decided.reasons().stream().map(reason -> reason.text()).collect(Collectors.joining("\n"));
        String written = mail.subject() == null || mail.subject().isBlank() ? "(no subject)" : mail.subject();
        // the case a stranger named is not repeated back to them, nor kept in the new case's subject
        String subject = mentionedCase == null ? written : withoutTag(written, mentionedCase);
        SenderAuthentication.Verdict authenticated = authentication.check(mail);
        boolean authorized = sender.authorized() && authenticated.authenticated();
        MailFacts facts = new MailFacts(mail.from(), mentionedCase == null ? mail.subject() : subject, mail.text(),
                mail.messageId(), received, language, decided.urgent(), authorized, sender.customerNumber(), reasons,
                decided.invoiceNumber(), decided.inquiryIntent(), isoDates(decided, received));
        CaseStarter.CaseSubject about = CaseStarter.CaseSubject.of(IntakeLog.cut(subject, 500))
                .withCustomer(sender.customerNumber()).withContactEmail(mail.from());
        if (linkedCase != null) {
            about = about.linkedTo(linkedCase);
        }
        String sensitive = SensitiveRequest.reason(decided.caseType(), mail);
        boolean verify = sensitive != null && !authorized;
        CaseStarter.CaseSubject subjectOfCase = about;
        // the mail and its classification come first on the timeline, before the process's first steps
        CaseStarter.StartedCase started = cases.openWithFirstEntries(caseNumber -> {
            recorder.record(caseNumber, mail, "Mail from " + mail.from() + ": " + subject);
            cases.recordDecision(caseNumber, "Classified as " + decided.caseType()
                    + (decided.urgent() ? " (urgent)" : "")
                    + (decided.inquiryIntent() != null ? ", asking for " + decided.inquiryIntent() : "")
                    + ", language " + decided.language(),
                    new DecisionRecord("email-classification", Map.of("from", String.valueOf(mail.from()),
                            "subject", String.valueOf(subject)),
                            classificationOutcome(decided),
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
        if (mentionedCase != null) {
            cases.markMentioned(caseNumber, mentionedCase);
            cases.record(caseNumber, CaseEvent.Kind.NOTE, "Check the sender: the mail mentions " + mentionedCase
                    + ", sender " + mail.from() + " not on that case; opened as a case of its own", null);
        }
        if (authenticated.checked() && !authenticated.authenticated()) {
            cases.record(caseNumber, CaseEvent.Kind.NOTE, "Sender not authenticated: " + authenticated.reason(), null);
        }
        if (verify) {
            String why = sender.authorized() ? sensitive + "; " + mail.from() + " is an authorized contact's address,"
                    + " but the sender is not authenticated (" + authenticated.reason() + ")" : sensitive;
            cases.record(caseNumber, CaseEvent.Kind.NOTE, "Sender to verify: " + why, null);
        }
        autoReply.send(mail, caseNumber, language,
                verify ? "intake-verification-needed" : "intake-acknowledgement",
                Map.of("subject", subject));
        return caseNumber;
    }

    private static String withoutTag(String subject, String caseNumber) {
        String stripped = subject.replace("[" + caseNumber + "]", "").replace(caseNumber, "").replaceAll("\\s+", " ").strip();
        return stripped.isEmpty() ? "(no subject)" : stripped;
    }

    private static Map<String, Object> classificationOutcome(EmailClassification decided) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("caseType", decided.caseType());
        outcome.put("urgent", decided.urgent());
        outcome.put("language", decided.language());
        if (decided.inquiryIntent() != null) {
            outcome.put("inquiryIntent", decided.inquiryIntent());
        }
        return outcome;
    }

    private static String isoDates(EmailClassification decided, LocalDate received) {
        String dates = decided.mentionedDates().stream().flatMap(date -> date.on(received).stream())
                .map(LocalDate::toString).distinct().collect(Collectors.joining(","));
        return dates.isEmpty() ? null : dates;
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
