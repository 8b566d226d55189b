package com.casedesk.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code casedesk.mail.*}. With no {@code imap.host} configured, CaseDesk starts its embedded mail server and
 * points both the intake mailbox and outgoing SMTP at it.
 *
 * @param trustedAuthservId the authserv-id of the receiving mail server whose {@code Authentication-Results} header
 *                          (RFC 8601) CaseDesk trusts; unset: the {@code From} header is trusted as it stands
 */
@ConfigurationProperties("casedesk.mail")
public record MailProperties(
        @DefaultValue("support@casedesk.local") String address,
        @DefaultValue("CaseDesk kundservice") String displayName,
        @DefaultValue Imap imap,
        @DefaultValue Smtp smtp,
        @DefaultValue Embedded embedded,
        @DefaultValue Outbox outbox,
        @DefaultValue Intake intake,
        String trustedAuthservId) {

    public boolean embeddedServer() {
        return imap.host() == null || imap.host().isBlank();
    }

    public record Imap(String host, @DefaultValue("993") int port, String user, String password,
            @DefaultValue("INBOX") String folder, @DefaultValue("true") boolean ssl,
            @DefaultValue("PT10S") Duration pollInterval) {
    }

    public record Smtp(String host, @DefaultValue("587") int port, String user, String password,
            @DefaultValue("true") boolean starttls) {
    }

    /** The in-process server of the default run; port 0 picks a free port (tests). */
    public record Embedded(@DefaultValue("3025") int smtpPort, @DefaultValue("3143") int imapPort) {
    }

    /**
     * @param pollInterval how often each node looks for mail to send
     * @param maxAttempts  sends tried before a mail is marked FAILED
     * @param claimTimeout a claim older than this is taken for a node that died mid-send and released; a batch
     *                     stops starting sends after half of it, so a live node never holds a claim this long
     */
    public record Outbox(@DefaultValue("PT2S") Duration pollInterval, @DefaultValue("8") int maxAttempts,
            @DefaultValue("PT10M") Duration claimTimeout) {

        /** How long a batch may start sends: half the claim timeout (one send's SMTP timeouts stay far below). */
        public Duration batchTime() {
            return claimTimeout.dividedBy(2);
        }
    }

    /**
     * How the intake reads the mailbox ({@code com.casedesk.intake}).
     *
     * @param enabled                   whether this node reads the mailbox at all
     * @param maxMessageSize            a larger mail goes to quarantine unread
     * @param autoMailsPerAddressPerDay at most this many automatic mails (acknowledgements) per sender and day
     * @param processedFolder           where a mail goes once its case committed ({@code /} separates levels)
     * @param quarantineFolder          where a mail that cannot be processed goes
     * @param maxBackoff                longest wait between reconnect attempts after a mailbox failure
     * @param lease                     how long the reading node's lease lasts unrenewed: the longest another node
     *                                  waits to take the mailbox over from a node that died
     */
    public record Intake(@DefaultValue("true") boolean enabled, @DefaultValue("25MB") DataSize maxMessageSize,
            @DefaultValue("5") int autoMailsPerAddressPerDay,
            @DefaultValue("CaseDesk/Processed") String processedFolder,
            @DefaultValue("CaseDesk/Quarantine") String quarantineFolder,
            @DefaultValue("PT5M") Duration maxBackoff, @DefaultValue("PT30S") Duration lease) {
    }
}
