package com.casedesk.intake;

import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Decides whether a mail may be answered automatically (RFC 3834 and what real auto-responders send). A mail
 * that must not be answered still becomes a case or threads into one: only the automatic reply is left out.
 */
final class LoopGuard {

    private LoopGuard() {
    }

    /** Why this mail must not get an automatic answer, or null when it may. */
    static String automaticReason(MimeMessage message, String from) throws MessagingException {
        String autoSubmitted = first(message, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.split(";")[0].strip().equalsIgnoreCase("no")) {
            return "Auto-Submitted: " + autoSubmitted;
        }
        String precedence = first(message, "Precedence");
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list")) {
            return "Precedence: " + precedence;
        }
        for (String header : new String[] { "X-Loop", "List-Unsubscribe", "X-Auto-Response-Suppress", "X-Autoreply",
                "X-Autorespond" }) {
            if (first(message, header) != null) {
                return header + " header";
            }
        }
        if (MailParser.automaticSender(from)) {
            return "sent by " + from;
        }
        String returnPath = first(message, "Return-Path");
        if (returnPath != null && returnPath.replaceAll("[\\s<>]", "").isEmpty()) {
            return "empty return path";
        }
        if (from == null) {
            return "no sender address";
        }
        return null;
    }

    private static String first(MimeMessage message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0].strip();
    }
}
