package com.casedesk.customers;

public enum ContractType {
    SUBSCRIPTION,
    RENTAL
}
