package com.casedesk.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets nodes start in any order on an empty PostgreSQL: the engine checks and creates its schema (and writes its
 * first properties) while holding a PostgreSQL advisory lock, so a second node waits for the first and then finds
 * the tables instead of failing on "relation already exists". The lock belongs to a connection of its own, so it
 * also ends when a node dies holding it. Other databases (H2: one process per file) need no lock.
 */
@Component
class EngineSchemaLock extends AbstractProcessEnginePlugin {

    static final long LOCK_KEY = 0x43617365446573L; // "CaseDes"

    private static final Logger log = LoggerFactory.getLogger(EngineSchemaLock.class);

    private Connection held;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // the engine's schema operations run after postInit, in the engine's constructor
        held = acquire(configuration.getDataSource());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        release();
    }

    private static Connection acquire(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                connection.close();
                return null;
            }
            connection.setAutoCommit(true);
            long started = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
            }
            long waitedMs = (System.nanoTime() - started) / 1_000_000;
            if (waitedMs > 100) {
                log.info("Waited {} ms for another node to finish the engine's schema check", waitedMs);
            }
            return connection;
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot take the engine schema lock: " + e.getMessage(), e);
        }
    }

    private void release() {
        Connection connection = held;
        held = null;
        if (connection == null) {
            return;
        }
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
        } catch (SQLException e) {
            // closing the connection releases a session lock anyway
            log.warn("Releasing the engine schema lock: {}", e.getMessage());
        }
    }
}
