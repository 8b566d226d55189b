package com.casedesk.intake;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseNumbers;
import com.casedesk.cases.CaseRecord;
import com.casedesk.mail.OutboxMail;
import com.casedesk.mail.OutboxMailRepository;

/**
 * Finds the case a mail answers: the case tag {@code [CD-YYYY-NNNNNN]} in its subject first, else a Message-ID in
 * In-Reply-To / References that we sent (the outbox) or received (the intake log). Case numbers are sequential
 * and shown in every acknowledgement, so a tag proves nothing: the mail threads only into a case its sender is
 * on ({@link CaseCorrespondents}); a case it names that its sender is not on is only reported as mentioned.
 */
@Component
class MailThreading {

    /**
     * @param caseNumber    the case the mail answers or names
     * @param senderBelongs whether the sender is on that case; when not, the mail must not go into it
     */
    record Thread(String caseNumber, boolean senderBelongs) {
    }

    private final CaseManagement cases;
    private final OutboxMailRepository outbox;
    private final IntakeLog log;
    private final CaseCorrespondents correspondents;

    MailThreading(CaseManagement cases, OutboxMailRepository outbox, IntakeLog log, CaseCorrespondents correspondents) {
        this.cases = cases;
        this.outbox = outbox;
        this.log = log;
        this.correspondents = correspondents;
    }

    /** The first named case the sender is on, else the first named case (not to be entered), else empty. */
    Optional<Thread> caseOf(ParsedMail mail) {
        Set<String> named = new LinkedHashSet<>();
        Matcher tag = CaseNumbers.TAG.matcher(mail.subjectOrEmpty());
        while (tag.find()) {
            named.add(tag.group(1));
        }
        for (String reference : mail.references()) {
            outbox.findByMessageId(reference).map(OutboxMail::getCaseNumber).ifPresent(named::add);
            log.caseOfMessage(reference).ifPresent(named::add);
        }
        Thread mentioned = null;
        for (String caseNumber : named) {
            Optional<CaseRecord> found = cases.find(caseNumber);
            if (found.isEmpty()) {
                continue;
            }
            if (correspondents.isOnCase(mail.from(), found.get())) {
                return Optional.of(new Thread(caseNumber, true));
            }
            if (mentioned == null) {
                mentioned = new Thread(caseNumber, false);
            }
        }
        return Optional.ofNullable(mentioned);
    }
}
