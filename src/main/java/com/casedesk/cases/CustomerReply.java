package com.casedesk.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A customer's answer on a running case (a mail reply, a letter, a call noted by a handler), delivered to the
 * process as the message {@value #MESSAGE} with these variables.
 *
 * @param fromEmail           who answered
 * @param text                what they wrote (plain text)
 * @param channel             EMAIL, LETTER, PHONE or WEB_FORM
 * @param receivedDate        the date it reached us (customer's calendar)
 * @param requesterAuthorized whether the sender is an authorized contact of the case's customer
 * @param intent              what the reply asks for, when known: {@link #INTENT_RESCHEDULE}, {@link #INTENT_CANCEL},
 *                            or null
 * @param messageId           the mail's Message-ID, or null
 * @param mentionedDates      the days the reply names, in the order written (may be empty)
 */
public record CustomerReply(String fromEmail, String text, String channel, LocalDate receivedDate,
        boolean requesterAuthorized, String intent, String messageId, List<LocalDate> mentionedDates) {

    public CustomerReply(String fromEmail, String text, String channel, LocalDate receivedDate,
            boolean requesterAuthorized, String intent, String messageId) {
        this(fromEmail, text, channel, receivedDate, requesterAuthorized, intent, messageId, List.of());
    }

    public static final String MESSAGE = "CustomerReplied";
    public static final String INTENT_RESCHEDULE = "RESCHEDULE";
    public static final String INTENT_CANCEL = "CANCEL";

    public static final String VAR_FROM = "replyFrom";
    public static final String VAR_TEXT = "replyText";
    public static final String VAR_CHANNEL = "replyChannel";
    public static final String VAR_RECEIVED_DATE = "replyReceivedDate";
    public static final String VAR_AUTHORIZED = "replyRequesterAuthorized";
    public static final String VAR_INTENT = "replyIntent";
    public static final String VAR_MESSAGE_ID = "replyMessageId";
    /** The days the reply names, ISO dates separated by commas ({@code 2026-12-09,2026-12-10}), or null. */
    public static final String VAR_MENTIONED_DATES = "replyMentionedDates";

    /** The message's variables; the date as ISO text so forms and expressions can show it. */
    public Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_FROM, fromEmail);
        variables.put(VAR_TEXT, text);
        variables.put(VAR_CHANNEL, channel);
        variables.put(VAR_RECEIVED_DATE, receivedDate == null ? null : receivedDate.toString());
        variables.put(VAR_AUTHORIZED, requesterAuthorized);
        variables.put(VAR_INTENT, intent);
        variables.put(VAR_MESSAGE_ID, messageId);
        variables.put(VAR_MENTIONED_DATES, mentionedDates == null || mentionedDates.isEmpty() ? null
                : mentionedDates.stream().map(LocalDate::toString).collect(Collectors.joining(",")));
        return variables;
    }
}
