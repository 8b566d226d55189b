package com.casedesk.billing;

/** Ids and variable names of {@code processes/guard-call-out-billing.bpmn}. */
public final class GuardCallOutProcess {

    public static final String PROCESS_KEY = "guardCallOutBilling";

    public static final String SITE_ID = "siteId";
    public static final String CUSTOMER_NUMBER = "customerNumber";
    public static final String CONTRACT_NUMBER = "contractNumber";
    /** ISO 8601 with offset, as reported. */
    public static final String ALARM_TIME = "alarmTime";
    public static final String DIRECT_CUSTOMER = "directCustomer";
    public static final String GUARD_CALL_OUT_INCLUDED = "guardCallOutIncluded";
    public static final String TEST_MODE_ACTIVE = "testModeActive";
    public static final String FALSE_ALARM_REPORTED_BY_PHONE = "falseAlarmReportedByPhone";
    public static final String GUARD_DISPATCHED = "guardDispatched";
    public static final String CONTACTS_CALLED = "contactsCalled";
    public static final String BILLABLE = "billable";
    /** {@link Charge} name. */
    public static final String CHARGE = "charge";
    /** JSON array of the decision's reasons ({@code code}, {@code text}). */
    public static final String BILLABILITY_REASONS = "billabilityReasons";
    public static final String FIRED_RULES = "firedRules";
    public static final String RULES_VERSION = "rulesVersion";
    public static final String INVOICE_LINE_ID = "invoiceLineId";

    private GuardCallOutProcess() {
    }
}
