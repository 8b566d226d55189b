package com.casedesk.intake;

import java.util.List;

import com.casedesk.rules.Reason;

/**
 * What a customer's reply on an open case asks for, read by the intake rules.
 *
 * @param intent         RESCHEDULE, CANCEL or null (no phrase of {@code rules/intake/reply-intents.csv} matched)
 * @param mentionedDates the days the reply names, in the order written
 * @param reasons        why the intent (the intent rule's reason), empty without one
 * @param firedRules     every intake rule that fired on the reply
 */
public record ReplyReading(String intent, List<MentionedDate> mentionedDates, String invoiceNumber,
        List<Reason> reasons, List<String> firedRules) {
}
