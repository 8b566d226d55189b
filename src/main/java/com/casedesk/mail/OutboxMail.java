package com.casedesk.mail;

import java.time.Instant;

import jakarta.persistence.*;

/** A customer mail waiting to be sent, being sent, sent or failed. Its Message-ID is fixed when it is written. */
@Entity
@Table(name = "cd_outbox_mail")
public class OutboxMail {

    public enum Status {
        PENDING, SENDING, SENT, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private String messageId;
    private String inReplyTo;
    private String recipient;
    private String subject;
    private String body;
    @Enumerated(EnumType.STRING)
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

    protected OutboxMail() {
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
