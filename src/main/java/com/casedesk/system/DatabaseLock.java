package com.casedesk.system;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lock shared by every node of one database: a row of {@code cd_lock}, locked until the caller's transaction
 * ends. Work inside it that checks and then creates (users, marker rows) cannot interleave with another node.
 */
@Component
public class DatabaseLock {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    DatabaseLock(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Blocks until this node holds the lock {@code name}; it is released when the current transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void acquire(String name) {
        createRowOnce(name);
        jdbc.queryForObject("SELECT name FROM cd_lock WHERE name = ? FOR UPDATE", String.class, name);
    }

    private void createRowOnce(String name) {
        Integer exists = jdbc.queryForObject("SELECT COUNT(*) FROM cd_lock WHERE name = ?", Integer.class, name);
        if (exists != null && exists > 0) {
            return;
        }
        try {
            // in a transaction of its own: on PostgreSQL a failed insert would abort the caller's transaction
            newTransaction.executeWithoutResult(status -> jdbc.update("INSERT INTO cd_lock (name) VALUES (?)", name));
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // the row exists now, which is all we need
        }
    }
}
