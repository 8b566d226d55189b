package com.casedesk.billing;

/**
 * An alarm the alarm centre handled, as the billability rules see it.
 *
 * @param directCustomer            the site is monitored by us under a contract; false when our guards acted
 *                                  on assignment of another alarm centre
 * @param guardCallOutIncluded      the contract includes guard call-outs
 * @param testModeActive            the customer announced test mode beforehand, identified with the personal code
 * @param falseAlarmReportedByPhone the customer called the alarm centre to report a false alarm
 * @param guardDispatched           a guard was sent to the site
 * @param contactsCalled            the alarm centre called the contacts of the action instruction
 */
public record AlarmFacts(boolean directCustomer, boolean guardCallOutIncluded, boolean testModeActive,
        boolean falseAlarmReportedByPhone, boolean guardDispatched, boolean contactsCalled) {
}
