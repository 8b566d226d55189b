package com.casedesk.intake;

/** Inserted by a row of {@code rules/intake/language-markers.csv} whose word or letter the mail contains. */
public record LanguageHit(String language, String marker) {
}
