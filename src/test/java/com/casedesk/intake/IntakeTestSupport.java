package com.casedesk.intake;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import com.casedesk.mail.EmbeddedMailServer;

/** Sends mails to the embedded intake mailbox and waits until the intake committed them. */
final class IntakeTestSupport {

    private final EmbeddedMailServer server;
    private final JdbcTemplate jdbc;
    private final MailboxPoller poller;

    IntakeTestSupport(EmbeddedMailServer server, JdbcTemplate jdbc, MailboxPoller poller) {
        this.server = server;
        this.jdbc = jdbc;
        this.poller = poller;
    }

    static String newMessageId() {
        return "<" + UUID.randomUUID() + "@customer.example>";
    }

    /** A plain UTF-8 text mail. */
    static String plain(String messageId, String from, String subject, String body, String... extraHeaders) {
        return "Message-ID: " + messageId + "\n"
                + "From: " + from + "\n"
                + "To: support@casedesk.local\n"
                + "Subject: " + subject + "\n"
                + "Date: Mon, 2 Nov 2026 10:00:00 +0100\n"
                + String.join("", java.util.Arrays.stream(extraHeaders).map(h -> h + "\n").toList())
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\n"
                + "Content-Transfer-Encoding: 8bit\n"
                + "\n"
                + body + "\n";
    }

    void send(String raw) {
        send(raw, StandardCharsets.UTF_8);
    }

    void send(String raw, Charset charset) {
        send(RawSmtp.crlf(raw, charset));
    }

    void send(byte[] raw) {
        RawSmtp.send(server.smtpPort(), "sender@customer.example", server.mailbox(), raw);
        poller.wakeUp();
    }

    void sendAll(List<byte[]> raws) {
        RawSmtp.send(server.smtpPort(), "sender@customer.example", server.mailbox(), raws);
        poller.wakeUp();
    }

    /** The intake's row for the mail: outcome, case_number, quarantine_id. */
    Map<String, Object> await(String messageKey) {
        return await(messageKey, Duration.ofSeconds(30));
    }

    Map<String, Object> await(String messageKey, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "SELECT outcome, case_number, quarantine_id FROM cd_intake_mail WHERE message_key = ?", messageKey);
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the intake did not process " + messageKey + " within " + timeout + "; inbox: "
                        + messageIdsIn("INBOX") + "; mailbox threads:\n" + mailboxThreads());
            }
            poller.wakeUp();
            sleep(100);
        }
    }

    String awaitCase(String messageKey) {
        Map<String, Object> row = await(messageKey);
        return (String) row.get("CASE_NUMBER");
    }

    /**
     * The Message-IDs in a folder of the intake mailbox ({@code /} separates levels). Read again when the
     * embedded server drops the connection: it does when the poller moves a mail out while it is being fetched.
     */
    List<String> messageIdsIn(String path) {
        for (int attempt = 1; ; attempt++) {
            try {
                return readMessageIds(path);
            } catch (jakarta.mail.MessagingException e) {
                if (attempt == 5) {
                    throw new AssertionError(e);
                }
                sleep(100);
            }
        }
    }

    private List<String> readMessageIds(String path) throws jakarta.mail.MessagingException {
        jakarta.mail.Store store = connect();
        try {
            jakarta.mail.Folder folder = folder(store, path);
            List<String> ids = new java.util.ArrayList<>();
            for (jakarta.mail.Message message : folder.getMessages()) {
                String[] id = message.getHeader("Message-ID");
                ids.add(id == null ? null : id[0]);
            }
            folder.close(false);
            return ids;
        } finally {
            store.close();
        }
    }

    private jakarta.mail.Store connect() throws jakarta.mail.MessagingException {
        jakarta.mail.Store store = jakarta.mail.Session.getInstance(new java.util.Properties()).getStore("imap");
        store.connect("127.0.0.1", server.imapPort(), server.mailbox(), server.mailboxPassword());
        return store;
    }

    /** The folder at {@code path}, opened read-only. */
    private static jakarta.mail.Folder folder(jakarta.mail.Store store, String path) throws jakarta.mail.MessagingException {
        jakarta.mail.Folder folder = store.getDefaultFolder();
        for (String name : path.split("/")) {
            folder = folder.getFolder(name);
        }
        folder.open(jakarta.mail.Folder.READ_ONLY);
        return folder;
    }

    /** Puts a copy of every mail of {@code path} with this subject back into the inbox, as after a crash. */
    int copyBackToInbox(String path, String subject) {
        try {
            jakarta.mail.Store store = connect();
            try {
                jakarta.mail.Folder folder = folder(store, path);
                jakarta.mail.Message[] matching = java.util.Arrays.stream(folder.getMessages()).filter(m -> {
                    try {
                        return subject.equals(m.getSubject());
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).toArray(jakarta.mail.Message[]::new);
                folder.copyMessages(matching, store.getFolder("INBOX"));
                folder.close(false);
                return matching.length;
            } finally {
                store.close();
                poller.wakeUp();
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String mailboxThreads() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("casedesk-mailbox")) {
                dump.append(thread.getName()).append(' ').append(thread.getState()).append('\n');
                for (StackTraceElement frame : stack) {
                    dump.append("    at ").append(frame).append('\n');
                }
            }
        });
        return dump.toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
