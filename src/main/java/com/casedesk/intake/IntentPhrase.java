package com.casedesk.intake;

/**
 * Inserted by a row of {@code rules/intake/reply-intents.csv} whose phrase the reply contains.
 *
 * @param intent RESCHEDULE or CANCEL
 */
public record IntentPhrase(String intent, String phrase) {
}
