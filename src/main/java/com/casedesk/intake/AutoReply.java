package com.casedesk.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.mail.CustomerMailService;
import com.casedesk.mail.MailProperties;

/**
 * The one automatic answer to an incoming mail (acknowledgement or "we must verify you first"), unless the mail
 * must not be answered (see {@link LoopGuard}) or the sender reached the daily limit. Either way the case says so.
 */
@Component
class AutoReply {

    private final CustomerMailService mails;
    private final AutoMailLimit limit;
    private final CaseManagement cases;
    private final MailProperties properties;
    private final Clock clock;

    AutoReply(CustomerMailService mails, AutoMailLimit limit, CaseManagement cases, MailProperties properties,
            Clock clock) {
        this.mails = mails;
        this.limit = limit;
        this.cases = cases;
        this.properties = properties;
        this.clock = clock;
    }

    void send(ParsedMail mail, String caseNumber, String language, String template, Map<String, ?> values) {
        if (mail.autoMail() != null) {
            cases.record(caseNumber, CaseEvent.Kind.NOTE, "No automatic answer: the mail is automatic (" + mail.autoMail() + ")", null);
            return;
        }
        if (mail.from().equalsIgnoreCase(properties.address())) {
            cases.record(caseNumber, CaseEvent.Kind.NOTE, "No automatic answer: the mail comes from our own address", null);
            return;
        }
        if (!limit.tryAcquire(mail.from(), LocalDate.now(clock))) {
            cases.record(caseNumber, CaseEvent.Kind.NOTE, "No automatic answer: " + mail.from() + " already got "
                    + properties.intake().autoMailsPerAddressPerDay() + " automatic mails today", null);
            return;
        }
        mails.send(new CustomerMailService.Mail(caseNumber, mail.from(), language, template, values, mail.messageId()));
    }
}
