import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * java -cp target/classes:$(cat target/cp.txt) bench/IntakeBenchmark.java [mails, default 500] [rounds, default 3]
 * </pre>
 *
 * Each of the three paths first runs max(200, N/2) times unmeasured, so the JIT has compiled all of them; then
 * the three take turns for a number of rounds, and the medians are compared.
 * Intake: N mails are put in the embedded mailbox while the poller is stopped; the clock runs from the poller's
 * start until the N-th mail committed (IMAP fetch, MIME parsing, classification rules, customer lookup, case and
 * process start, timeline, acknowledgement in the outbox, move to CaseDesk/Processed). Without the
 * mailbox: the same N mails handed to {@code MailIntake.process} directly. Bare: N
 * {@code startProcessInstanceByKey} of the process the intake started (a general inquiry: {@code customerInquiry})
 * with the start variables of the intake's last case, one transaction each.
 * {@code -Dbench.datasource-url=jdbc:h2:file:{data-dir}/casedesk;WRITE_DELAY=0} runs it on a file database (the
 * default run's), instead of the in-memory one.
 */
public class IntakeBenchmark {

    public static void main(String[] args) throws Exception {
        int mails = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path data = Files.createTempDirectory("casedesk-bench");
        ConfigurableApplicationContext app = new SpringApplication(CaseDeskApplication.class).run(
                "--casedesk.data-dir=" + data, "--spring.datasource.url=" + System.getProperty("bench.datasource-url",
                        "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1").replace("{data-dir}", data.toString()),
                "--casedesk.mail.embedded.smtp-port=0", "--casedesk.mail.embedded.imap-port=0", "--server.port=0",
                "--casedesk.admin.password=bench-password", "--casedesk.mail.intake.auto-mails-per-address-per-day=1000000",
                "--logging.level.root=WARN", "--logging.level.com.casedesk=WARN");
        try {
            MailboxPoller poller = app.getBean(MailboxPoller.class);
            EmbeddedMailServer server = app.getBean(EmbeddedMailServer.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            RuntimeService runtime = app.getBean(RuntimeService.class);
            TransactionTemplate transaction = app.getBean(TransactionTemplate.class);

            MailIntake mailIntake = app.getBean(MailIntake.class);
            org.camunda.bpm.engine.RepositoryService repository = app.getBean(org.camunda.bpm.engine.RepositoryService.class);

            // warm-up: every path runs long enough for the JIT to compile it before it is measured (with a short
            // warm-up the phase measured first pays for most of the compilation)
            int warmUp = Math.max(200, mails / 2);
            run(poller, server, jdbc, "Warm-up " + UUID.randomUUID(), warmUp);
            direct(mailIntake, warmUp);
            // the bare start uses the process and the start variables the intake gave its last case
            String instance = jdbc.queryForObject("SELECT process_instance_id FROM cd_case ORDER BY id DESC LIMIT 1", String.class);
            String processKey = repository.getProcessDefinition(runtime.createProcessInstanceQuery()
                    .processInstanceId(instance).singleResult().getProcessDefinitionId()).getKey();
            Map<String, Object> variables = runtime.getVariables(instance);
            bare(runtime, transaction, processKey, variables, warmUp);

            // the three paths take turns, so a slower or faster stretch of a shared machine hits all of them
            List<Phase> intake = new ArrayList<>();
            List<Phase> direct = new ArrayList<>();
            List<Phase> bare = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                intake.add(run(poller, server, jdbc, "Bench " + UUID.randomUUID(), mails));
                direct.add(direct(mailIntake, mails));
                bare.add(bare(runtime, transaction, processKey, variables, mails));
            }
            Phase intakeMedian = Phase.median(intake);
            Phase directMedian = Phase.median(direct);
            Phase bareMedian = Phase.median(bare);
            System.out.printf("%nIntake benchmark, %d mails x %d rounds (embedded GreenMail, in-memory H2, %d cores); medians%n",
                    mails, rounds, Runtime.getRuntime().availableProcessors());
            System.out.printf("                                      rate          CPU ms per case: worker thread, whole JVM%n");
            System.out.printf("  intake (mail -> case):            %8.1f cases/s  %s%n", intakeMedian.rate(), intakeMedian.cpu());
            System.out.printf("  intake without the mailbox:       %8.1f cases/s  %s (raw mail -> case, no IMAP)%n",
                    directMedian.rate(), directMedian.cpu());
            System.out.printf("  bare startProcessInstanceByKey:   %8.1f starts/s %s (%s, same start variables)%n",
                    bareMedian.rate(), bareMedian.cpu(), processKey);
            System.out.printf("  cost ratio (bare rate / intake):  %8.2f x (without the mailbox %.2f x)%n",
                    bareMedian.rate() / intakeMedian.rate(), bareMedian.rate() / directMedian.rate());
            for (int round = 0; round < rounds; round++) {
                System.out.printf("    round %d: %.1f / %.1f / %.1f per s, ratio %.2f x (without the mailbox %.2f x)%n", round + 1,
                        intake.get(round).rate(), direct.get(round).rate(), bare.get(round).rate(),
                        bare.get(round).rate() / intake.get(round).rate(), bare.get(round).rate() / direct.get(round).rate());
            }
        } finally {
            app.close();
        }
    }

    /** What one phase measured: cases per second, and CPU time per case of the thread doing the work and of the JVM. */
    private record Phase(double rate, double workerCpuMillis, double jvmCpuMillis) {

        String cpu() {
            return String.format("%6.2f, %6.2f", workerCpuMillis, jvmCpuMillis);
        }

        /** Each figure's own median over the rounds. */
        static Phase median(List<Phase> phases) {
            return new Phase(median(phases, Phase::rate), median(phases, Phase::workerCpuMillis),
                    median(phases, Phase::jvmCpuMillis));
        }

        private static double median(List<Phase> phases, java.util.function.ToDoubleFunction<Phase> figure) {
            double[] sorted = phases.stream().mapToDouble(figure).sorted().toArray();
            return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
    }

    /** CPU clocks read at the start of a phase. */
    private record Clocks(long wall, long jvm, long worker) {

        static Clocks read(long workerThread) {
            return new Clocks(System.nanoTime(), jvmCpu(), THREADS.getThreadCpuTime(workerThread));
        }

        Phase phase(int count, long workerThread) {
            Clocks end = read(workerThread);
            return new Phase(count / ((end.wall - wall) / 1e9), (end.worker - worker) / 1e6 / count,
                    (end.jvm - jvm) / 1e6 / count);
        }

        private static long jvmCpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long mailboxThread() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("casedesk-mailbox"))
                .findFirst().orElseThrow().getId();
    }

    private static Phase run(MailboxPoller poller, EmbeddedMailServer server, JdbcTemplate jdbc, String prefix, int count)
            throws Exception {
        poller.stop();
        Session session = Session.getInstance(new java.util.Properties());
        var user = server.greenMail().getUserManager().getUser(server.mailbox());
        for (int i = 0; i < count; i++) {
            String raw = mail(prefix, i);
            user.deliver(new MimeMessage(session, new java.io.ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
        }
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM cd_intake_mail", Long.class);
        long jvmStart = Clocks.jvmCpu();
        long start = System.nanoTime();
        poller.start();
        long worker = mailboxThread();
        Clocks clocks = new Clocks(start, jvmStart, 0);
        // the primary-key range keeps this check cheap: it must not compete with the intake for the CPU
        while (jdbc.queryForObject("SELECT COUNT(*) FROM cd_intake_mail WHERE id > ?", Integer.class, before) < count) {
            Thread.sleep(20);
        }
        return clocks.phase(count, worker);
    }

    private static Phase direct(MailIntake intake, int count) {
        String prefix = "Direct " + UUID.randomUUID();
        long self = Thread.currentThread().getId();
        Clocks clocks = Clocks.read(self);
        for (int i = 0; i < count; i++) {
            intake.process(mail(prefix, i).getBytes(StandardCharsets.UTF_8));
        }
        return clocks.phase(count, self);
    }

    private static String mail(String prefix, int i) {
        return "Message-ID: <" + UUID.randomUUID() + "@bench.example>\r\nFrom: bench" + (i % 50)
                + "@customer.example\r\nTo: support@casedesk.local\r\nSubject: " + prefix + " " + i
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHej, jag har en fråga om mitt avtal.\r\n";
    }

    private static Phase bare(RuntimeService runtime, TransactionTemplate transaction, String processKey,
            Map<String, Object> variables, int count) {
        String run = "BARE-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        long self = Thread.currentThread().getId();
        Clocks clocks = Clocks.read(self);
        for (int i = 0; i < count; i++) {
            Map<String, Object> copy = new HashMap<>(variables);
            copy.put("caseNumber", run + i);
            int n = i;
            transaction.executeWithoutResult(status -> runtime.startProcessInstanceByKey(processKey, run + n, copy));
        }
        return clocks.phase(count, self);
    }
}
