package com.casedesk.system;

/** Answered with HTTP 404 and the message, which names what was not found. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
