package com.casedesk.customers;

public enum InvoiceStatus {
    OPEN,
    /** Some payments arrived, not yet covering the amount and its fees; dunning goes on for the rest. */
    PARTIALLY_PAID,
    PAID,
    DISPUTED,
    CREDITED,
    IN_COLLECTION
}
