-- Indexes on Camunda's tables for the Tasklist queues and the case pages over many open tasks (issue 12;
-- bench/TaskQueueBenchmark.java measures each query with and without them). Plain SQL that H2 and PostgreSQL
-- both accept; runs after the engine has created its schema (system/EngineIndexes).

-- a group's queue: its candidate tasks (identity links by group)
CREATE INDEX cd_ident_link_group_task ON ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_);
-- every queue is sorted by due date, then priority (highest first): the rows in that order, so a page of 15
-- need not sort the whole queue
CREATE INDEX cd_task_due_priority ON ACT_RU_TASK (DUE_DATE_, PRIORITY_ DESC);
