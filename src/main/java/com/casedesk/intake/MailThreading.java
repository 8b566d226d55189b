package com.casedesk.intake;

import java.util.Optional;
import java.util.regex.Matcher;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseNumbers;
import com.casedesk.mail.OutboxMail;
import com.casedesk.mail.OutboxMailRepository;

/**
 * Finds the case a mail answers: the case tag {@code [CD-YYYY-NNNNNN]} in its subject first, else a Message-ID in
 * In-Reply-To / References that we sent (the outbox) or received (the intake log).
 */
@Component
class MailThreading {

    private final CaseManagement cases;
    private final OutboxMailRepository outbox;
    private final IntakeLog log;

    MailThreading(CaseManagement cases, OutboxMailRepository outbox, IntakeLog log) {
        this.cases = cases;
        this.outbox = outbox;
        this.log = log;
    }

    Optional<String> caseOf(ParsedMail mail) {
        Matcher tag = CaseNumbers.TAG.matcher(mail.subjectOrEmpty());
        while (tag.find()) {
            if (cases.find(tag.group(1)).isPresent()) {
                return Optional.of(tag.group(1));
            }
        }
        for (String reference : mail.references()) {
            Optional<String> ours = outbox.findByMessageId(reference).map(OutboxMail::getCaseNumber);
            if (ours.isPresent()) {
                return ours;
            }
            Optional<String> theirs = log.caseOfMessage(reference);
            if (theirs.isPresent()) {
                return theirs;
            }
        }
        return Optional.empty();
    }
}
