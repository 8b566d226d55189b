package com.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.util.unit.DataSize;

import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.MailProperties;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The poller against an external IMAP server (a GreenMail of its own) that is not there, comes, goes and comes
 * back: it reconnects with backoff each time, and the mailbox health shows it.
 */
class MailboxReconnectTest {

    private static final String USER = "support@reconnect.example";
    private static final String PASSWORD = "reconnect-test-password";

    private final int port = freePort();
    private final MailboxStatus status = new MailboxStatus();
    private MailboxPoller poller;
    private GreenMail server;

    @AfterEach
    void tearDown() {
        if (poller != null) {
            poller.stop();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void reconnectsWithBackoffAfterEveryFailureAndShowsItInTheHealth() {
        // Given the poller of a node whose mailbox server is not reachable
        MailProperties properties = properties();
        poller = new MailboxPoller(null, properties, new ImapMailbox(properties,
                new StaticListableBeanFactory().getBeanProvider(EmbeddedMailServer.class)), status,
                LeaseTestDatabase.leases("reconnect"));
        poller.start();

        // Then the mailbox health is DOWN, says it is reconnecting and when it tries next
        Health down = await(health -> Status.DOWN.equals(health.getStatus()));
        assertThat(down.getDetails()).containsEntry("state", "reconnecting").containsKey("retryAt");
        assertThat((String) down.getDetails().get("lastError")).contains("Connect");
        // and it waits between attempts (1 s here) instead of hammering the server
        long failures = (Long) down.getDetails().get("failures");
        IntakeTestSupport.sleep(2500);
        assertThat((Long) status.health().getDetails().get("failures") - failures).isBetween(1L, 4L);

        // When the server comes up, the poller connects by itself
        server = startServer();
        Health up = await(health -> Status.UP.equals(health.getStatus()));
        assertThat(up.getDetails()).containsEntry("state", "connected").containsEntry("mode", "IMAP IDLE");

        // When the server goes away while the poller waits in IDLE, the failure is noticed and counted
        long failuresBefore = (Long) up.getDetails().get("failures");
        server.stop();
        Health lost = await(health -> Status.DOWN.equals(health.getStatus()));
        assertThat((Long) lost.getDetails().get("failures")).isGreaterThan(failuresBefore);

        // and when it is back, the poller is connected again
        server = startServer();
        await(health -> Status.UP.equals(health.getStatus()));
    }

    private GreenMail startServer() {
        GreenMail started = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        started.start();
        started.setUser(USER, USER, PASSWORD);
        return started;
    }

    private Health await(Predicate<Health> condition) {
        Health health = status.health();
        // the backoff is at most 1 s here; 20 s leaves room for a slow machine
        for (int i = 0; i < 200 && !condition.test(health); i++) {
            IntakeTestSupport.sleep(100);
            health = status.health();
        }
        assertThat(condition.test(health)).as("mailbox health %s", health).isTrue();
        return health;
    }

    private MailProperties properties() {
        return new MailProperties("support@reconnect.example", "CaseDesk", new MailProperties.Imap("127.0.0.1", port,
                USER, PASSWORD, "INBOX", false, java.time.Duration.ofSeconds(1)),
                new MailProperties.Smtp(null, 587, null, null, true), new MailProperties.Embedded(0, 0),
                new MailProperties.Outbox(java.time.Duration.ofSeconds(2), 8, java.time.Duration.ofMinutes(10)),
                new MailProperties.Intake(true, DataSize.ofMegabytes(25), 5, "CaseDesk/Processed", "CaseDesk/Quarantine",
                        java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(30)), null);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
