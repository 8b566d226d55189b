package com.casedesk.service;

import java.util.List;

/**
 * What a coordinator or technician entered (or a caller passed) cannot be used; every problem names its field.
 * Thrown from a task's complete listener it refuses the completion: the engine rolls back and the caller (Tasklist,
 * engine REST) gets the message.
 */
public class VisitInputException extends RuntimeException {

    private final List<String> problems;

    public VisitInputException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
