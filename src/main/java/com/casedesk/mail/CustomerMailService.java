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
    private final MailGreeting greetings;
    private final Clock clock;

    CustomerMailService(MailTemplates templates, OutboxMailRepository outbox, CaseManagement cases,
            MailProperties properties, MailGreeting greetings, Clock clock) {
        this.greetings = greetings;
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
     * @param attachment a file sent with the mail, or null
     */
    public record Mail(String caseNumber, String to, String language, String template, Map<String, ?> values,
            String inReplyTo, Attachment attachment) {

        public Mail(String caseNumber, String to, String language, String template, Map<String, ?> values,
                String inReplyTo) {
            this(caseNumber, to, language, template, values, inReplyTo, null);
        }

        public Mail(String caseNumber, String to, String language, String template, Map<String, ?> values) {
            this(caseNumber, to, language, template, values, null, null);
        }
    }

    /** The longest subject of an outgoing mail (a mail header line should stay under 998 characters). */
    static final int MAX_SUBJECT = 250;

    /** A file sent with a mail, e.g. {@code SE-I-1001.pdf}, {@code application/pdf}. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** Case tags such as [CD-2026-000012] that a subject quotes (a reply to an earlier case quotes its tag). */
    private static final java.util.regex.Pattern QUOTED_TAG = java.util.regex.Pattern.compile(
            "\\s*" + CaseNumbers.TAG.pattern() + "\\s*");
    /** Reply and forward prefixes of mail clients in sv, da and en. */
    private static final java.util.regex.Pattern REPLY_PREFIX = java.util.regex.Pattern.compile(
            "^(?i)((re|sv|aw|vs|fw|fwd|vb|antw)\\s*:\\s*)+");

    /** Queues the mail and returns its Message-ID. */
    @Transactional
    public String send(Mail mail) {
        Map<String, Object> values = new java.util.HashMap<>(mail.values());
        values.put("caseNumber", mail.caseNumber() == null ? "" : mail.caseNumber());
        MailGreeting.Standard standard = greetings.of(mail.caseNumber(), mail.to(), mail.language());
        values.putIfAbsent("greeting", standard.greeting());
        values.putIfAbsent("customerServicePhone", standard.office().customerServicePhone());
        values.putIfAbsent("alarmCentrePhone", standard.office().alarmCentrePhone());
        values.putIfAbsent("postalAddress", standard.office().postalAddress());
        // what a handler wrote (an answer, a billing note) goes in without the handler's own greeting and sign-off
        values.computeIfPresent("answer", (key, answer) -> HandlerText.body(answer.toString()));
        values.computeIfPresent("note", (key, note) -> HandlerText.body(note.toString()));
        values.computeIfPresent("subject", (key, quoted) -> REPLY_PREFIX.matcher(
                QUOTED_TAG.matcher(quoted.toString()).replaceAll(" ").strip()).replaceFirst(""));
        MailTemplates.Rendered rendered = templates.render(mail.template(), mail.language(), values);
        // quoted tags go, the case's own tag comes first, and the subject is cut to fit (a customer's
        // 5,000-character subject must not stop the acknowledgement)
        String renderedSubject = QUOTED_TAG.matcher(rendered.subject()).replaceAll(" ").replaceAll("\\s+", " ").strip();
        String subject = mail.caseNumber() == null ? CaseTexts.cut(renderedSubject, MAX_SUBJECT)
                : CaseNumbers.tag(mail.caseNumber()) + " " + CaseTexts.cut(renderedSubject, MAX_SUBJECT - 20);
        String messageId = "<" + UUID.randomUUID() + "@" + domain() + ">";
        OutboxMail queued = new OutboxMail(mail.caseNumber(), messageId, mail.inReplyTo(), mail.to(), subject,
                rendered.body(), clock.instant());
        if (mail.attachment() != null) {
            queued.attach(mail.attachment().fileName(), mail.attachment().contentType(), mail.attachment().content());
        }
        outbox.save(queued);
        if (mail.caseNumber() != null) {
            cases.record(mail.caseNumber(), CaseEvent.Kind.MAIL_OUT, "Mail to " + mail.to() + ": " + subject,
                    "{\"messageId\":\"" + messageId + "\",\"template\":\"" + mail.template() + "\""
                            + (mail.attachment() == null ? "" : ",\"attachment\":\"" + mail.attachment().fileName() + "\"")
                            + "}");
        }
        return messageId;
    }

    private String domain() {
        String address = properties.address();
        return address.substring(address.indexOf('@') + 1);
    }
}
