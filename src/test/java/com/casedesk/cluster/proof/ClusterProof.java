package com.casedesk.cluster.proof;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code scripts/cluster-proof.sh}: two CaseDesk nodes (separate JVMs) on one PostgreSQL and one shared mail
 * server; N due dunning timers and M customer mails; the node reading the mailbox is killed with SIGKILL half-way;
 * the other finishes; the killed node comes back; then every count is checked. Exit status 1 on any miss.
 */
public final class ClusterProof {

    private ClusterProof() {
    }

    public static void main(String[] args) throws Exception {
        // the shared mail server logs every new mailbox at INFO
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int timers = option(args, "--timers", 1000);
        int mails = option(args, "--mails", 100);
        Cluster cluster = new Cluster();
        Load load = new Load(timers, mails);
        Checks checks = new Checks(cluster, load);
        Node a = null;
        Node b = null;
        int exit = 1;
        try {
            cluster.wipeDatabase();
            cluster.startMailServer();
            a = cluster.node("a", 18161, List.of());
            b = cluster.node("b", 18162, List.of());
            log("two nodes starting at the same moment on an empty database (ports 18161, 18162; mail 13625/13626)");
            a.start();
            b.start();
            Node first = a;
            Node second = b;
            CompletableFuture<Double> upA = CompletableFuture.supplyAsync(() -> healthy(first));
            CompletableFuture<Double> upB = CompletableFuture.supplyAsync(() -> healthy(second));
            log(String.format("both healthy: node a after %.1f s, node b after %.1f s", upA.join(), upB.join()));

            load.importCustomers(a);
            log(load.customers + " customers with " + timers + " overdue invoices imported; overdue-invoice scan due now");
            load.runOverdueScanNow(a);
            long started = System.nanoTime();
            load.sendMails(cluster, 0, mails / 2);
            log((mails / 2) + " customer mails sent to " + Cluster.SUPPORT);

            // wait until about half the reminders are written, then kill the node that reads the mailbox
            long written;
            while ((written = checks.count("SELECT COUNT(*) FROM cd_outbox_mail WHERE subject LIKE '%PX-I-%'")) < timers / 2) {
                if (System.nanoTime() - started > Duration.ofMinutes(10).toNanos()) {
                    throw new IllegalStateException("only " + written + " reminders after 10 minutes");
                }
                Thread.sleep(100);
            }
            Node victim = mailboxReader(checks, a, b);
            int percent = (int) (written * 100 / timers);
            victim.kill();
            // what the dead node had claimed and not marked sent: each may or may not have reached the mail server
            Set<String> inDoubt = new HashSet<>(checks.strings("SELECT message_id FROM cd_outbox_mail WHERE status = 'SENDING'"
                    + " AND claimed_by LIKE '" + victim.pid() + "@%'"));
            log("node " + victim.name + " (pid " + victim.pid() + ", the mailbox reader) killed with SIGKILL at " + percent
                    + "% of the reminders; it held " + inDoubt.size() + " outbox mails claimed");
            Node survivor = victim == a ? b : a;
            load.sendMails(cluster, mails / 2, mails);
            log((mails - mails / 2) + " more customer mails sent; node " + survivor.name + " carries on alone");

            awaitDone(checks, timers, mails, Duration.ofMinutes(10));
            log(String.format("all work done %.1f s after the scan started", (System.nanoTime() - started) / 1e9));
            victim.start();
            log(String.format("node %s restarted, healthy after %.1f s", victim.name, healthy(victim)));
            Thread.sleep(15_000); // time for the restarted node to do anything it (wrongly) thought left to do

            exit = verify(checks, load, inDoubt, victim.name, percent) ? 0 : 1;
        } catch (Exception e) {
            System.out.println("cluster-proof: FAILED: " + e);
            e.printStackTrace(System.out);
        } finally {
            for (Node node : new Node[] { a, b }) {
                if (node != null) {
                    node.stop();
                }
            }
            cluster.stopMailServer();
        }
        System.exit(exit);
    }

    private static boolean verify(Checks checks, Load load, Set<String> inDoubt, String victim, int percent)
            throws Exception {
        int n = load.invoices;
        int m = load.mails;
        log("checks:");
        Map<String, Integer> reminders = checks.remindersPerInvoice();
        long once = checks.allInvoiceNumbers().stream().filter(number -> reminders.getOrDefault(number, 0) == 1).count();
        long twice = reminders.values().stream().filter(count -> count > 1).count();
        checks.expect(once == n, once + "/" + n + " invoices got exactly one reminder at the mail server ("
                + twice + " got different reminders, " + (n - reminders.size()) + " none)");
        checks.expect(checks.count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'invoiceDunning'") == n,
                "one dunning process per invoice, none started twice");
        checks.expect(checks.count("SELECT COUNT(DISTINCT PROC_INST_ID_) FROM ACT_RU_EXECUTION WHERE ACT_ID_ = 'timer_secondReminderDue'") == n,
                "every dunning waits for its second reminder");

        long intake = checks.count("SELECT COUNT(*) FROM cd_intake_mail WHERE message_id LIKE '<proof-mail-%'");
        long mailCases = checks.count("SELECT COUNT(DISTINCT case_number) FROM cd_intake_mail WHERE message_id LIKE '<proof-mail-%'"
                + " AND outcome = 'CASE_OPENED'");
        long otherCases = checks.count("SELECT COUNT(*) FROM cd_case WHERE case_type <> 'INVOICE_DUNNING'");
        checks.expect(intake == m && mailCases == m && otherCases == m, mailCases + "/" + m
                + " mails became one case each (intake rows " + intake + ", cases besides dunning " + otherCases + ")");
        int inbox = checks.mailboxCount("INBOX");
        int processed = checks.mailboxCount("CaseDesk/Processed");
        int quarantine = checks.mailboxCount("CaseDesk/Quarantine");
        checks.expect(inbox == 0 && processed == m && quarantine == 0, "support mailbox: " + inbox + " in INBOX, "
                + processed + " in CaseDesk/Processed, " + quarantine + " in quarantine");
        long waiting = checks.count("SELECT COUNT(*) FROM cd_case c WHERE c.case_type <> 'INVOICE_DUNNING' AND ("
                + "EXISTS (SELECT 1 FROM ACT_RU_TASK t WHERE t.PROC_INST_ID_ = c.process_instance_id)"
                + " OR EXISTS (SELECT 1 FROM ACT_HI_PROCINST h WHERE h.ID_ = c.process_instance_id AND h.STATE_ = 'COMPLETED'))");
        checks.expect(waiting == m, waiting + "/" + m + " mail cases wait at a user task (or ended)");

        long incidents = checks.count("SELECT COUNT(*) FROM ACT_RU_INCIDENT");
        long failing = checks.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NOT NULL");
        long due = checks.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE DUEDATE_ IS NULL OR DUEDATE_ <= CURRENT_TIMESTAMP");
        checks.expect(incidents == 0 && failing == 0 && due == 0, incidents + " incidents, " + failing
                + " failing jobs, " + due + " jobs still due");

        List<String> outbox = checks.strings("SELECT message_id FROM cd_outbox_mail");
        long unsent = checks.count("SELECT COUNT(*) FROM cd_outbox_mail WHERE status <> 'SENT'");
        Map<String, Integer> received = checks.receivedPerMessageId();
        long missing = outbox.stream().filter(id -> !received.containsKey(id)).count();
        Set<String> repeated = new HashSet<>();
        received.forEach((id, count) -> {
            if (count > 1) {
                repeated.add(id);
            }
        });
        long resentInDoubt = repeated.stream().filter(inDoubt::contains).count();
        long duplicates = repeated.size() - resentInDoubt;
        long unknown = received.keySet().stream().filter(id -> !outbox.contains(id)).count();
        checks.expect(outbox.size() == n + m, "outbox: " + outbox.size() + " mails (" + n + " reminders + " + m
                + " acknowledgements), " + unsent + " not sent");
        checks.expect(unsent == 0 && missing == 0 && duplicates == 0 && unknown == 0, "mail server: every outbox mail received ("
                + missing + " missing), " + duplicates + " duplicates, " + unknown + " unknown; " + resentInDoubt
                + " resent with the same Message-ID because the killed node had handed them to SMTP but not yet marked them sent");

        String summary = String.format("cluster-proof: node %s killed at %d%%; %d/%d reminders once, %d/%d mails one case,"
                + " %d incidents, %d duplicates%s", victim, percent, once, n, mailCases, m, incidents, duplicates + twice,
                resentInDoubt == 0 ? "" : " (" + resentInDoubt + " in-doubt resend, same Message-ID)");
        if (!checks.misses.isEmpty()) {
            summary += "; MISSED: " + String.join(" | ", checks.misses);
        }
        System.out.println(summary);
        return checks.misses.isEmpty();
    }

    private static void awaitDone(Checks checks, int timers, int mails, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            long reminders = checks.count("SELECT COUNT(*) FROM cd_outbox_mail WHERE subject LIKE '%PX-I-%' AND status = 'SENT'");
            long intake = checks.count("SELECT COUNT(*) FROM cd_intake_mail WHERE message_id LIKE '<proof-mail-%'");
            long open = checks.count("SELECT COUNT(*) FROM cd_outbox_mail WHERE status IN ('PENDING', 'SENDING')");
            long jobs = checks.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE DUEDATE_ IS NULL OR DUEDATE_ <= CURRENT_TIMESTAMP");
            if (reminders >= timers && intake >= mails && open == 0 && jobs == 0) {
                return;
            }
            Thread.sleep(1000);
        }
        log("not everything done within " + timeout + "; checking what there is");
    }

    private static Node mailboxReader(Checks checks, Node a, Node b) throws Exception {
        List<String> holder = checks.strings("SELECT locked_by FROM cd_lease WHERE name = 'mailbox-reader'");
        if (!holder.isEmpty() && holder.get(0).startsWith(a.pid() + "@")) {
            return a;
        }
        return b;
    }

    private static double healthy(Node node) {
        try {
            return node.awaitHealthy(Duration.ofMinutes(Integer.getInteger("proof.start-minutes", 15)));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    static void log(String line) {
        System.out.println("cluster-proof: " + line);
    }
}
