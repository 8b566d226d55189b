package com.casedesk.system;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Leases for work that one node at a time does for the whole cluster (reading the mailbox): a ShedLock row in
 * {@code cd_lease}, held for a while and renewed by its holder. When the holder dies it stops renewing and another
 * node takes the lease over once it has run out. Times are the database's, so nodes' clocks do not matter.
 */
@Component
public class ClusterLeases {

    private final LockProvider locks;
    private final String node;

    public ClusterLeases(DataSource dataSource) {
        // unique per application instance, also for two applications in one JVM (tests)
        this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("cd_lease")
                .withLockedByValue(node)
                .usingDbTime()
                .build());
    }

    /** This node's name as written to {@code cd_lease.locked_by} (pid@host/instance). */
    public String node() {
        return node;
    }

    public Lease lease(String name, Duration holdFor) {
        return new Lease(name, holdFor);
    }

    /** One named lease as seen from this node. Thread-safe. */
    public final class Lease {

        private static final Logger log = LoggerFactory.getLogger(Lease.class);

        private final String name;
        private final Duration holdFor;
        private SimpleLock lock;

        private Lease(String name, Duration holdFor) {
            this.name = name;
            this.holdFor = holdFor;
        }

        /** Renews the lease when this node holds it, else takes it when it is free; true when held now. */
        public synchronized boolean tryHold() {
            boolean before = lock != null;
            try {
                if (lock != null) {
                    Optional<SimpleLock> extended = lock.extend(holdFor, Duration.ZERO);
                    lock = extended.orElse(null);
                } else {
                    lock = locks.lock(new LockConfiguration(Instant.now(), name, holdFor, Duration.ZERO)).orElse(null);
                }
            } catch (DataAccessException | IllegalStateException e) {
                log.warn("Lease {}: {}", name, e.getMessage());
                lock = null;
            }
            if (before != (lock != null)) {
                log.info("Lease {} {} by node {}", name, lock != null ? "taken" : "lost", node);
            }
            return lock != null;
        }

        public synchronized boolean held() {
            return lock != null;
        }

        /** Gives the lease up at once (a stopping node), so another node need not wait for it to run out. */
        public synchronized void release() {
            if (lock != null) {
                try {
                    lock.unlock();
                } catch (RuntimeException e) {
                    log.warn("Releasing lease {}: {}", name, e.getMessage());
                }
                lock = null;
            }
        }

        public Duration holdFor() {
            return holdFor;
        }
    }
}
