package com.casedesk.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import com.casedesk.system.ClusterLeases;

/**
 * This node's view of the intake mailbox, for {@code /actuator/health} (component {@code mailbox}): UP while
 * connected, DOWN while the poller waits to reconnect after a failure, UNKNOWN while it connects for the first
 * time or when it is stopped or disabled (so a node that reads no mail is not reported unhealthy).
 */
@Component("mailbox")
class MailboxStatus implements HealthIndicator, MeterBinder {

    private volatile String mailbox = "-";
    private volatile boolean running;
    private volatile boolean standby;
    private volatile ClusterLeases.Lease lease;
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

    void lease(ClusterLeases.Lease lease) {
        this.lease = lease;
    }

    /** Another node holds the mailbox lease; this one waits to take over. */
    void standby() {
        standby = true;
        connected = false;
        lastError = null;
        retryAt = null;
    }

    /** Whether this node reads the mailbox now (holds the lease). */
    boolean reader() {
        ClusterLeases.Lease current = lease;
        return running && current != null && current.held();
    }

    boolean isConnected() {
        return connected;
    }

    long processedCount() {
        return processed.get();
    }

    long quarantinedCount() {
        return quarantined.get();
    }

    long failureCount() {
        return failures.get();
    }

    void stopped() {
        running = false;
        connected = false;
    }

    void connected(boolean idleSupported) {
        connected = true;
        standby = false;
        idle = idleSupported;
        lastError = null;
        retryAt = null;
    }

    void polled() {
        lastPoll = Instant.now();
    }

    void counted(MailIntake.Result result) {
        (result.disposition() == MailIntake.Disposition.QUARANTINED ? quarantined : processed).incrementAndGet();
        Metrics.counter("casedesk.mail.intake", "disposition", result.disposition().name(),
                "outcome", String.valueOf(result.outcome())).increment();
    }

    /** {@code casedesk_mailbox_connected} and {@code casedesk_mailbox_reader} (1 on the node reading the mailbox). */
    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("casedesk.mailbox.connected", this, status -> status.connected ? 1 : 0)
                .description("1 while this node is connected to the intake mailbox").register(registry);
        Gauge.builder("casedesk.mailbox.reader", this, status -> status.reader() ? 1 : 0)
                .description("1 on the node that holds the mailbox lease (reads the mailbox)").register(registry);
        Gauge.builder("casedesk.mailbox.failures", failures, AtomicLong::doubleValue)
                .description("Mailbox connection failures on this node since start").register(registry);
    }

    void failed(Exception e, Duration backoff) {
        connected = false;
        standby = false;
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
        details.put("state", !running ? "stopped" : connected ? "connected" : standby ? "standby (another node reads)"
                : lastError == null ? "connecting" : "reconnecting");
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
