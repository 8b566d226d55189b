package com.casedesk.intake;

/** Process ids, variable names and form values of the intake's processes ({@code processes/}). */
public final class IntakeProcess {

    /** Fallback case process for a mail whose case type has no process of its own yet. */
    public static final String INCOMING_MAIL = "incomingMail";
    /** A new mail on an open case whose process is not waiting for one: a task for the case's group. */
    public static final String NEW_CASE_MAIL = "newCaseMail";
    /** A sensitive request from a sender who is not an authorized contact: customer service verifies first. */
    public static final String SENDER_VERIFICATION = "senderVerification";

    public static final String CASE_GROUP = "caseGroup";
    public static final String CASE_TYPE = "caseType";
    public static final String MAIL_FROM = "mailFrom";
    public static final String MAIL_SUBJECT = "mailSubject";
    public static final String MAIL_TEXT = "mailText";
    public static final String MAIL_MESSAGE_ID = "mailMessageId";
    public static final String MAIL_RECEIVED_DATE = "mailReceivedDate";
    public static final String LANGUAGE = "language";
    public static final String URGENT = "urgent";
    public static final String REQUESTER_AUTHORIZED = "requesterAuthorized";
    public static final String CUSTOMER_NUMBER = "customerNumber";
    public static final String CUSTOMER_IDENTIFIED = "customerIdentified";
    public static final String CLASSIFICATION_REASONS = "classificationReasons";
    /** The invoice number the intake rules found in the mail, or null. */
    public static final String MAIL_INVOICE_NUMBER = "mailInvoiceNumber";
    public static final String MAIL_INQUIRY_INTENT = "mailInquiryIntent";
    /** The days the mail names (ISO dates separated by commas), or null; the case gets them as {@value #MENTIONED_DATES}. */
    public static final String MAIL_MENTIONED_DATES = "mailMentionedDates";
    public static final String MENTIONED_DATES = "mentionedDates";
    public static final String VERIFICATION_REASON = "verificationReason";

    /** Set by the verification form: {@link #VERIFIED} or {@link #NOT_VERIFIED}. */
    public static final String VERIFICATION = "verification";
    public static final String VERIFICATION_NOTE = "verificationNote";
    public static final String VERIFIED = "VERIFIED";
    public static final String NOT_VERIFIED = "NOT_VERIFIED";

    /** Set by the fallback case's form. */
    public static final String RESOLUTION = "resolution";

    private IntakeProcess() {
    }
}
