package com.casedesk.cases;

/** How a termination request reached us. */
public enum RequestChannel {
    EMAIL(true),
    LETTER(true),
    PHONE(false),
    WEB_FORM(false);

    private final boolean written;

    RequestChannel(boolean written) {
        this.written = written;
    }

    /** A termination must be in writing: by email or letter (seed 004: "skriftligt via mejl eller brev"). */
    public boolean isWritten() {
        return written;
    }
}
