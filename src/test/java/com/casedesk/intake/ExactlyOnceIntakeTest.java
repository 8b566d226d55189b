package com.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.support.CaseDeskTest;

/** Nothing lost, nothing twice: across a stop in the middle, and with two readers of the same mail. */
@CaseDeskTest
class ExactlyOnceIntakeTest {

    private static final int MAILS = 1_000;

    @Autowired EmbeddedMailServer server;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailboxPoller poller;
    @Autowired MailIntake mailIntake;

    @Test
    void aThousandMailsBecomeExactlyAThousandCasesWhenTheIntakeIsStoppedAndStartedInTheMiddle() {
        IntakeTestSupport intake = new IntakeTestSupport(server, jdbc, poller);
        String run = "Bulk " + UUID.randomUUID().toString().substring(0, 8) + " ";
        String sender = "bulk-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        poller.stop();
        try {
            // Given 1,000 mails in the inbox while the intake is stopped
            for (int batch = 0; batch < MAILS / 100; batch++) {
                List<byte[]> mails = new ArrayList<>();
                for (int i = batch * 100; i < (batch + 1) * 100; i++) {
                    mails.add(RawSmtp.crlf(IntakeTestSupport.plain(IntakeTestSupport.newMessageId(), sender,
                            run + "%04d".formatted(i), "Hej, en fråga nummer " + i + "."), StandardCharsets.UTF_8));
                }
                RawSmtp.send(server.smtpPort(), sender, server.mailbox(), mails);
            }

            // When the intake runs, is stopped in the middle, and is started again
            poller.start();
            awaitProcessed(run, 250, Duration.ofSeconds(60));
            poller.stop();
            long atStop = processed(run);
            assertThat(atStop).as("stopped in the middle").isBetween(250L, (long) MAILS - 1);
            IntakeTestSupport.sleep(300);
            assertThat(processed(run)).as("nothing is read while stopped").isEqualTo(atStop);
            poller.start();
            awaitProcessed(run, MAILS, Duration.ofSeconds(90));
        } finally {
            poller.start();
        }

        // Then every mail opened exactly one case, and the inbox holds none of them any more
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cd_case WHERE subject LIKE ?", Long.class, run + "%"))
                .isEqualTo(MAILS);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT subject) FROM cd_case WHERE subject LIKE ?", Long.class,
                run + "%")).isEqualTo(MAILS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cd_intake_mail WHERE subject LIKE ? AND outcome = 'CASE_OPENED'",
                Long.class, run + "%")).isEqualTo(MAILS);
        for (int i = 0; i < 50 && !intake.messageIdsIn("INBOX").isEmpty(); i++) {
            IntakeTestSupport.sleep(100);
        }
        assertThat(intake.messageIdsIn("INBOX")).isEmpty();
    }

    @Test
    void twoReadersOfTheSameMailOpenOneCase() throws Exception {
        // Given the same 20 mails read by two nodes at the same time
        String run = "Twice " + UUID.randomUUID().toString().substring(0, 8) + " ";
        List<byte[]> mails = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            mails.add(RawSmtp.crlf(IntakeTestSupport.plain(IntakeTestSupport.newMessageId(), "twice@example.com",
                    run + i, "Hej."), StandardCharsets.UTF_8));
        }
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<MailIntake.Result>> results = new ArrayList<>();
            for (byte[] mail : mails) {
                results.add(nodes.submit(() -> mailIntake.process(mail)));
                results.add(nodes.submit(() -> mailIntake.process(mail)));
            }
            // Then each mail was processed by one reader and recognised by the other
            List<MailIntake.Disposition> dispositions = new ArrayList<>();
            for (Future<MailIntake.Result> result : results) {
                dispositions.add(result.get().disposition());
            }
            assertThat(dispositions).filteredOn(d -> d == MailIntake.Disposition.PROCESSED).hasSize(20);
            assertThat(dispositions).filteredOn(d -> d == MailIntake.Disposition.ALREADY_PROCESSED).hasSize(20);
        } finally {
            nodes.shutdown();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cd_case WHERE subject LIKE ?", Long.class, run + "%"))
                .isEqualTo(20);
    }

    private long processed(String run) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cd_intake_mail WHERE subject LIKE ?", Long.class, run + "%");
    }

    private void awaitProcessed(String run, long count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processed(run) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + processed(run) + " of " + count + " mails processed within " + timeout);
            }
            IntakeTestSupport.sleep(50);
        }
    }
}
