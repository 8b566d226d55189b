-- Leases for work one node does for the whole cluster (reading the mailbox): ShedLock's table layout. The holder
-- renews lock_until; when it dies, another node takes the row over once lock_until has passed.
CREATE TABLE cd_lease (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
