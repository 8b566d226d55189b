package com.casedesk.dunning;

import java.math.BigDecimal;

/** Inserted by exactly one row of {@code rules/dunning/reminder-fees.csv}. */
public record ReminderTerms(BigDecimal fee, int daysAfterPreviousStep, int daysToNextStep) {
}
