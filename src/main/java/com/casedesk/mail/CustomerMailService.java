package com.casedesk.mail;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseNumbers;
import com.casedesk.cases.CaseTexts;
import com.casedesk.cases.CaseManagement;

/**
 * The one way CaseDesk mails a customer. The mail is written to the outbox in the caller's transaction (a
 * process step's), with the case tag in its subject and its Message-ID fixed and recorded on the case; the
 * {@link OutboxSender} delivers it after commit. A step that rolls back therefore sends nothing.
 */
@Service
public class CustomerMailService {

    private final MailTemplates templates;
    private final OutboxMailRepository outbox;
    private final CaseManagement cases;
    private final MailProperties properties;
    private final Clock clock;

    CustomerMailService(MailTemplates templates, OutboxMailRepository outbox, CaseManagement cases,
            MailProperties properties, Clock clock) {
        this.templates = templates;
        this.outbox = outbox;
        this.cases = cases;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param caseNumber the case the mail belongs to (its tag goes in the subject); null for mail outside a case
     * @param to         the recipient's address
     * @param language   sv, da or en (see {@code Country.language()})
     * @param template   a template name in {@code mail-templates/}
     * @param values     the template's placeholders; {@code caseNumber} is added
     * @param inReplyTo  the Message-ID this mail answers, or null
     */
    public record Mail(String caseNumber, String to, String language, String template, Map<String, ?> values,
            String inReplyTo) {

        public Mail(String caseNumber, String to, String language, String template, Map<String, ?> values) {
            this(caseNumber, to, language, template, values, null);
        }
    }

    /** The longest subject of an outgoing mail (a mail header line should stay under 998 characters). */
    static final int MAX_SUBJECT = 250;

    /** Queues the mail and returns its Message-ID. */
    @Transactional
    public String send(Mail mail) {
        Map<String, Object> values = new java.util.HashMap<>(mail.values());
        values.put("caseNumber", mail.caseNumber() == null ? "" : mail.caseNumber());
        MailTemplates.Rendered rendered = templates.render(mail.template(), mail.language(), values);
        // the subject is cut to fit (a customer's 5,000-character subject must not stop the acknowledgement)
        String renderedSubject = rendered.subject().replaceAll("\\s+", " ").strip();
        String subject = mail.caseNumber() == null || renderedSubject.contains(CaseNumbers.tag(mail.caseNumber()))
                ? CaseTexts.cut(renderedSubject, MAX_SUBJECT)
                : CaseNumbers.tag(mail.caseNumber()) + " " + CaseTexts.cut(renderedSubject, MAX_SUBJECT - 20);
        String messageId = "<" + UUID.randomUUID() + "@" + domain() + ">";
        outbox.save(new OutboxMail(mail.caseNumber(), messageId, mail.inReplyTo(), mail.to(), subject,
                rendered.body(), clock.instant()));
        if (mail.caseNumber() != null) {
            cases.record(mail.caseNumber(), CaseEvent.Kind.MAIL_OUT, "Mail to " + mail.to() + ": " + subject,
                    "{\"messageId\":\"" + messageId + "\",\"template\":\"" + mail.template() + "\"}");
        }
        return messageId;
    }

    private String domain() {
        String address = properties.address();
        return address.substring(address.indexOf('@') + 1);
    }
}
