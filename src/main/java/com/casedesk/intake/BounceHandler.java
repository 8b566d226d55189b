package com.casedesk.intake;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.customers.ContactRepository;
import com.casedesk.mail.OutboxMail;
import com.casedesk.mail.OutboxMailRepository;

/**
 * A delivery-status report: attached to the case whose mail bounced, and on permanent failure the address is
 * flagged as bouncing on every contact that uses it. A report counts only when it quotes the Message-ID of a mail
 * CaseDesk sent to the very address it reports; any other (about a mail we never sent, or naming another address
 * than the quoted mail went to: forged) goes to quarantine and flags nothing.
 */
@Component
class BounceHandler {

    private final OutboxMailRepository outbox;
    private final ContactRepository contacts;
    private final CaseManagement cases;
    private final MailInRecorder recorder;

    BounceHandler(OutboxMailRepository outbox, ContactRepository contacts, CaseManagement cases,
            MailInRecorder recorder) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.cases = cases;
        this.recorder = recorder;
    }

    /** @return the case the bounce was attached to, or null when the bounced mail had none */
    String handle(ParsedMail mail) {
        ParsedMail.Bounce bounce = mail.bounce();
        OutboxMail original = bounce.originalMessageId() == null ? null
                : outbox.findByMessageId(bounce.originalMessageId()).orElse(null);
        if (original == null) {
            throw new MailParseException("delivery-status report about a mail CaseDesk did not send (original Message-ID "
                    + bounce.originalMessageId() + ")");
        }
        if (bounce.failedRecipient() != null && !bounce.failedRecipient().equalsIgnoreCase(original.getRecipient())) {
            // our Message-IDs reach whoever we write to (a stranger's acknowledgement too): only the address
            // the quoted mail went to can have bounced it
            throw new MailParseException("delivery-status report names " + bounce.failedRecipient() + " but the mail "
                    + bounce.originalMessageId() + " it quotes was sent to another address: ignored, no address flagged");
        }
        String recipient = original.getRecipient();
        if (bounce.permanent()) {
            contacts.markEmailBouncing(recipient);
        }
        String caseNumber = original.getCaseNumber();
        if (caseNumber != null) {
            recorder.record(caseNumber, mail, "Delivery " + (bounce.permanent() ? "failed" : "delayed") + " to "
                    + recipient + ": " + original.getSubject()
                    + (bounce.diagnostic() == null ? "" : " (" + bounce.diagnostic() + ")"));
            if (bounce.permanent()) {
                cases.record(caseNumber, CaseEvent.Kind.NOTE, recipient + " is flagged as bouncing: reach the customer"
                        + " another way", null);
            }
        }
        return caseNumber;
    }
}
