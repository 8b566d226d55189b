package com.casedesk.intake;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.MailProperties;

/**
 * This node's reader of the intake mailbox: one background thread that processes the inbox, then waits with
 * IMAP IDLE (or sleeps the poll interval when the server has no IDLE), and reconnects with exponential backoff
 * after any failure. Several nodes may read the same mailbox: {@link MailIntake} makes each mail count once; a
 * mail is moved out of the inbox only after its transaction committed, so a crash leaves it to be read again.
 */
@Component
public class MailboxPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
    private static final int CHUNK = 50;

    private final MailIntake intake;
    private final MailProperties properties;
    private final ObjectProvider<EmbeddedMailServer> embedded;
    private final MailboxStatus status;
    private final Object sleeper = new Object();
    private volatile boolean running;
    private volatile boolean wakeRequested;
    private volatile Thread thread;
    private volatile Store store;
    private volatile IMAPFolder idling;
    private ScheduledExecutorService ticker;

    MailboxPoller(MailIntake intake, MailProperties properties, ObjectProvider<EmbeddedMailServer> embedded,
            MailboxStatus status) {
        this.intake = intake;
        this.properties = properties;
        this.embedded = embedded;
        this.status = status;
    }

    @Override
    public synchronized void start() {
        if (running || !properties.intake().enabled()) {
            return;
        }
        running = true;
        status.started(mailboxName());
        thread = new Thread(this::run, "casedesk-mailbox");
        thread.setDaemon(true);
        thread.start();
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread tick = new Thread(runnable, "casedesk-mailbox-tick");
            tick.setDaemon(true);
            return tick;
        });
        long interval = Math.max(100, properties.imap().pollInterval().toMillis());
        ticker.scheduleWithFixedDelay(this::wakeUp, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Stops after the mail in hand is processed; mails not yet read stay in the inbox. */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        ticker.shutdownNow();
        wakeUp();
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        status.stopped();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Looks at the inbox now instead of waiting for IDLE or the poll interval. */
    public void wakeUp() {
        wakeRequested = true;
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
        IMAPFolder folder = idling;
        if (folder != null) {
            try {
                // a protocol command from another thread ends the IDLE (getMessageCount would not: it answers
                // from cache when the connection was active less than a second ago)
                folder.doCommand(protocol -> null);
            } catch (MessagingException | RuntimeException ignored) {
                // the poller thread notices a broken connection itself
            }
        }
    }

    private void run() {
        Duration backoff = Duration.ofSeconds(1);
        while (running) {
            try {
                session();
                backoff = Duration.ofSeconds(1);
            } catch (Exception e) {
                if (!running) {
                    break;
                }
                status.failed(e, backoff);
                log.warn("Intake mailbox {}: {}; reconnecting in {}", mailboxName(), e.getMessage(), backoff);
                backOff(backoff);
                backoff = backoff.multipliedBy(2).compareTo(properties.intake().maxBackoff()) > 0
                        ? properties.intake().maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    private void session() throws MessagingException {
        IMAPStore connected = connect();
        store = connected;
        try {
            Folder processed = ensureFolder(connected, properties.intake().processedFolder());
            Folder quarantine = ensureFolder(connected, properties.intake().quarantineFolder());
            boolean idleSupported = connected.hasCapability("IDLE");
            status.connected(idleSupported);
            while (running) {
                // a fresh SELECT for every chunk: the server's current view, never a message cache that a
                // missed notice or a concurrent move by another node has put out of step
                IMAPFolder inbox = (IMAPFolder) connected.getFolder(properties.imap().folder());
                inbox.open(Folder.READ_WRITE);
                try {
                    wakeRequested = false;
                    boolean more = processChunk(connected, inbox, processed, quarantine);
                    status.polled();
                    if (!more && running && !wakeRequested) {
                        waitForMail(inbox, idleSupported);
                    }
                } finally {
                    if (inbox.isOpen()) {
                        inbox.close(false);
                    }
                }
            }
        } finally {
            store = null;
            connected.close();
        }
    }

    /**
     * Processes the first {@value #CHUNK} mails of the inbox: one FETCH of UID, flags and size, one FETCH of the
     * whole mails, one MOVE, so a full inbox costs few round trips (the embedded server is slow per command).
     *
     * @return true when the inbox held more than one chunk
     */
    private boolean processChunk(IMAPStore store, IMAPFolder inbox, Folder processed, Folder quarantine)
            throws MessagingException {
        int count = inbox.getMessageCount();
        if (count == 0) {
            return false;
        }
        Message[] chunk = inbox.getMessages(1, Math.min(count, CHUNK));
        FetchProfile envelope = new FetchProfile();
        envelope.add(UIDFolder.FetchProfileItem.UID);
        envelope.add(FetchProfile.Item.FLAGS);
        envelope.add(FetchProfile.Item.SIZE);
        inbox.fetch(chunk, envelope);
        long limit = properties.intake().maxMessageSize().toBytes();
        Message[] wanted = java.util.Arrays.stream(chunk)
                .filter(message -> !deleted(message) && size(message) <= limit)
                .toArray(Message[]::new);
        FetchProfile whole = new FetchProfile();
        whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
        inbox.fetch(wanted, whole);
        List<Message> toProcessed = new ArrayList<>();
        List<Message> toQuarantine = new ArrayList<>();
        try {
            for (Message message : chunk) {
                if (!running) {
                    break;
                }
                if (deleted(message)) {
                    continue;
                }
                MailIntake.Result result = intake.process(raw((IMAPMessage) message));
                status.counted(result.disposition());
                (result.disposition() == MailIntake.Disposition.QUARANTINED ? toQuarantine : toProcessed).add(message);
            }
        } finally {
            move(store, inbox, toProcessed, processed);
            move(store, inbox, toQuarantine, quarantine);
        }
        return count > CHUNK;
    }

    private static boolean deleted(Message message) {
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

    private static byte[] raw(IMAPMessage message) throws MessagingException {
        message.setPeek(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, message.getSize()));
        try {
            message.writeTo(out);
        } catch (java.io.IOException e) {
            throw new MessagingException("cannot read mail " + message.getMessageNumber(), e);
        }
        return out.toByteArray();
    }

    /** Moves (IMAP MOVE, else copy + delete + expunge of just those mails); nothing is deleted for good. */
    private static void move(IMAPStore store, IMAPFolder inbox, List<Message> messages, Folder target)
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

    private void waitForMail(IMAPFolder inbox, boolean idleSupported) throws MessagingException {
        if (idleSupported) {
            idling = inbox;
            try {
                if (running && !wakeRequested) {
                    inbox.idle(true);
                }
            } finally {
                idling = null;
            }
        } else {
            sleep(properties.imap().pollInterval());
        }
    }

    private void sleep(Duration duration) {
        synchronized (sleeper) {
            if (!running || wakeRequested) {
                return;
            }
            try {
                sleeper.wait(Math.max(1, duration.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    /** Waits out the whole backoff: a wake-up for new mail must not turn reconnecting into a busy loop. */
    private void backOff(Duration duration) {
        long until = System.nanoTime() + duration.toNanos();
        synchronized (sleeper) {
            long left;
            while (running && (left = until - System.nanoTime()) > 0) {
                try {
                    sleeper.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }

    private static Folder ensureFolder(Store store, String path) throws MessagingException {
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

    private IMAPStore connect() throws MessagingException {
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

    private String mailboxName() {
        EmbeddedMailServer server = properties.embeddedServer() ? embedded.getIfAvailable() : null;
        return server != null ? server.mailbox() + " (embedded, imap://127.0.0.1:" + server.imapPort() + ")"
                : properties.imap().user() + " at " + properties.imap().host() + ":" + properties.imap().port();
    }
}
