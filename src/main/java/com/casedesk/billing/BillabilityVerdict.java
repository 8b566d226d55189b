package com.casedesk.billing;

/** Inserted by exactly one row of {@code rules/billing/guard-call-billability.csv}. */
public record BillabilityVerdict(Charge charge) {
}
