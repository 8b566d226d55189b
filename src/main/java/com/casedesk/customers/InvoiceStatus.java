package com.casedesk.customers;

public enum InvoiceStatus {
    OPEN,
    PAID,
    DISPUTED,
    CREDITED,
    IN_COLLECTION
}
