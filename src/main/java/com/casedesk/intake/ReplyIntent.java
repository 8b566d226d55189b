package com.casedesk.intake;

/** The customer's own words of a reply: the lines above the quoted mail, which the reply-intent rules read. */
final class ReplyIntent {

    private ReplyIntent() {
    }

    static String ownLines(String text) {
        StringBuilder own = new StringBuilder();
        for (String line : (text == null ? "" : text).split("\n")) {
            if (line.startsWith(">") || line.matches("(?i)^(on|den|d\\.) .*(wrote|skrev):\\s*$")) {
                break;
            }
            own.append(line).append('\n');
        }
        return own.toString();
    }
}
