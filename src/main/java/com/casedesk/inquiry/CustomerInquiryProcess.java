package com.casedesk.inquiry;

import com.casedesk.cases.CustomerReply;

/**
 * The customer inquiry: the router {@value #KEY} ({@code processes/customer-inquiry.bpmn}) checks the invoice for
 * collection, lets a handler classify an inquiry without intent, and calls the process of the intent's family:
 * <ul>
 * <li>{@value #INVOICE_INQUIRY_KEY} ({@code invoice-inquiry.bpmn}): invoice copy, dispute, question, invoice in
 * collection, invoice address or EAN change</li>
 * <li>{@value #ALARM_SITE_CHANGE_KEY} ({@code alarm-site-change.bpmn}): action instruction, personal code, keys
 * (authorized contacts only), arm/disarm check, test mode</li>
 * <li>{@value #GENERAL_INQUIRY_KEY} ({@code general-inquiry.bpmn}): moving, and anything else</li>
 * </ul>
 * The call passes the business key (the case number: {@link com.casedesk.cases.CaseReplies} delivers a reply to the
 * called instance by it) and every variable of the router (the case context, {@value #INTENT}, {@value #REPLY_WAIT});
 * the called process answers the customer and closes the case, and the router ends with it. The variable and
 * message names below (besides {@link com.casedesk.cases.CaseContext}'s) are those of all four processes.
 */
public final class CustomerInquiryProcess {

    /** The router; cases are opened with it. */
    public static final String KEY = "customerInquiry";
    public static final String INVOICE_INQUIRY_KEY = "invoiceInquiry";
    public static final String ALARM_SITE_CHANGE_KEY = "alarmSiteChange";
    public static final String GENERAL_INQUIRY_KEY = "generalInquiry";

    public static final String CALL_INVOICE_INQUIRY = "callActivity_invoiceInquiry";
    public static final String CALL_ALARM_SITE_CHANGE = "callActivity_alarmSiteChange";
    public static final String CALL_GENERAL_INQUIRY = "callActivity_generalInquiry";

    public static final String MESSAGE_CUSTOMER_REPLIED = CustomerReply.MESSAGE;

    /** An {@link InquiryIntent} name, or null until a handler classifies the inquiry. */
    public static final String INTENT = "intent";
    /** ISO duration an inquiry waits for missing details. */
    public static final String REPLY_WAIT = "replyWait";
    public static final String DETAILS_COMPLETE = "detailsComplete";
    public static final String MISSING_DETAILS = "missingDetails";
    public static final String DISPUTE_REASON = "disputeReason";
    public static final String DUNNING_PAUSED = "dunningPaused";
    public static final String DUNNING_CASE_NUMBER = "dunningCaseNumber";
    public static final String REQUESTER_AUTHORIZED = "requesterAuthorized";
    public static final String BILLING_CHANGE_APPROVED = "billingChangeApproved";
    public static final String NEW_INVOICE_EMAIL = "newInvoiceEmail";
    public static final String NEW_EAN_NUMBER = "newEanNumber";
    public static final String ARM_BY = "armBy";
    public static final String DISARM_BY = "disarmBy";
    public static final String CHECK_DAYS = "checkDays";
    public static final String TEST_DATE = "testDate";
    public static final String TEST_FROM = "testFrom";
    public static final String TEST_UNTIL = "testUntil";
    /** SERVICE_REQUEST, TERMINATION or NONE. */
    public static final String MOVING_CHOICE = "movingChoice";
    public static final String SYSTEM_OWNERSHIP = "systemOwnership";
    public static final String NEW_ADDRESS = "newAddress";
    public static final String LINKED_CASE_NUMBER = "linkedCaseNumber";
    /** The handler's answer to the customer (every user task of the inquiry asks for it). */
    public static final String ANSWER = "answer";
    /** The mail template of the answer; {@code servicedesk-answer} when not set. */
    public static final String ANSWER_TEMPLATE = "answerTemplate";

    private CustomerInquiryProcess() {
    }
}
