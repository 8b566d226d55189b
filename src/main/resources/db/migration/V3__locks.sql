-- Named locks for work that must not run on two nodes at once (e.g. creating users and groups at start-up).
CREATE TABLE cd_lock (
    name VARCHAR(100) PRIMARY KEY
);
