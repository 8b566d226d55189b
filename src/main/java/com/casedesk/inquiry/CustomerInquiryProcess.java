package com.casedesk.inquiry;

import com.casedesk.cases.CustomerReply;

/** Process {@code customerInquiry}: its variable and message names (besides {@link CaseContext}'s). */
public final class CustomerInquiryProcess {

    public static final String KEY = "customerInquiry";

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
