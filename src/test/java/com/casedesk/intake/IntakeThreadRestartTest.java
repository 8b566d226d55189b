package com.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;

import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.MailProperties;
import com.casedesk.support.CaseDeskTest;

/**
 * If the intake thread dies (an error the per-mail isolation did not catch), the mailbox health says DOWN and
 * the thread is restarted. A poller of its own reads a folder of its own, so the application's poller stays out.
 */
@CaseDeskTest
class IntakeThreadRestartTest {

    private static final String FOLDER = "ThreadRestart";

    @Autowired MailProperties properties;
    @Autowired ObjectProvider<EmbeddedMailServer> embedded;

    @Test
    void anIntakeThreadThatDiesIsReportedDownAndRestartedAndTheMailIsThenProcessed() throws Exception {
        MailProperties.Imap imap = properties.imap();
        MailProperties own = new MailProperties(properties.address(), properties.displayName(),
                new MailProperties.Imap(imap.host(), imap.port(), imap.user(), imap.password(), FOLDER, imap.ssl(),
                        Duration.ofMillis(300)),
                properties.smtp(), properties.embedded(), properties.outbox(), properties.intake(),
                properties.trustedAuthservId());
        AtomicInteger calls = new AtomicInteger();
        MailIntake dyingOnce = new MailIntake(null, null, null, null, null, own) {
            @Override
            public Result process(byte[] raw) {
                if (calls.incrementAndGet() == 1) {
                    throw new InternalError("simulated: an error outside the per-mail isolation");
                }
                return new Result(Disposition.PROCESSED, null, "test");
            }
        };
        MailboxStatus status = new MailboxStatus();
        MailboxPoller poller = new MailboxPoller(dyingOnce, own, new ImapMailbox(own, embedded), status,
                LeaseTestDatabase.leases("thread-restart"));
        append("<restart-" + System.nanoTime() + "@customer.example>");
        List<Status> seen = new ArrayList<>();
        poller.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && !(calls.get() >= 2 && status.health().getStatus() == Status.UP)) {
                Status now = status.health().getStatus();
                if (seen.isEmpty() || seen.get(seen.size() - 1) != now) {
                    seen.add(now);
                }
                Thread.sleep(5);
            }
            assertThat(seen).as("health over time").contains(Status.DOWN);
            assertThat(calls.get()).as("the mail was processed again by the restarted thread").isGreaterThanOrEqualTo(2);
            assertThat(poller.intakeThreadAlive()).isTrue();
            assertThat(status.health().getStatus()).isEqualTo(Status.UP);
        } finally {
            poller.stop();
        }
    }

    private void append(String messageId) throws Exception {
        EmbeddedMailServer server = embedded.getObject();
        Session session = Session.getInstance(new Properties());
        Store store = session.getStore("imap");
        store.connect("127.0.0.1", server.imapPort(), server.mailbox(), server.mailboxPassword());
        try {
            Folder folder = store.getFolder(FOLDER);
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
            MimeMessage mail = new MimeMessage(session, new java.io.ByteArrayInputStream(IntakeTestSupport.plain(messageId,
                    "a@customer.example", "Restart", "Hej").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            folder.appendMessages(new MimeMessage[] { mail });
        } finally {
            store.close();
        }
    }
}
