package com.casedesk.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
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
    private final int imapPort;
    private final String mailbox;
    private final String password;

    EmbeddedMailServer(MailProperties properties) {
        int smtpPort = portOrFree(properties.embedded().smtpPort());
        this.imapPort = portOrFree(properties.embedded().imapPort());
        this.greenMail = new NoDelayGreenMail(new ServerSetup[] {
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
        return imapPort;
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

    /**
     * GreenMail with TCP_NODELAY on every connection. GreenMail writes a response in several small pieces; with
     * Nagle's algorithm every IMAP command then waited about 40 ms for the client's delayed ACK (measured: a chunk
     * of 50 mails spent about 240 ms in SELECT, two FETCHes and MOVE; with this, about 20 ms). GreenMail's
     * ImapServer is final, so the IMAP service is rebuilt here from its public parts.
     */
    private static final class NoDelayGreenMail extends GreenMail {

        NoDelayGreenMail(ServerSetup[] setups) {
            super(setups);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
            Map<String, AbstractServer> services = new HashMap<>();
            for (ServerSetup setup : config) {
                if (ServerSetup.PROTOCOL_SMTP.equals(setup.getProtocol())) {
                    services.put(setup.getProtocol(), new SmtpServer(setup, managers) {
                        @Override
                        protected ProtocolHandler createProtocolHandler(Socket socket) {
                            noDelay(socket);
                            return super.createProtocolHandler(socket);
                        }
                    });
                } else if (ServerSetup.PROTOCOL_IMAP.equals(setup.getProtocol())) {
                    services.put(setup.getProtocol(), new AbstractServer(setup, managers) {
                        @Override
                        protected ProtocolHandler createProtocolHandler(Socket socket) {
                            noDelay(socket);
                            return new ImapHandler(managers.getUserManager(), managers.getImapHostManager(), socket);
                        }
                    });
                } else {
                    throw new IllegalArgumentException("not served here: " + setup.getProtocol());
                }
            }
            return services;
        }

        private static void noDelay(Socket socket) {
            try {
                socket.setTcpNoDelay(true);
            } catch (SocketException ignored) {
                // a connection that is already gone gets no handler anyway
            }
        }
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
