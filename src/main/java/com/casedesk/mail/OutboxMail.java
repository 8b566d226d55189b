package com.casedesk.mail;

import static com.casedesk.system.TimestampColumns.fromColumn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** A customer mail waiting to be sent, being sent, sent or failed. Its Message-ID is fixed when it is written. */
public class OutboxMail {

    public enum Status {
        PENDING, SENDING, SENT, FAILED
    }

    private Long id;
    private String caseNumber;
    private String messageId;
    private String inReplyTo;
    private String recipient;
    private String subject;
    private String body;
    private Status status;
    private int attempts;
    private Instant nextAttemptAt;
    private String claimedBy;
    private Instant claimedAt;
    private String claimToken;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;
    private String attachmentName;
    private String attachmentType;
    private byte[] attachmentContent;

    private OutboxMail() {
    }

    /** A mail as {@link OutboxMailRepository} reads it from {@code cd_outbox_mail}. */
    static OutboxMail fromRow(ResultSet row) throws SQLException {
        OutboxMail mail = new OutboxMail();
        mail.id = row.getLong("id");
        mail.caseNumber = row.getString("case_number");
        mail.messageId = row.getString("message_id");
        mail.inReplyTo = row.getString("in_reply_to");
        mail.recipient = row.getString("recipient");
        mail.subject = row.getString("subject");
        mail.body = row.getString("body");
        mail.status = Status.valueOf(row.getString("status"));
        mail.attempts = row.getInt("attempts");
        mail.nextAttemptAt = fromColumn(row, "next_attempt_at");
        mail.claimedBy = row.getString("claimed_by");
        mail.claimedAt = fromColumn(row, "claimed_at");
        mail.claimToken = row.getString("claim_token");
        mail.lastError = row.getString("last_error");
        mail.createdAt = fromColumn(row, "created_at");
        mail.sentAt = fromColumn(row, "sent_at");
        mail.attachmentName = row.getString("attachment_name");
        mail.attachmentType = row.getString("attachment_type");
        mail.attachmentContent = row.getBytes("attachment_content");
        return mail;
    }

    void assignId(long id) {
        this.id = id;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    String getClaimedBy() {
        return claimedBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    /** The stored claim token as it is, null when none (see {@link #getClaimToken}). */
    String storedClaimToken() {
        return claimToken;
    }

    OutboxMail(String caseNumber, String messageId, String inReplyTo, String recipient, String subject, String body,
            Instant now) {
        this.caseNumber = caseNumber;
        this.messageId = messageId;
        this.inReplyTo = inReplyTo;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = Status.PENDING;
        // delivery runs on real time even when a test moves the engine's clock
        this.nextAttemptAt = Instant.now();
        this.createdAt = now;
    }

    void attach(String name, String contentType, byte[] content) {
        this.attachmentName = name;
        this.attachmentType = contentType;
        this.attachmentContent = content;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public byte[] getAttachmentContent() {
        return attachmentContent;
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    /** The token of the claim that holds the mail; empty for a claim made before claims had tokens. */
    public String getClaimToken() {
        return claimToken == null ? "" : claimToken;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
