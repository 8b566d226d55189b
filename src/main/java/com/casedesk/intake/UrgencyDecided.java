package com.casedesk.intake;

/** Inserted by {@code rules/intake/classification.drl} when the mail contains an urgent word. */
public record UrgencyDecided(boolean urgent) {
}
