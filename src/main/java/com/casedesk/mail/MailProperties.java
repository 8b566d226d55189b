package com.casedesk.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casedesk.mail.*}. With no {@code imap.host} configured, CaseDesk starts its embedded mail server and
 * points both the intake mailbox and outgoing SMTP at it.
 */
@ConfigurationProperties("casedesk.mail")
public record MailProperties(
        @DefaultValue("support@casedesk.local") String address,
        @DefaultValue("CaseDesk kundservice") String displayName,
        @DefaultValue Imap imap,
        @DefaultValue Smtp smtp,
        @DefaultValue Embedded embedded,
        @DefaultValue Outbox outbox) {

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
     */
    public record Outbox(@DefaultValue("PT2S") Duration pollInterval, @DefaultValue("8") int maxAttempts) {
    }
}
