package com.casedesk.customers;

/** How the customer holds the equipment: bought with a subscription, or rented (a rental always has a binding period). */
public enum ContractType {
    SUBSCRIPTION,
    RENTAL
}
