-- One row per escalated task: an overdue task is escalated (priority raised, group lead mailed, timeline entry)
-- exactly once, whichever node's scan finds it first.
CREATE TABLE cd_task_escalation (
    task_id      VARCHAR(64)  PRIMARY KEY,
    case_number  VARCHAR(32),
    group_id     VARCHAR(64),
    due_at       TIMESTAMP    NOT NULL,
    escalated_at TIMESTAMP    NOT NULL
);
