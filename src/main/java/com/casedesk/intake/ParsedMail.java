package com.casedesk.intake;

import java.time.Instant;
import java.util.List;

/**
 * An incoming mail as the intake needs it: every header decoded, the text of the whole MIME tree (HTML turned
 * into text), the attachments, and what the loop guard and bounce reader found.
 *
 * @param messageKey what makes the mail unique: its Message-ID, or {@code sha256:<content hash>} when it has none
 *                   (or when another mail with other content came under the same Message-ID first)
 * @param messageId  the Message-ID header, or null when the mail has none (or one longer than 250 characters)
 * @param contentHash SHA-256 of the mail without its transport headers ({@link MailContent})
 * @param from       the sender's address (lower case), or null when it cannot be read
 * @param references In-Reply-To first, then References, newest first
 * @param autoMail   why this mail must never be answered automatically, or null when it may be
 * @param bounce     the delivery-status report this mail is, or null
 * @param authenticationResults the {@code Authentication-Results} headers, topmost (added last) first
 */
record ParsedMail(String messageKey, String messageId, String contentHash, String from, String fromName, String subject,
        List<String> references, Instant sentAt, String text, List<Attachment> attachments, String autoMail,
        Bounce bounce, int size, List<String> authenticationResults) {

    record Attachment(String fileName, String contentType, byte[] content) {
    }

    /**
     * @param originalMessageId the Message-ID of the mail that could not be delivered, or null
     * @param failedRecipient   the address it could not be delivered to, or null
     * @param permanent         true when delivery failed for good (Action: failed / status 5.x.x)
     */
    record Bounce(String originalMessageId, String failedRecipient, boolean permanent, String diagnostic) {
    }

    /** The same mail keyed by its content: its Message-ID was used before by a mail with other content. */
    ParsedMail keyedByContent() {
        return new ParsedMail(MailParser.contentKey(contentHash), messageId, contentHash, from, fromName, subject,
                references, sentAt, text, attachments, autoMail, bounce, size, authenticationResults);
    }

    String subjectOrEmpty() {
        return subject == null ? "" : subject;
    }
}
