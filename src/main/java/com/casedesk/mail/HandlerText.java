package com.casedesk.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A handler's answer goes into a template that greets and signs off itself, so a greeting the handler wrote
 * first ("Hej Anna,") and a sign-off at the end ("Vänliga hälsningar / Lisa") are taken out: the customer reads
 * one greeting and one sign-off. Decided so because handlers write as they would in a mail client; asking them to
 * write only the body was tried and forgotten.
 */
final class HandlerText {

    /** A greeting word, up to four words of name, then a comma or "!" and possibly the first sentence. */
    private static final Pattern GREETING = Pattern.compile(
            "^(?iu:hej|hejsan|hallå|hei|hi|hello|dear|kære|goddag|god dag|good morning|good afternoon)"
                    + "(\\s+\\p{Lu}[\\p{L}.'-]*){0,3}\\s*([,!:]\\s*(?<rest>.*)|$)");
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?iu)^(mvh|m\\.v\\.h\\.?|med vänlig(a)? hälsning(ar)?|vänlig(a)? hälsning(ar)?|hälsningar|med venlig hilsen"
                    + "|venlig(e)? hilsen|hilsen|best regards|kind regards|regards|best wishes|sincerely|yours sincerely"
                    + "|thanks|tack|tak)\\b[,.!]?\\s*$");
    /** A sign-off may be followed by a name, a title and a phone number, not by more. */
    private static final int MAX_LINES_AFTER_SIGN_OFF = 4;

    private HandlerText() {
    }

    static String body(String text) {
        if (text == null) {
            return "";
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.strip().split("\\r?\\n", -1)));
        Matcher greeting = GREETING.matcher(lines.get(0).strip());
        if (greeting.matches()) {
            String rest = greeting.group("rest");
            if (rest == null || rest.isBlank()) {
                lines.remove(0);
            } else {
                lines.set(0, rest);
            }
        }
        for (int i = lines.size() - 1; i >= Math.max(1, lines.size() - 1 - MAX_LINES_AFTER_SIGN_OFF); i--) {
            if (SIGN_OFF.matcher(lines.get(i).strip()).matches()) {
                lines = new ArrayList<>(lines.subList(0, i));
                break;
            }
        }
        return String.join("\n", lines).strip();
    }
}
