package com.casedesk.rules;

/** A scenario row whose expectation the rules do not meet, or which cannot be read. */
public class ScenarioMismatch extends RuntimeException {

    public ScenarioMismatch(String message) {
        super(message);
    }
}
