package com.casedesk.cases;

/** What a case is about. The first six are what the email classification can return. */
public enum CaseType {
    SERVICE_REQUEST,
    FAULT_REPORT,
    TERMINATION,
    INVOICE_QUESTION,
    ACTION_INSTRUCTION_CHANGE,
    GENERAL_INQUIRY,
    INVOICE_DUNNING,
    GUARD_CALL_OUT_BILLING
}
