package com.casedesk.inquiry;

import java.util.Set;

/**
 * What a customer inquiry asks for; decides which process {@code customerInquiry} calls and the branch there
 * (see {@link CustomerInquiryProcess}).
 */
public enum InquiryIntent {
    INVOICE_COPY,
    INVOICE_DISPUTE,
    INVOICE_QUESTION,
    INVOICE_IN_COLLECTION,
    BILLING_DETAILS_CHANGE,
    ACTION_INSTRUCTION_CHANGE,
    PERSONAL_CODE,
    KEY_ORDER,
    ARM_DISARM_CHECK,
    TEST_MODE,
    MOVING,
    OTHER;

    /** Intents only an authorized contact of the customer may ask for. */
    public static final Set<InquiryIntent> SENSITIVE = Set.of(ACTION_INSTRUCTION_CHANGE, PERSONAL_CODE, KEY_ORDER);
}
