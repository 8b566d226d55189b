package com.casedesk.system;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A one-time action across restarts and nodes: under a {@link DatabaseLock}, the marker row is checked and
 * inserted in the caller's transaction, so the action and its marker commit together and another node waits,
 * then sees the marker and skips.
 */
@Component
public class Once {

    private final JdbcTemplate jdbc;
    private final DatabaseLock lock;

    Once(JdbcTemplate jdbc, DatabaseLock lock) {
        this.jdbc = jdbc;
        this.lock = lock;
    }

    /** True when this caller is the first to claim {@code name}; must run inside the action's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(String name) {
        lock.acquire("once:" + name);
        Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM cd_once WHERE name = ?", Integer.class, name);
        if (done != null && done > 0) {
            return false;
        }
        jdbc.update("INSERT INTO cd_once (name, done_at) VALUES (?, ?)", name, Timestamp.from(Instant.now()));
        return true;
    }
}
