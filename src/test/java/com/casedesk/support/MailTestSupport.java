package com.casedesk.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.OutboxMail;
import com.casedesk.mail.OutboxMailRepository;
import com.casedesk.mail.OutboxSender;

/** Reads what CaseDesk sent from the embedded mail server's mailboxes. */
public final class MailTestSupport {

    private MailTestSupport() {
    }

    /** Delivers the outbox now and waits until {@code recipient} has at least {@code count} mails. */
    public static List<MimeMessage> awaitMails(OutboxSender outbox, EmbeddedMailServer server, String recipient,
            int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            outbox.sendDue();
            List<MimeMessage> mails = mailsTo(server, recipient);
            if (mails.size() >= count) {
                return mails;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " mails to " + recipient + " within " + timeout
                        + ", got " + mails.size());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Delivers the outbox now and waits until {@code recipient} has at least {@code count} mails whose subject
     * contains {@code subjectPart}; returns those. Mails to the same address from other tests do not count.
     */
    public static List<MimeMessage> awaitMailsAbout(OutboxSender outbox, EmbeddedMailServer server, String recipient,
            String subjectPart, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            outbox.sendDue();
            List<MimeMessage> mails = mailsTo(server, recipient).stream()
                    .filter(mail -> subjectOf(mail).contains(subjectPart)).toList();
            if (mails.size() >= count) {
                return mails;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " mails about '" + subjectPart + "' to " + recipient
                        + " within " + timeout + ", got " + mails.size());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Delivers the whole outbox and waits until no mail is waiting or being sent (by this call or the scheduled
     * sender), so that what a mailbox holds afterwards is everything that was written before the call.
     */
    public static void deliverAll(OutboxSender outbox, OutboxMailRepository mails, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            outbox.sendDue();
            if (mails.countByStatusIn(List.of(OutboxMail.Status.PENDING, OutboxMail.Status.SENDING)) == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the outbox still has mails waiting after " + timeout);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * The mails in the order CaseDesk wrote them to its outbox. The order they reach a mailbox may differ: the
     * scheduled sender and a test's own delivery can each hold a claimed mail, and either may finish first.
     */
    public static List<MimeMessage> inWrittenOrder(List<MimeMessage> mails, OutboxMailRepository outbox) {
        return mails.stream().sorted(Comparator.comparingLong(mail -> outboxId(mail, outbox))).toList();
    }

    private static long outboxId(MimeMessage mail, OutboxMailRepository outbox) {
        try {
            String messageId = mail.getMessageID();
            return outbox.findByMessageId(messageId)
                    .orElseThrow(() -> new AssertionError("no outbox mail has Message-ID " + messageId))
                    .getId();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    public static List<MimeMessage> mailsTo(EmbeddedMailServer server, String recipient) {
        return Arrays.stream(server.greenMail().getReceivedMessages())
                .filter(message -> isTo(message, recipient))
                .toList();
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().toLowerCase().contains(recipient.toLowerCase()));
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
