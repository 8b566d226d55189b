package com.casedesk.intake;

/** What a reply asks for, decided by {@code rules/intake/mail-details.drl}: RESCHEDULE or CANCEL. */
public record ReplyIntentDecided(String intent) {
}
