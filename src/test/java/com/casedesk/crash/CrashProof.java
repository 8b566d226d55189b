package com.casedesk.crash;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The crash proof (run by {@code scripts/crash-proof.sh}, not by {@code ./mvnw verify}): a mailbox outside CaseDesk
 * (GreenMail in this JVM) holds N mails; CaseDesk runs as its own JVM from the built jar on a fresh H2 file
 * database, is killed with SIGKILL while the intake is in the middle of a chunk, and is started again. It passes
 * when every mail ended in CaseDesk/Processed and is exactly one case (one intake row with its case, all cases
 * distinct, no other case, nothing in quarantine or left in the inbox).
 *
 * <p>Arguments: the jar, the number of mails (default 1000), the fraction processed before the kill (default 0.3).
 * {@code -Dcrash.datasource-url=...} runs CaseDesk on another database URL (e.g. without {@code WRITE_DELAY=0},
 * to see the proof fail).
 */
public final class CrashProof {

    private static final String USER = "support@casedesk.local";
    private static final String PASSWORD = "crash-proof-mailbox-password";
    private static final String ADMIN_PASSWORD = "crash-proof-admin-password";

    private final Path jar;
    private final int mails;
    private final double killAt;
    private final Path dataDir;
    private final int httpPort = freePort();
    private GreenMail mailServer;
    private final List<Process> started = new ArrayList<>();

    private CrashProof(Path jar, int mails, double killAt) throws Exception {
        this.jar = jar;
        this.mails = mails;
        this.killAt = killAt;
        this.dataDir = Files.createTempDirectory("casedesk-crash-proof");
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/casedesk.jar");
        int mails = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        double killAt = args.length > 2 ? Double.parseDouble(args[2]) : 0.3;
        boolean passed = new CrashProof(jar, mails, killAt).run();
        System.exit(passed ? 0 : 1);
    }

    private boolean run() throws Exception {
        int smtp = freePort();
        int imap = freePort();
        mailServer = new GreenMail(new ServerSetup[] { new ServerSetup(smtp, "127.0.0.1", "smtp"),
                new ServerSetup(imap, "127.0.0.1", "imap") });
        mailServer.start();
        try {
            GreenMailUser mailbox = mailServer.setUser(USER, USER, PASSWORD);
            Set<String> ids = deliver(mailbox);
            log("%d mails in the inbox of %s (IMAP 127.0.0.1:%d, outside CaseDesk); H2 in %s", mails, USER, imap, dataDir);

            Process first = start(smtp, imap, "first");
            int movedAtLeast = waitForProcessed(first, (int) Math.ceil(mails * killAt));
            // into the next 50-mail chunk: some of its mails committed, none moved yet (or its move under way)
            Thread.sleep(new java.util.Random().nextInt(300, 1500));
            int movedBeforeKill = count("CaseDesk/Processed");
            first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no orderly close of the database
            first.waitFor();
            log("SIGKILL %d mails into the run (%d moved to CaseDesk/Processed when the kill was decided)",
                    movedBeforeKill, movedAtLeast);

            Process second = start(smtp, imap, "second");
            waitForEmptyInbox(second);
            second.destroy(); // SIGTERM: an orderly stop, so the database can be opened here
            second.waitFor();
            return check(ids);
        } finally {
            started.forEach(Process::destroyForcibly);
            mailServer.stop();
        }
    }

    private Set<String> deliver(GreenMailUser mailbox) throws Exception {
        Session session = Session.getInstance(new Properties());
        Set<String> ids = new HashSet<>();
        for (int i = 1; i <= mails; i++) {
            String id = "<crash-" + i + "-" + System.nanoTime() + "@customer.example>";
            String raw = "Message-ID: " + id + "\r\nFrom: customer" + (i % 97) + "@customer.example\r\n"
                    + "To: " + USER + "\r\nSubject: Fråga nummer " + i + "\r\nDate: Mon, 2 Nov 2026 10:00:00 +0100\r\n"
                    + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                    + "Hej, jag har en fråga om mitt larm (nummer " + i + ").\r\n";
            mailbox.deliver(new MimeMessage(session, new java.io.ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
            ids.add(id);
        }
        return ids;
    }

    private Process start(int smtp, int imap, String name) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + httpPort, "--casedesk.data-dir=" + dataDir, "--casedesk.demo.enabled=false",
                "--casedesk.mail.imap.host=127.0.0.1", "--casedesk.mail.imap.port=" + imap,
                "--casedesk.mail.imap.user=" + USER, "--casedesk.mail.imap.password=" + PASSWORD,
                "--casedesk.mail.imap.ssl=false", "--casedesk.mail.imap.poll-interval=PT1S",
                "--casedesk.mail.smtp.host=127.0.0.1", "--casedesk.mail.smtp.port=" + smtp,
                "--casedesk.mail.smtp.starttls=false", "--logging.level.root=WARN"));
        String url = System.getProperty("crash.datasource-url");
        if (url != null) {
            command.add("--spring.datasource.url=" + url.replace("{data-dir}", dataDir.toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve(name + ".log").toFile());
        builder.environment().put("CASEDESK_ADMIN_PASSWORD", ADMIN_PASSWORD);
        log("starting CaseDesk (%s run): %s", name, String.join(" ", command));
        Process process = builder.start();
        started.add(process);
        return process;
    }

    /** Waits until at least {@code atLeast} mails were moved to CaseDesk/Processed; returns how many were. */
    private int waitForProcessed(Process app, int atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < deadline) {
            requireAlive(app);
            int moved = count("CaseDesk/Processed");
            if (moved >= atLeast) {
                return moved;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("CaseDesk did not process " + atLeast + " mails in time; see " + dataDir);
    }

    private void waitForEmptyInbox(Process app) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < deadline) {
            requireAlive(app);
            if (count("INBOX") == 0) {
                Thread.sleep(2000); // the last chunk's move, then nothing more to do
                if (count("INBOX") == 0) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the inbox was not emptied in time; see " + dataDir);
    }

    private int count(String folderPath) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", mailServer.getImap().getPort(), USER, PASSWORD);
        try {
            // level by level, as the intake creates them: the server chooses its hierarchy separator ('.' here)
            String[] names = folderPath.split("/");
            Folder folder = store.getFolder(names[0]);
            for (int i = 1; i < names.length && folder.exists(); i++) {
                folder = folder.getFolder(names[i]);
            }
            return folder.exists() ? folder.getMessageCount() : 0;
        } finally {
            store.close();
        }
    }

    private boolean check(Set<String> ids) throws Exception {
        List<String> problems = new ArrayList<>();
        int processed = count("CaseDesk/Processed");
        int quarantined = count("CaseDesk/Quarantine");
        int inbox = count("INBOX");
        if (processed != mails || quarantined != 0 || inbox != 0) {
            problems.add("folders: " + processed + " in CaseDesk/Processed, " + quarantined + " in quarantine, " + inbox
                    + " in the inbox (expected " + mails + ", 0, 0)");
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("casedesk"), "casedesk", "")) {
            Set<String> caseNumbers = new HashSet<>();
            int withCase = 0;
            try (ResultSet rows = db.createStatement().executeQuery("SELECT m.message_id, m.outcome, c.case_number"
                    + " FROM cd_intake_mail m LEFT JOIN cd_case c ON c.case_number = m.case_number")) {
                while (rows.next()) {
                    if (!ids.contains(rows.getString(1))) {
                        problems.add("an intake row for an unknown mail: " + rows.getString(1));
                    } else if (rows.getString(3) == null) {
                        problems.add("mail " + rows.getString(1) + " has no case (" + rows.getString(2) + ")");
                    } else if (!caseNumbers.add(rows.getString(3))) {
                        problems.add("case " + rows.getString(3) + " counted twice");
                    } else {
                        withCase++;
                    }
                }
            }
            int cases = scalar(db, "SELECT COUNT(*) FROM cd_case");
            int distinctMails = scalar(db, "SELECT COUNT(DISTINCT message_id) FROM cd_intake_mail");
            if (withCase != mails || cases != mails || distinctMails != mails) {
                problems.add(mails + " mails, but " + distinctMails + " of them read, " + withCase
                        + " with a case, " + cases + " cases in all");
            }
            log("result: %d mails, %d in CaseDesk/Processed, %d intake rows with a case, %d cases", mails, processed,
                    withCase, cases);
        }
        problems.stream().limit(20).forEach(problem -> log("FAILED: %s", problem));
        log(problems.isEmpty() ? "PASSED: every mail is exactly one case after a SIGKILL mid-chunk and a restart"
                : "FAILED: %d problems (logs of both runs in %s)", problems.size(), dataDir);
        return problems.isEmpty();
    }

    private static int scalar(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void requireAlive(Process app) {
        if (!app.isAlive()) {
            throw new IllegalStateException("CaseDesk exited with " + app.exitValue() + "; see the logs in " + dataDir);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void log(String format, Object... args) {
        System.out.println("crash-proof: " + String.format(format, args));
    }

}
