package com.casedesk.intake;

/**
 * A customer's own lines of a reply on an open case (the quoted mail below them left out), as the reply-intent
 * table sees them. Only a reply is inserted as ReplyText, so a new mail never gets a reply intent.
 */
public record ReplyText(EmailText email) {

    /** Matches like {@link EmailText#find}. */
    public String find(String phrase) {
        return email.find(phrase);
    }
}
