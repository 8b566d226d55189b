package com.casedesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.casedesk.system.ClockConfig;

/**
 * The outbox against a real SMTP server (GreenMail on a port of its own) that is down, comes back, or while
 * another node holds a claim: a mail is retried until it is sent, and sent once. Real H2 with CaseDesk's migrations.
 */
@JdbcTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ OutboxSender.class, OutboxMailRepository.class, OutboxSenderTest.Smtp.class })
@TestPropertySource(properties = "casedesk.mail.outbox.poll-interval=PT1H")
class OutboxSenderTest {

    static final int PORT = freePort();
    static final int MAX_ATTEMPTS = 3;
    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);
    /** The sender's clock: real time, or a slow world where every look at the clock costs {@code step}. */
    static final SteppingClock CLOCK = new SteppingClock();

    @TestConfiguration
    static class Smtp {

        @Bean
        JavaMailSenderImpl javaMailSender() {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(PORT);
            sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
            return sender;
        }

        @Bean
        MailProperties mailProperties() {
            return new MailProperties("support@outbox.example", "CaseDesk", null, null, null,
                    new MailProperties.Outbox(Duration.ofHours(1), MAX_ATTEMPTS, CLAIM_TIMEOUT),
                    new MailProperties.Intake(true, DataSize.ofMegabytes(25), 5, "CaseDesk/Processed",
                            "CaseDesk/Quarantine", Duration.ofMinutes(5), Duration.ofSeconds(30)), null);
        }

        @Bean(ClockConfig.WALL_CLOCK)
        Clock wallClock() {
            return CLOCK;
        }
    }

    @Autowired OutboxSender sender;
    @Autowired OutboxMailRepository outbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    GreenMail server;

    @BeforeEach
    void emptyOutbox() {
        jdbc.update("DELETE FROM cd_outbox_mail");
    }

    @AfterEach
    void stopServer() {
        CLOCK.reset();
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aMailThatCannotBeSentWaitsWithItsErrorAndGoesOutOnceWhenTheServerIsBack() throws MessagingException {
        // Given a mail in the outbox while the SMTP server is down
        OutboxMail mail = write("anna@kund.example.se");

        // When the sender runs, the mail stays pending with the error and a later attempt time
        sender.sendDue();
        OutboxMail waiting = reload(mail);
        assertThat(waiting.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getLastError()).contains("127.0.0.1");
        assertThat(nextAttempt(mail)).isAfter(Instant.now());

        // When the server is back and the retry is due
        server = startServer();
        makeDue(mail);
        sender.sendDue();

        // Then it was sent once, with the Message-ID it was written with; another run sends nothing more
        sender.sendDue();
        assertThat(reload(mail).getStatus()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(receivedIds()).containsExactly(mail.getMessageId());
    }

    @Test
    void aBatchIsSentOnceEachAndAnUnusableMailDoesNotHoldUpTheOthers() throws MessagingException {
        server = startServer();
        OutboxMail first = write("first@kund.example.se");
        OutboxMail unusable = write("not an address@@kund");
        OutboxMail last = write("last@kund.example.se");

        sender.sendDue();
        sender.sendDue();

        assertThat(receivedIds()).containsExactlyInAnyOrder(first.getMessageId(), last.getMessageId());
        assertThat(reload(first).getStatus()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(reload(last).getStatus()).isEqualTo(OutboxMail.Status.SENT);
        OutboxMail refused = reload(unusable);
        assertThat(refused.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(refused.getLastError()).isNotBlank();
    }

    @Test
    void aMailIsMarkedFailedAfterTheLastAttemptAndNotTriedAgain() {
        OutboxMail mail = write("anna@kund.example.se");
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            makeDue(mail);
            sender.sendDue();
        }
        OutboxMail failed = reload(mail);
        assertThat(failed.getStatus()).isEqualTo(OutboxMail.Status.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(MAX_ATTEMPTS);

        makeDue(mail);
        sender.sendDue();
        assertThat(reload(mail).getAttempts()).isEqualTo(MAX_ATTEMPTS);
    }

    @Test
    void anotherNodesClaimIsLeftAloneUntilItIsStaleThenTheMailIsSent() throws MessagingException {
        server = startServer();
        OutboxMail mail = write("anna@kund.example.se");
        jdbc.update("UPDATE cd_outbox_mail SET status = 'SENDING', claimed_by = 'other-node', claimed_at = ?, "
                + "claim_token = 'other-claim', attempts = 1 WHERE id = ?", Timestamp.from(Instant.now()), mail.getId());

        sender.sendDue();
        assertThat(receivedIds()).isEmpty();
        assertThat(reload(mail).getStatus()).isEqualTo(OutboxMail.Status.SENDING);

        // the other node died mid-send: after ten minutes its claim is released and this node sends the mail
        jdbc.update("UPDATE cd_outbox_mail SET claimed_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(11))), mail.getId());
        sender.sendDue();
        assertThat(receivedIds()).containsExactly(mail.getMessageId());
        assertThat(reload(mail).getStatus()).isEqualTo(OutboxMail.Status.SENT);
    }

    @Test
    void aStaleClaimIsNotReleasedWhenTheMailWasClaimedAgainAfterItWasFoundStale() throws MessagingException {
        // Given a claim that is stale when a node looks for stale claims
        server = startServer();
        OutboxMail mail = write("anna@kund.example.se");
        jdbc.update("UPDATE cd_outbox_mail SET status = 'SENDING', claimed_by = 'dead-node', claimed_at = ?, "
                + "claim_token = 'stale-claim', attempts = 1 WHERE id = ?",
                Timestamp.from(Instant.now().minus(CLAIM_TIMEOUT).minusSeconds(60)), mail.getId());
        OutboxMail foundStale = outbox.findStaleClaims(Instant.now().minus(CLAIM_TIMEOUT)).stream()
                .filter(stale -> stale.getId().equals(mail.getId())).findFirst().orElseThrow();

        // When, before it releases the claim, another node releases it, claims the mail again and is sending it
        jdbc.update("UPDATE cd_outbox_mail SET claimed_by = 'busy-node', claimed_at = ?, claim_token = 'fresh-claim' "
                + "WHERE id = ?", Timestamp.from(Instant.now()), mail.getId());
        Integer released = new TransactionTemplate(transactions).execute(status -> outbox.markFailedAttempt(
                foundStale.getId(), foundStale.getClaimToken(), OutboxMail.Status.PENDING, Instant.now(),
                "claim released"));

        // Then the fresh claim stands: nothing released, and this node does not send the mail a second time
        assertThat(released).isZero();
        assertThat(reload(mail).getStatus()).isEqualTo(OutboxMail.Status.SENDING);
        assertThat(reload(mail).getClaimToken()).isEqualTo("fresh-claim");
        sender.sendDue();
        assertThat(receivedIds()).isEmpty();
    }

    @Test
    void aSlowBatchStopsStartingSendsBeforeTheClaimTimeoutAndTheRestIsSentOnceLater() throws MessagingException {
        // Given ten mails and a slow world where each look at the clock takes ten seconds (claims time out after
        // ten minutes, so a batch may start sends for five)
        server = startServer();
        List<OutboxMail> mails = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            mails.add(write("kund" + i + "@kund.example.se"));
        }
        CLOCK.step = Duration.ofSeconds(10);

        // When the sender runs
        sender.sendDue();

        // Then it sent only what fits in half the claim timeout and gave the rest back unclaimed, without an attempt
        int sentFirst = receivedIds().size();
        assertThat(sentFirst).isBetween(1, 9);
        assertThat(mails).allSatisfy(mail -> assertThat(reload(mail).getStatus())
                .isIn(OutboxMail.Status.SENT, OutboxMail.Status.PENDING));
        assertThat(mails.stream().map(this::reload).filter(mail -> mail.getStatus() == OutboxMail.Status.PENDING))
                .hasSize(10 - sentFirst)
                .allSatisfy(mail -> assertThat(mail.getAttempts()).isZero());

        // When time runs normally again, the rest goes out: every mail once
        CLOCK.step = Duration.ZERO;
        sender.sendDue();
        assertThat(receivedIds()).containsExactlyInAnyOrderElementsOf(mails.stream().map(OutboxMail::getMessageId).toList());
    }

    private OutboxMail write(String recipient) {
        return outbox.save(new OutboxMail("CD-2026-000001", "<" + UUID.randomUUID() + "@outbox.example>", null,
                recipient, "[CD-2026-000001] Test", "Hej!", Instant.now()));
    }

    private OutboxMail reload(OutboxMail mail) {
        return outbox.findById(mail.getId()).orElseThrow();
    }

    private Instant nextAttempt(OutboxMail mail) {
        return jdbc.queryForObject("SELECT next_attempt_at FROM cd_outbox_mail WHERE id = ?", Timestamp.class,
                mail.getId()).toInstant();
    }

    private void makeDue(OutboxMail mail) {
        jdbc.update("UPDATE cd_outbox_mail SET next_attempt_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), mail.getId());
    }

    private List<String> receivedIds() throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (MimeMessage received : server.getReceivedMessages()) {
            ids.add(received.getMessageID());
        }
        return ids;
    }

    private static GreenMail startServer() {
        GreenMail started = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        started.start();
        return started;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Real time, plus {@code step} more each time it is read. */
    static final class SteppingClock extends Clock {

        volatile Duration step = Duration.ZERO;
        private Duration offset = Duration.ZERO;

        synchronized void reset() {
            step = Duration.ZERO;
            offset = Duration.ZERO;
        }

        @Override
        public synchronized Instant instant() {
            offset = offset.plus(step);
            return Instant.now().plus(offset);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
