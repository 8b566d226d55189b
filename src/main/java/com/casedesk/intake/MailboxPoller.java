package com.casedesk.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.casedesk.mail.MailProperties;
import com.casedesk.system.ClusterLeases;

/**
 * This node's reader of the intake mailbox: one background thread that processes the inbox, then waits with
 * IMAP IDLE (or sleeps the poll interval when the server has no IDLE), and reconnects with exponential backoff
 * after any failure. One node of a cluster reads at a time: the one holding the lease {@value #LEASE} (renewed
 * every third of {@code casedesk.mail.intake.lease}); the others stand by and take it over when the holder stops or
 * dies. Should two ever read at once, {@link MailIntake} still makes each mail count once; a mail is moved out of
 * the inbox only after its transaction committed, so a crash leaves it to be read again.
 */
@Component
public class MailboxPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
    private static final int CHUNK = 50;
    static final String LEASE = "mailbox-reader";

    private final MailIntake intake;
    private final MailProperties properties;
    private final ImapMailbox mailbox;
    private final MailboxStatus status;
    private final ClusterLeases.Lease lease;
    private final Object sleeper = new Object();
    private volatile boolean running;
    private volatile boolean wakeRequested;
    private volatile Thread thread;
    private volatile Store store;
    private volatile IMAPFolder idling;
    private ScheduledExecutorService ticker;

    MailboxPoller(MailIntake intake, MailProperties properties, ImapMailbox mailbox, MailboxStatus status,
            ClusterLeases leases) {
        this.intake = intake;
        this.properties = properties;
        this.mailbox = mailbox;
        this.status = status;
        this.lease = leases.lease(LEASE, properties.intake().lease());
        status.lease(lease);
    }

    @Override
    public synchronized void start() {
        if (running || !properties.intake().enabled()) {
            return;
        }
        running = true;
        status.started(mailbox.name());
        thread = intakeThread();
        thread.start();
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread tick = new Thread(runnable, "casedesk-mailbox-tick");
            tick.setDaemon(true);
            return tick;
        });
        long interval = Math.max(100, properties.imap().pollInterval().toMillis());
        ticker.scheduleWithFixedDelay(this::superviseAndWakeUp, interval, interval, TimeUnit.MILLISECONDS);
        long renew = Math.max(100, lease.holdFor().toMillis() / 3);
        ticker.scheduleWithFixedDelay(this::renewLease, 0, renew, TimeUnit.MILLISECONDS);
    }

    /** Takes or renews the lease; a node that lost it (or just took it) is woken to stop (or start) reading. */
    private void renewLease() {
        boolean before = lease.held();
        if (lease.tryHold() != before) {
            wakeUp();
        }
    }

    private Thread intakeThread() {
        Thread intake = new Thread(this::run, "casedesk-mailbox");
        intake.setDaemon(true);
        intake.setUncaughtExceptionHandler((dead, e) -> {
            log.error("The intake thread died; it is restarted within {}", properties.imap().pollInterval(), e);
            status.died(e);
        });
        return intake;
    }

    /** Restarts the intake thread if it died (nothing a mail does should kill it, but the intake must go on). */
    private synchronized void superviseAndWakeUp() {
        if (running && !thread.isAlive()) {
            log.warn("Restarting the intake thread");
            status.restarted();
            thread = intakeThread();
            thread.start();
        }
        wakeUp();
    }

    /** For tests: whether the intake thread is alive. */
    boolean intakeThreadAlive() {
        Thread current = thread;
        return current != null && current.isAlive();
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
        lease.release();
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
            if (!lease.held()) {
                status.standby();
                sleep(lease.holdFor().dividedBy(3));
                continue;
            }
            try {
                session();
                backoff = Duration.ofSeconds(1);
            } catch (Exception e) {
                if (!running) {
                    break;
                }
                status.failed(e, backoff);
                log.warn("Intake mailbox {}: {}; reconnecting in {}", mailbox.name(), e.getMessage(), backoff);
                backOff(backoff);
                backoff = backoff.multipliedBy(2).compareTo(properties.intake().maxBackoff()) > 0
                        ? properties.intake().maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    private void session() throws MessagingException {
        IMAPStore connected = mailbox.connect();
        store = connected;
        try {
            Folder processed = ImapMailbox.ensureFolder(connected, properties.intake().processedFolder());
            Folder quarantine = ImapMailbox.ensureFolder(connected, properties.intake().quarantineFolder());
            boolean idleSupported = connected.hasCapability("IDLE");
            status.connected(idleSupported);
            while (running && lease.held()) {
                // a fresh SELECT for every chunk: the server's current view, never a message cache that a
                // missed notice or a concurrent move by another node has put out of step
                IMAPFolder inbox = (IMAPFolder) connected.getFolder(properties.imap().folder());
                inbox.open(Folder.READ_WRITE);
                try {
                    wakeRequested = false;
                    boolean more = processChunk(connected, inbox, processed, quarantine);
                    status.polled();
                    if (!more && running && !wakeRequested && lease.held()) {
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
     * Processes the first {@value #CHUNK} mails of the inbox with few round trips: two FETCHes, then one MOVE
     * after their transactions committed.
     *
     * @return true when the inbox held more than one chunk
     */
    private boolean processChunk(IMAPStore store, IMAPFolder inbox, Folder processed, Folder quarantine)
            throws MessagingException {
        int count = inbox.getMessageCount();
        if (count == 0) {
            return false;
        }
        Message[] chunk = mailbox.fetchFirst(inbox, Math.min(count, CHUNK));
        List<Message> toProcessed = new ArrayList<>();
        List<Message> toQuarantine = new ArrayList<>();
        try {
            for (Message message : chunk) {
                if (!running) {
                    break;
                }
                if (ImapMailbox.deleted(message)) {
                    continue;
                }
                MailIntake.Result result = processOne((IMAPMessage) message);
                status.counted(result);
                (result.disposition() == MailIntake.Disposition.QUARANTINED ? toQuarantine : toProcessed).add(message);
            }
        } finally {
            ImapMailbox.move(store, inbox, toProcessed, processed);
            ImapMailbox.move(store, inbox, toQuarantine, quarantine);
        }
        return count > CHUNK;
    }

    /**
     * One mail, in isolation: a mail over the size limit is quarantined from its headers and size alone, without
     * being downloaded; one that cannot even be read from the server is quarantined the same way.
     */
    private MailIntake.Result processOne(IMAPMessage message) throws MessagingException {
        if (mailbox.oversized(message)) {
            return intake.quarantineUnread(ImapMailbox.unread(message),
                    QuarantineReasons.tooLarge(message.getSize(), properties.intake().maxMessageSize().toBytes()));
        }
        byte[] raw;
        try {
            raw = ImapMailbox.raw(message);
        } catch (MessagingException connectionOrServer) {
            throw connectionOrServer;
        } catch (RuntimeException | OutOfMemoryError unreadable) {
            log.warn("Mail {} cannot be read from the mailbox", message.getMessageNumber(), unreadable);
            return intake.quarantineUnread(ImapMailbox.unread(message), "the mail cannot be read from the mailbox ("
                    + QuarantineReasons.of(unreadable) + ")");
        }
        return intake.process(raw);
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
}
