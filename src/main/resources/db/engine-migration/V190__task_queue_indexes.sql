-- Indexes on Camunda's tables for the Tasklist queues and the case pages over many open tasks (issue 12;
-- bench/TaskQueueBenchmark.java measures each query with and without them). Plain SQL that H2 and PostgreSQL
-- both accept; runs after the engine has created its schema (system/EngineIndexes).

-- a group's queue: its candidate tasks (identity links by group), then the task rows in due-date order
CREATE INDEX cd_ident_link_group_task ON ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_);
CREATE INDEX cd_task_due_priority ON ACT_RU_TASK (DUE_DATE_, PRIORITY_);
