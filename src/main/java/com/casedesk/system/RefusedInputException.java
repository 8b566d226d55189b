package com.casedesk.system;

import java.util.List;

/**
 * What a handler entered in a task (or a caller passed to a process) cannot be used; every problem names its field.
 * Thrown from a task listener or from a step right after the task, it refuses the completion: the engine rolls
 * back, the task stays open, and engine REST answers 400 with the message ({@link RefusedInputMapping}).
 */
public class RefusedInputException extends RuntimeException {

    private final List<String> problems;

    public RefusedInputException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public RefusedInputException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
