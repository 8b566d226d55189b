package com.casedesk.system;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A one-time action across restarts and nodes: the marker row is inserted in the caller's transaction, so the
 * action and its marker commit together and a second node blocks on the row, then sees it and skips.
 */
@Component
public class Once {

    private final JdbcTemplate jdbc;

    Once(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this caller is the first to claim {@code name}; must run inside the action's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(String name) {
        try {
            jdbc.update("INSERT INTO cd_once (name, done_at) VALUES (?, ?)", name, Timestamp.from(Instant.now()));
            return true;
        } catch (DuplicateKeyException alreadyDone) {
            return false;
        }
    }
}
