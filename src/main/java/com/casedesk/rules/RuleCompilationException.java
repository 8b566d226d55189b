package com.casedesk.rules;

import java.util.List;

/**
 * A rule file does not compile. The message has one line per error, each starting with the file name relative
 * to the rules folder and, for DRL, the line ({@code termination/eligibility.drl:12: ...}).
 */
public class RuleCompilationException extends RuntimeException {

    private final transient List<String> errors;

    public RuleCompilationException(String origin, List<String> errors) {
        super("Rules in " + origin + " do not compile:\n" + String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    /** One entry per error, {@code file:line: message}. */
    public List<String> errors() {
        return errors;
    }
}
