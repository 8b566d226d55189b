package com.casedesk.worklist;

/** A task's priority as Tasklist shows and sorts it (Camunda's default is 50). */
public enum TaskPriority {
    NORMAL(50), HIGH(75);

    /** What an overdue task's priority is raised by. */
    public static final int ESCALATION_RAISE = 25;

    private final int value;

    TaskPriority(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }
}
