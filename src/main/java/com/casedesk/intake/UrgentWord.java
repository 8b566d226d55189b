package com.casedesk.intake;

/** Inserted by a row of {@code rules/intake/urgent-words.csv} whose word the mail contains. */
public record UrgentWord(String word) {
}
