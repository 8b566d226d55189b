package com.casedesk.intake;

/** Inserted by a row of {@code rules/intake/month-names.csv} whose month word the mail contains. */
public record MonthWord(String word, int month) {
}
