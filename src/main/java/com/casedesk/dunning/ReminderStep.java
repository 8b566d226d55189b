package com.casedesk.dunning;

import com.casedesk.customers.Country;

/** The reminder about to be sent for an overdue invoice, as the reminder-fee table sees it. */
public record ReminderStep(Country country, int reminderNumber, boolean reminderFeeAgreed) {
}
