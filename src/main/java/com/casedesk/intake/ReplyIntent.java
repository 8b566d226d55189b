package com.casedesk.intake;

import java.util.List;
import java.util.Locale;

import com.casedesk.cases.CustomerReply;

/** What a reply asks for, when the processes act on it: today only "move my appointment". */
final class ReplyIntent {

    private static final List<String> RESCHEDULE = List.of("flytta", "omboka", "boka om", "ändra tid", "annan tid",
            "flytte", "ombooke", "anden tid", "reschedule", "move the appointment", "another time", "postpone");

    private ReplyIntent() {
    }

    static String of(ParsedMail mail) {
        String text = (mail.subjectOrEmpty() + "\n" + firstLines(mail.text())).toLowerCase(Locale.ROOT);
        return RESCHEDULE.stream().anyMatch(text::contains) ? CustomerReply.INTENT_RESCHEDULE : null;
    }

    /** The customer's own words, not the quoted mail below them. */
    private static String firstLines(String text) {
        StringBuilder own = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith(">") || line.matches("(?i)^(on|den|d\\.) .*(wrote|skrev):\\s*$")) {
                break;
            }
            own.append(line).append('\n');
        }
        return own.toString();
    }
}
