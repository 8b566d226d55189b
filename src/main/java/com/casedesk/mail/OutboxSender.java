package com.casedesk.mail;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import io.micrometer.core.instrument.Metrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.casedesk.system.ClockConfig;

/**
 * Delivers the outbox. Every node runs it; a mail is claimed by a conditional update (PENDING → SENDING) so
 * exactly one node sends it. A failed send is retried with exponential backoff up to
 * {@code casedesk.mail.outbox.max-attempts}, then marked FAILED. A claim left by a node that died mid-send is
 * released after {@code casedesk.mail.outbox.claim-timeout}; the retry carries the same Message-ID, so a receiver
 * can recognise it. Every claim has a token of its own: a release or a result is written only while the row still
 * carries that token, and a batch starts no send after half the claim timeout (the rest goes back unsent), so a
 * live node's claim is never taken for a dead one's and no mail is sent twice.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final OutboxMailRepository outbox;
    private final JavaMailSenderImpl mailSender;
    private final MailProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    OutboxSender(OutboxMailRepository outbox, JavaMailSenderImpl mailSender, MailProperties properties,
            TransactionTemplate transaction, @Qualifier(ClockConfig.WALL_CLOCK) Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${casedesk.mail.outbox.poll-interval:PT2S}")
    public void sendDue() {
        releaseStaleClaims();
        Instant deadline = clock.instant().plus(properties.outbox().batchTime());
        List<OutboxMail> claimed = new ArrayList<>();
        for (Long id : outbox.findDue(clock.instant(), BATCH)) {
            String token = UUID.randomUUID().toString();
            Integer won = transaction.execute(status -> outbox.claim(id, node, token, clock.instant()));
            if (won != null && won == 1) {
                claimed.add(outbox.findById(id).orElseThrow());
            }
        }
        deliver(claimed, deadline);
    }

    /**
     * Sends the claimed mails over one SMTP connection (a connection per mail costs both sides more than the mail),
     * each marked SENT as soon as the server took it. A mail the server refuses is retried later on its own; when
     * no connection can be made, every mail of the batch is.
     */
    private void deliver(List<OutboxMail> mails, Instant deadline) {
        Transport transport = null;
        try {
            for (int i = 0; i < mails.size(); i++) {
                if (clock.instant().isAfter(deadline)) {
                    mails.subList(i, mails.size()).forEach(this::giveBack);
                    return;
                }
                OutboxMail mail = mails.get(i);
                MimeMessage message;
                try {
                    message = toMimeMessage(mail);
                } catch (MessagingException | RuntimeException unusable) {
                    failed(mail, unusable);
                    continue;
                }
                if (transport == null) {
                    try {
                        transport = connect();
                    } catch (MessagingException unreachable) {
                        mails.subList(i, mails.size()).forEach(unsent -> failed(unsent, unreachable));
                        return;
                    }
                }
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException | RuntimeException refused) {
                    failed(mail, refused);
                    // the connection may be gone with it: the next mail gets a fresh one
                    close(transport);
                    transport = null;
                    continue;
                }
                markSent(mail);
            }
        } finally {
            close(transport);
        }
    }

    private void markSent(OutboxMail mail) {
        Integer marked = transaction.execute(status -> outbox.markSent(mail.getId(), mail.getClaimToken(), clock.instant()));
        Metrics.counter("casedesk.outbox.sends", "result", "sent").increment();
        if (marked == null || marked == 0) {
            log.warn("Mail {} was sent after its claim had been released; it may reach {} twice", mail.getMessageId(),
                    mail.getRecipient());
        }
    }

    private void giveBack(OutboxMail mail) {
        transaction.execute(status -> outbox.giveBack(mail.getId(), mail.getClaimToken()));
    }

    private void failed(OutboxMail mail, Exception e) {
        boolean lastAttempt = mail.getAttempts() >= properties.outbox().maxAttempts();
        Instant next = clock.instant().plus(backoff(mail.getAttempts()));
        String error = String.valueOf(e.getMessage());
        transaction.executeWithoutResult(status -> outbox.markFailedAttempt(mail.getId(), mail.getClaimToken(),
                lastAttempt ? OutboxMail.Status.FAILED : OutboxMail.Status.PENDING, next,
                error.length() > 2000 ? error.substring(0, 2000) : error));
        Metrics.counter("casedesk.outbox.sends", "result", lastAttempt ? "gave_up" : "failed").increment();
        log.warn("Sending mail {} to {} failed (attempt {}{}): {}", mail.getMessageId(), mail.getRecipient(),
                mail.getAttempts(), lastAttempt ? ", giving up" : "", error);
    }

    private Transport connect() throws MessagingException {
        Session session = mailSender.getSession();
        Transport transport = session.getTransport(mailSender.getProtocol() == null ? "smtp" : mailSender.getProtocol());
        String user = mailSender.getUsername() == null || mailSender.getUsername().isEmpty() ? null
                : mailSender.getUsername();
        transport.connect(mailSender.getHost(), mailSender.getPort(), user, user == null ? null
                : mailSender.getPassword());
        return transport;
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the mails are sent or marked; a failing QUIT changes nothing
            }
        }
    }

    private MimeMessage toMimeMessage(OutboxMail mail) throws MessagingException {
        MimeMessage message = new FixedIdMimeMessage(mailSender.getSession(), mail.getMessageId());
        try {
            message.setFrom(new InternetAddress(properties.address(), properties.displayName(), "UTF-8"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
        message.setSubject(mail.getSubject(), "UTF-8");
        if (mail.getAttachmentName() == null) {
            message.setText(mail.getBody(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.getBody(), "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.getAttachmentContent(),
                    mail.getAttachmentType())));
            file.setFileName(mail.getAttachmentName());
            file.setDisposition(Part.ATTACHMENT);
            message.setContent(new MimeMultipart(text, file));
        }
        message.setSentDate(Date.from(clock.instant()));
        // our own mails are automatic: auto-responders must not answer them (RFC 3834)
        message.setHeader("Auto-Submitted", "auto-generated");
        if (mail.getInReplyTo() != null) {
            message.setHeader("In-Reply-To", mail.getInReplyTo());
            message.setHeader("References", mail.getInReplyTo());
        }
        message.saveChanges();
        return message;
    }

    /** Releases each stale claim only if it is still the claim that was found stale (same status, same token). */
    private void releaseStaleClaims() {
        for (OutboxMail stale : outbox.findStaleClaims(clock.instant().minus(properties.outbox().claimTimeout()))) {
            transaction.executeWithoutResult(status -> outbox.markFailedAttempt(stale.getId(), stale.getClaimToken(),
                    OutboxMail.Status.PENDING, clock.instant(),
                    "claim released: the sending node stopped before it finished"));
        }
    }

    private static Duration backoff(int attempts) {
        return Duration.ofSeconds(Math.min(3600, 5L << Math.min(attempts, 10)));
    }

    /** Keeps the Message-ID written to the outbox instead of generating a new one on send. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
