import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.casedesk.CaseDeskApplication;
import com.casedesk.intake.MailIntake;
import com.casedesk.intake.MailboxPoller;
import com.casedesk.mail.EmbeddedMailServer;

/**
 * Email intake throughput against a bare process start, same process, same database, same run.
 *
 * <pre>
 * ./mvnw -o -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:$(cat target/cp.txt) bench/IntakeBenchmark.java [mails, default 500]
 * </pre>
 *
 * Intake: N mails are put in the embedded mailbox while the poller is stopped; the clock runs from the poller's
 * start until the N-th mail committed (IMAP fetch, MIME parsing, classification rules, customer lookup, case and
 * process start, timeline, acknowledgement in the outbox, move to CaseDesk/Processed). Without the
 * mailbox: the same N mails handed to {@code MailIntake.process} directly. Bare: N
 * {@code startProcessInstanceByKey} of the process the intake started (a general inquiry: {@code customerInquiry})
 * with the start variables of the intake's last case, one transaction each.
 */
public class IntakeBenchmark {

    public static void main(String[] args) throws Exception {
        int mails = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path data = Files.createTempDirectory("casedesk-bench");
        ConfigurableApplicationContext app = new SpringApplication(CaseDeskApplication.class).run(
                "--casedesk.data-dir=" + data, "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1",
                "--casedesk.mail.embedded.smtp-port=0", "--casedesk.mail.embedded.imap-port=0", "--server.port=0",
                "--casedesk.admin.password=bench-password", "--casedesk.mail.intake.auto-mails-per-address-per-day=1000000",
                "--logging.level.root=WARN", "--logging.level.com.casedesk=WARN");
        try {
            MailboxPoller poller = app.getBean(MailboxPoller.class);
            EmbeddedMailServer server = app.getBean(EmbeddedMailServer.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            RuntimeService runtime = app.getBean(RuntimeService.class);
            TransactionTemplate transaction = app.getBean(TransactionTemplate.class);

            // warm-up: rules, engine and JIT see a few mails of each path first
            run(poller, server, jdbc, "Warm-up", 50);
            String warmInstance = jdbc.queryForObject("SELECT process_instance_id FROM cd_case ORDER BY id DESC LIMIT 1", String.class);
            bare(runtime, transaction, app.getBean(org.camunda.bpm.engine.RepositoryService.class).getProcessDefinition(
                    runtime.createProcessInstanceQuery().processInstanceId(warmInstance).singleResult().getProcessDefinitionId()).getKey(),
                    runtime.getVariables(warmInstance), 50);

            double intake = run(poller, server, jdbc, "Bench " + UUID.randomUUID(), mails);
            double direct = direct(app.getBean(MailIntake.class), mails);
            // the bare start uses the process and start variables the intake's last case got
            String instance = jdbc.queryForObject("SELECT process_instance_id FROM cd_case ORDER BY id DESC LIMIT 1", String.class);
            var started = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult();
            String processKey = app.getBean(org.camunda.bpm.engine.RepositoryService.class)
                    .getProcessDefinition(started.getProcessDefinitionId()).getKey();
            Map<String, Object> variables = runtime.getVariables(instance);
            double bare = bare(runtime, transaction, processKey, variables, mails);
            System.out.printf("%nIntake benchmark, %d mails (embedded GreenMail, in-memory H2, %d cores)%n", mails,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("  intake (mail -> case):            %8.1f cases/s%n", intake);
            System.out.printf("  intake without the mailbox:       %8.1f cases/s (raw mail -> case, no IMAP)%n", direct);
            System.out.printf("  bare startProcessInstanceByKey:   %8.1f starts/s (%s, same start variables)%n", bare, processKey);
            System.out.printf("  cost ratio (bare rate / intake):  %8.2f x%n", bare / intake);
        } finally {
            app.close();
        }
    }

    private static double run(MailboxPoller poller, EmbeddedMailServer server, JdbcTemplate jdbc, String prefix, int count)
            throws Exception {
        poller.stop();
        Session session = Session.getInstance(new java.util.Properties());
        var user = server.greenMail().getUserManager().getUser(server.mailbox());
        for (int i = 0; i < count; i++) {
            String raw = mail(prefix, i);
            user.deliver(new MimeMessage(session, new java.io.ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
        }
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM cd_intake_mail", Long.class);
        long start = System.nanoTime();
        poller.start();
        // the primary-key range keeps this check cheap: it must not compete with the intake for the CPU
        while (jdbc.queryForObject("SELECT COUNT(*) FROM cd_intake_mail WHERE id > ?", Integer.class, before) < count) {
            Thread.sleep(20);
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static double direct(MailIntake intake, int count) {
        String prefix = "Direct " + UUID.randomUUID();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            intake.process(mail(prefix, i).getBytes(StandardCharsets.UTF_8));
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static String mail(String prefix, int i) {
        return "Message-ID: <" + UUID.randomUUID() + "@bench.example>\r\nFrom: bench" + (i % 50)
                + "@customer.example\r\nTo: support@casedesk.local\r\nSubject: " + prefix + " " + i
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHej, jag har en fråga om mitt avtal.\r\n";
    }

    private static double bare(RuntimeService runtime, TransactionTemplate transaction, String processKey,
            Map<String, Object> variables, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Map<String, Object> copy = new HashMap<>(variables);
            copy.put("caseNumber", "BARE-" + i);
            int n = i;
            transaction.executeWithoutResult(status -> runtime.startProcessInstanceByKey(processKey, "BARE-" + n, copy));
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
