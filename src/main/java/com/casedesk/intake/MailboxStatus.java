package com.casedesk.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * This node's view of the intake mailbox, for {@code /actuator/health} (component {@code mailbox}): UP while
 * connected, DOWN while the poller waits to reconnect after a failure, UNKNOWN while it connects for the first
 * time or when it is stopped or disabled (so a node that reads no mail is not reported unhealthy).
 */
@Component("mailbox")
class MailboxStatus implements HealthIndicator {

    private volatile String mailbox = "-";
    private volatile boolean running;
    private volatile boolean connected;
    private volatile boolean idle;
    private volatile Instant lastPoll;
    private volatile String lastError;
    private volatile Instant retryAt;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong quarantined = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    void started(String mailbox) {
        this.mailbox = mailbox;
        this.running = true;
    }

    void stopped() {
        running = false;
        connected = false;
    }

    void connected(boolean idleSupported) {
        connected = true;
        idle = idleSupported;
        lastError = null;
        retryAt = null;
    }

    void polled() {
        lastPoll = Instant.now();
    }

    void counted(MailIntake.Disposition disposition) {
        (disposition == MailIntake.Disposition.QUARANTINED ? quarantined : processed).incrementAndGet();
    }

    void failed(Exception e, Duration backoff) {
        connected = false;
        failures.incrementAndGet();
        lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
        retryAt = Instant.now().plus(backoff);
    }

    /** The intake thread ended with an uncaught error: DOWN until the poller's supervisor restarts it. */
    void died(Throwable e) {
        connected = false;
        failures.incrementAndGet();
        lastError = "the intake thread died: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        retryAt = null;
    }

    void restarted() {
        retryAt = null;
    }

    @Override
    public Health health() {
        Health.Builder builder = !running || (!connected && lastError == null) ? Health.unknown()
                : connected ? Health.up() : Health.down();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mailbox", mailbox);
        details.put("state", !running ? "stopped" : connected ? "connected" : lastError == null ? "connecting" : "reconnecting");
        details.put("mode", idle ? "IMAP IDLE" : "polling");
        details.put("lastPoll", lastPoll == null ? "never" : lastPoll.toString());
        details.put("processed", processed.get());
        details.put("quarantined", quarantined.get());
        details.put("failures", failures.get());
        if (lastError != null) {
            details.put("lastError", lastError);
            details.put("retryAt", String.valueOf(retryAt));
        }
        return builder.withDetails(details).build();
    }
}
