package com.casedesk.intake;

/** A mail the intake cannot read; the message says why, and the mail goes to quarantine with it. */
class MailParseException extends RuntimeException {

    MailParseException(String message, Throwable cause) {
        super(message, cause);
    }

    MailParseException(String message) {
        super(message);
    }
}
