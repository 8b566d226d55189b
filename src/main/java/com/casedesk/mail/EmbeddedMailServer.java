package com.casedesk.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The in-process SMTP + IMAP server of the default run (GreenMail), so one command shows the whole product:
 * customers' mails arrive in the support mailbox, CaseDesk's answers land in the customers' mailboxes.
 * Any address receives mail; the intake mailbox has a password generated at each start.
 */
public class EmbeddedMailServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private final GreenMail greenMail;
    private final String mailbox;
    private final String password;

    EmbeddedMailServer(MailProperties properties) {
        int smtpPort = portOrFree(properties.embedded().smtpPort());
        int imapPort = portOrFree(properties.embedded().imapPort());
        this.greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
        this.mailbox = properties.address();
        this.password = java.util.UUID.randomUUID().toString();
    }

    void start() {
        greenMail.start();
        greenMail.setUser(mailbox, mailbox, password);
        log.info("Embedded mail server: SMTP localhost:{}, IMAP localhost:{}, intake mailbox {}", smtpPort(), imapPort(),
                mailbox);
    }

    void stop() {
        greenMail.stop();
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    public String mailbox() {
        return mailbox;
    }

    public String mailboxPassword() {
        return password;
    }

    /** For tests and diagnostics: the underlying server, to read customers' mailboxes. */
    public GreenMail greenMail() {
        return greenMail;
    }

    private static int portOrFree(int port) {
        if (port != 0) {
            return port;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
