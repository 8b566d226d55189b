import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up to healthy on a restart: CaseDesk (target/casedesk.jar, H2 file database, embedded mail server) against
 * a bare Camunda Spring Boot application (bench/bare-camunda: engine, webapps, REST, JDBC, H2), side by side on
 * this machine. Each is started once to create its database (not measured), then they take turns, 3 restarts each.
 * Healthy = CaseDesk's /actuator/health/readiness, the bare one's /engine-rest/engine answering 200. Resident memory
 * (VmRSS) is read when healthy. Prints the medians and the ratio.
 *   bench/startup.sh
 */
public class StartupBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Run(double seconds, long rssMb) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path work = Path.of("target", "startup-bench").toAbsolutePath();
        Files.createDirectories(work);
        List<String> caseDesk = List.of("-jar", Path.of("target/casedesk.jar").toAbsolutePath().toString(),
                "--server.port=18165", "--casedesk.data-dir=" + work.resolve("casedesk"),
                "--casedesk.admin.password=startup-bench-" + System.nanoTime(),
                "--casedesk.mail.embedded.smtp-port=13640", "--casedesk.mail.embedded.imap-port=13641");
        List<String> bare = List.of("-jar", Path.of("bench/bare-camunda/target/bare-camunda.jar").toAbsolutePath().toString(),
                "--server.port=18166", "--bench.data-dir=" + work.resolve("bare"));
        start("casedesk (first start)", caseDesk, "http://127.0.0.1:18165/actuator/health/readiness", work);
        start("bare (first start)", bare, "http://127.0.0.1:18166/engine-rest/engine", work);
        List<Run> ours = new ArrayList<>();
        List<Run> theirs = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            ours.add(start("casedesk restart " + (i + 1), caseDesk, "http://127.0.0.1:18165/actuator/health/readiness", work));
            theirs.add(start("bare restart " + (i + 1), bare, "http://127.0.0.1:18166/engine-rest/engine", work));
        }
        double a = median(ours.stream().mapToDouble(Run::seconds).toArray());
        double b = median(theirs.stream().mapToDouble(Run::seconds).toArray());
        double ra = median(ours.stream().mapToDouble(Run::rssMb).toArray());
        double rb = median(theirs.stream().mapToDouble(Run::rssMb).toArray());
        System.out.printf("startup: restart to healthy, median of %d: CaseDesk %.1f s, bare Camunda %.1f s: %.2fx;"
                + " resident memory %.0f MB vs %.0f MB%n", rounds, a, b, a / b, ra, rb);
    }

    private static Run start(String label, List<String> args, String health, Path work) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("startup.log").toFile())).start();
        long t0 = System.nanoTime();
        try {
            while (!healthy(health)) {
                if (!process.isAlive() || System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(10)) {
                    throw new IllegalStateException(label + " did not become healthy; see " + work.resolve("startup.log"));
                }
                Thread.sleep(100);
            }
            Run run = new Run((System.nanoTime() - t0) / 1e9, rssMb(process.pid()));
            System.out.printf("startup: %-24s %6.1f s to healthy, %5d MB resident%n", label, run.seconds(), run.rssMb());
            return run;
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static boolean healthy(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static long rssMb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static double median(double[] values) {
        java.util.Arrays.sort(values);
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }
}
