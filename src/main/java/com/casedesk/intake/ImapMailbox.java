package com.casedesk.intake;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.MailProperties;

/**
 * The intake mailbox on its IMAP server (the configured one, or the embedded one): connecting, CaseDesk's
 * folders, fetching mails in few round trips, moving them. What to do with the mails is {@link MailboxPoller}'s.
 */
@Component
class ImapMailbox {

    private final MailProperties properties;
    private final ObjectProvider<EmbeddedMailServer> embedded;

    ImapMailbox(MailProperties properties, ObjectProvider<EmbeddedMailServer> embedded) {
        this.properties = properties;
        this.embedded = embedded;
    }

    IMAPStore connect() throws MessagingException {
        MailProperties.Imap imap = properties.imap();
        EmbeddedMailServer server = properties.embeddedServer() ? embedded.getIfAvailable() : null;
        boolean ssl = server == null && imap.ssl();
        String protocol = ssl ? "imaps" : "imap";
        Properties javaMail = new Properties();
        javaMail.put("mail." + protocol + ".connectiontimeout", "10000");
        javaMail.put("mail." + protocol + ".timeout", "60000");
        javaMail.put("mail." + protocol + ".writetimeout", "20000");
        javaMail.put("mail." + protocol + ".partialfetch", "false");
        IMAPStore imapStore = (IMAPStore) Session.getInstance(javaMail).getStore(protocol);
        if (server != null) {
            imapStore.connect("127.0.0.1", server.imapPort(), server.mailbox(), server.mailboxPassword());
        } else {
            imapStore.connect(imap.host(), imap.port(), imap.user(), imap.password());
        }
        return imapStore;
    }

    /**
     * The first {@code count} mails of the open inbox: one FETCH of UID, flags and size (IMAP RFC822.SIZE) for all,
     * one FETCH of the whole mail for those not deleted and within the size limit, one of the header block alone
     * for those over it: a mail over the limit is never downloaded.
     */
    Message[] fetchFirst(IMAPFolder inbox, int count) throws MessagingException {
        Message[] chunk = inbox.getMessages(1, count);
        FetchProfile envelope = new FetchProfile();
        envelope.add(UIDFolder.FetchProfileItem.UID);
        envelope.add(FetchProfile.Item.FLAGS);
        envelope.add(FetchProfile.Item.SIZE);
        inbox.fetch(chunk, envelope);
        Message[] wanted = Arrays.stream(chunk).filter(message -> !deleted(message) && !oversized(message))
                .toArray(Message[]::new);
        FetchProfile whole = new FetchProfile();
        whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
        inbox.fetch(wanted, whole);
        Message[] tooLarge = Arrays.stream(chunk).filter(message -> !deleted(message) && oversized(message))
                .toArray(Message[]::new);
        FetchProfile headers = new FetchProfile();
        headers.add(IMAPFolder.FetchProfileItem.HEADERS);
        inbox.fetch(tooLarge, headers);
        return chunk;
    }

    /** Over {@code casedesk.mail.intake.max-message-size} by the size the server reports. */
    boolean oversized(Message message) {
        return size(message) > properties.intake().maxMessageSize().toBytes();
    }

    /** What the server told about a mail that is not downloaded: its headers (fetched alone) and its size. */
    static MailIntake.Unread unread(Message message) throws MessagingException {
        StringBuilder block = new StringBuilder();
        java.util.Enumeration<String> lines = ((IMAPMessage) message).getAllHeaderLines();
        while (lines.hasMoreElements()) {
            block.append(lines.nextElement()).append('\n');
        }
        String[] ids = message.getHeader("Message-ID");
        String[] from = message.getHeader("From");
        String[] subject = message.getHeader("Subject");
        long size = size(message);
        return new MailIntake.Unread(ids == null ? null : MailIntake.validId(ids[0]),
                from == null ? null : MailIntake.readable(from[0]), subject == null ? null : MailIntake.readable(subject[0]),
                MailContent.headerHash(block.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), size), size);
    }

    /** For logs and health: which mailbox on which server. */
    String name() {
        EmbeddedMailServer server = properties.embeddedServer() ? embedded.getIfAvailable() : null;
        return server != null ? server.mailbox() + " (embedded, imap://127.0.0.1:" + server.imapPort() + ")"
                : properties.imap().user() + " at " + properties.imap().host() + ":" + properties.imap().port();
    }

    /** The folder at {@code path} ({@code /} separates levels), created with its parents when missing. */
    static Folder ensureFolder(Store store, String path) throws MessagingException {
        Folder folder = store.getDefaultFolder();
        String[] names = path.split("/");
        for (int i = 0; i < names.length; i++) {
            folder = folder.getFolder(names[i]);
            if (!folder.exists()) {
                int type = i == names.length - 1 ? Folder.HOLDS_MESSAGES : Folder.HOLDS_FOLDERS | Folder.HOLDS_MESSAGES;
                if (!folder.create(type)) {
                    throw new MessagingException("cannot create mailbox folder " + path);
                }
            }
        }
        return folder;
    }

    /** Moves (IMAP MOVE, else copy + delete + expunge of just those mails); nothing is deleted for good. */
    static void move(IMAPStore store, IMAPFolder inbox, List<Message> messages, Folder target)
            throws MessagingException {
        if (messages.isEmpty()) {
            return;
        }
        Message[] batch = messages.toArray(Message[]::new);
        if (store.hasCapability("MOVE")) {
            inbox.moveMessages(batch, target);
        } else {
            inbox.copyMessages(batch, target);
            inbox.setFlags(batch, new Flags(Flags.Flag.DELETED), true);
            if (store.hasCapability("UIDPLUS")) {
                inbox.expunge(batch);
            } else {
                inbox.expunge();
            }
        }
        messages.clear();
    }

    static boolean deleted(Message message) {
        try {
            return message.isSet(Flags.Flag.DELETED);
        } catch (MessagingException e) {
            return false;
        }
    }

    private static long size(Message message) {
        try {
            return message.getSize();
        } catch (MessagingException e) {
            return 0;
        }
    }

    /** The whole mail as it came, read without setting \Seen. */
    static byte[] raw(IMAPMessage message) throws MessagingException {
        message.setPeek(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, message.getSize()));
        try {
            message.writeTo(out);
        } catch (java.io.IOException e) {
            throw new MessagingException("cannot read mail " + message.getMessageNumber(), e);
        }
        return out.toByteArray();
    }
}
