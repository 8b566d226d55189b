package com.casedesk.customers;

public enum ContractStatus {
    ACTIVE,
    TERMINATION_CONFIRMED,
    TERMINATED
}
