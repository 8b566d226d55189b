import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.casedesk.cluster.proof.Cluster;
import com.casedesk.cluster.proof.Load;
import com.casedesk.cluster.proof.Node;

/**
 * Due dunning timers processed per second by one CaseDesk node, then by two nodes on the same PostgreSQL, in one
 * run; prints both and the ratio. Each dunning is two jobs: the overdue-invoice scan's start of it, then its
 * first-reminder timer, which writes the reminder to the outbox. Uses (and wipes) the database of .ci/postgres.sh.
 *   bench/timer-throughput.sh [N]     (N due timers per run, default 1000)
 *   JDK_JAVA_OPTIONS=-Dbench.pin-cores=true bench/timer-throughput.sh [N]     (a core per node)
 */
public class TimerThroughputBenchmark {

    /** -Dbench.pin-cores=true: node a on core 0, node b on core 1 (see {@link #pin}). */
    private static final boolean PIN_CORES = Boolean.getBoolean("bench.pin-cores");

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Cluster cluster = new Cluster();
        cluster.startMailServer();
        try {
            double one = run(cluster, n, 1);
            double two = run(cluster, n, 2);
            System.out.printf("timer-throughput: %d dunnings (2 jobs each)%s: one node %.1f/s, two nodes %.1f/s: "
                    + "two / one = %.2f%n", n, PIN_CORES ? ", a core per node" : "", one, two, two / one);
        } finally {
            cluster.stopMailServer();
        }
        System.exit(0);
    }

    private static double run(Cluster cluster, int n, int nodes) throws Exception {
        cluster.wipeDatabase();
        List<Node> started = new ArrayList<>();
        try {
            for (int i = 0; i < nodes; i++) {
                Node node = cluster.node(String.valueOf((char) ('a' + i)), 18163 + i, List.of());
                node.start();
                started.add(node);
                if (PIN_CORES) {
                    pin(node, i);
                }
            }
            for (Node node : started) {
                node.awaitHealthy(Duration.ofMinutes(10));
            }
            Load load = new Load(n, 0);
            load.importCustomers(started.get(0));
            long t0 = System.nanoTime();
            load.runOverdueScanNow(started.get(0));
            long done;
            while ((done = reminders(cluster)) < n) {
                if (System.nanoTime() - t0 > Duration.ofMinutes(20).toNanos()) {
                    throw new IllegalStateException("only " + done + " of " + n + " after 20 minutes");
                }
                Thread.sleep(200);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double rate = n / seconds;
            System.out.printf("timer-throughput: %d node(s): %d dunnings in %.1f s = %.1f/s%n", nodes, n, seconds, rate);
            return rate;
        } finally {
            for (Node node : started) {
                node.stop();
            }
        }
    }

    /**
     * Node i on core i only, every thread of it (threads started later inherit it), so that the two nodes do not
     * take each other's core; PostgreSQL, the mail server and this program stay on both.
     */
    private static void pin(Node node, int core) throws Exception {
        Process taskset = new ProcessBuilder("taskset", "-a", "-cp", String.valueOf(core), String.valueOf(node.pid()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (taskset.waitFor() != 0) {
            throw new IllegalStateException("taskset could not pin node " + node.pid() + " to core " + core);
        }
    }

    private static long reminders(Cluster cluster) throws Exception {
        try (Connection connection = cluster.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM cd_outbox_mail WHERE subject LIKE '%PX-I-%'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
