package com.casedesk.cluster.proof;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * What the proof and the benchmark start: a wiped PostgreSQL database, one GreenMail (SMTP + IMAP) that every node
 * shares, and the nodes' settings pointing at both.
 */
public final class Cluster {

    static final String SUPPORT = "support@casedesk.local";
    static final String ADMIN_PASSWORD = "cluster-proof-" + Long.toHexString(System.nanoTime());

    final String jdbcUrl = System.getProperty("proof.jdbc.url", "jdbc:postgresql://localhost:5432/casedesk_ci");
    final String jdbcUser = System.getProperty("proof.jdbc.user", "casedesk_ci");
    final String jdbcPassword = System.getProperty("proof.jdbc.password", "casedesk_ci");
    final int smtpPort = Integer.getInteger("proof.smtp.port", 13625);
    final int imapPort = Integer.getInteger("proof.imap.port", 13626);
    final Path workDir = Path.of("target", "cluster-proof").toAbsolutePath();
    final Path jar = Path.of("target", "casedesk.jar").toAbsolutePath();
    private final String supportPassword = "support-" + Long.toHexString(System.nanoTime());
    GreenMail mail;

    public void wipeDatabase() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
    }

    public void startMailServer() throws IOException {
        Node.deleteRecursively(workDir);
        java.nio.file.Files.createDirectories(workDir);
        mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
        mail.start();
        mail.setUser(SUPPORT, SUPPORT, supportPassword);
    }

    String supportPassword() {
        return supportPassword;
    }

    public Node node(String name, int port, List<String> extra) {
        List<String> settings = new ArrayList<>(List.of(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + jdbcUser,
                "--spring.datasource.password=" + jdbcPassword,
                "--casedesk.admin.password=" + ADMIN_PASSWORD,
                "--casedesk.demo.enabled=false",
                "--casedesk.mail.address=" + SUPPORT,
                "--casedesk.mail.imap.host=127.0.0.1",
                "--casedesk.mail.imap.port=" + imapPort,
                "--casedesk.mail.imap.ssl=false",
                "--casedesk.mail.imap.user=" + SUPPORT,
                "--casedesk.mail.imap.password=" + supportPassword,
                "--casedesk.mail.imap.poll-interval=PT2S",
                "--casedesk.mail.smtp.host=127.0.0.1",
                "--casedesk.mail.smtp.port=" + smtpPort,
                "--casedesk.mail.smtp.starttls=false",
                "--casedesk.mail.outbox.poll-interval=PT0.5S",
                // a dead node's work is taken over after these (production: 30 s lease, 5 min job lock, 10 min claim)
                "--casedesk.mail.intake.lease=PT10S",
                "--camunda.bpm.job-execution.lock-time-in-millis=20000",
                // an idle job executor looks for new jobs at least every 5 s (default: backs off to 60 s)
                "--camunda.bpm.job-execution.max-wait=5000",
                "--casedesk.mail.outbox.claim-timeout=PT20S",
                "--logging.level.root=WARN",
                "--logging.level.com.casedesk=INFO"));
        settings.addAll(extra);
        return new Node(name, port, jar, workDir, settings);
    }

    public void stopMailServer() {
        if (mail != null) {
            mail.stop();
        }
    }
}
