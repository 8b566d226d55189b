package com.casedesk.dunning;

/** Ids, message names and variable names of {@code processes/invoice-dunning.bpmn} and {@code overdue-invoice-scan.bpmn}. */
public final class DunningProcess {

    public static final String PROCESS_KEY = "invoiceDunning";
    public static final String SCAN_PROCESS_KEY = "overdueInvoiceScan";

    public static final String MESSAGE_PAYMENT_RECEIVED = "PaymentReceived";
    public static final String MESSAGE_INVOICE_DISPUTED = "InvoiceDisputed";

    public static final String INVOICE_NUMBER = "invoiceNumber";
    public static final String CUSTOMER_NUMBER = "customerNumber";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String INVOICE_EMAIL = "invoiceEmail";
    public static final String CONTRACT_NUMBER = "contractNumber";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    public static final String DUE_DATE = "dueDate";
    /** The step the dunning takes next: {@link Step}; where a rejected dispute resumes. */
    public static final String NEXT_STEP = "nextStep";
    /** Timer dates ({@code java.util.Date}), each set by the step before from the reminder-fee decision. */
    public static final String FIRST_REMINDER_AT = "firstReminderAt";
    public static final String SECOND_REMINDER_AT = "secondReminderAt";
    public static final String COLLECTION_AT = "collectionAt";
    public static final String REMINDER_FEE = "reminderFee";
    public static final String DECISION_REASONS = "decisionReasons";
    public static final String PAID_AMOUNT = "paidAmount";
    public static final String PAID_DATE = "paidDate";
    public static final String DISPUTE_REASON = "disputeReason";
    /** Set by the billing form: {@code credit} or {@code reject}. */
    public static final String DISPUTE_DECISION = "disputeDecision";
    public static final String DISPUTE_DECISION_NOTE = "disputeDecisionNote";
    public static final String COLLECTION_NOTE = "collectionNote";
    /** Who completed the collection task (set by its complete listener). */
    public static final String COLLECTION_CONFIRMED_BY = "collectionConfirmedBy";

    public enum Step {
        FIRST_REMINDER, SECOND_REMINDER, COLLECTION
    }

    private DunningProcess() {
    }
}
