import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up to healthy on a restart: CaseDesk (target/casedesk.jar, H2 file database, embedded mail server) against
 * a bare Camunda Spring Boot application (bench/bare-camunda: engine, webapps, REST, JDBC, H2), side by side on
 * this machine. Each is started once to create its database (not measured; skipped when its data folder under
 * target/startup-bench is kept from an earlier run), then they take turns, 3 restarts each.
 * Healthy = CaseDesk's /actuator/health/readiness, the bare one's /engine-rest/engine answering 200. Resident memory
 * (VmRSS) and the CPU time the process has used (user + system) are read when healthy. Prints the medians and the
 * ratios against the bare starter.
 * <pre>
 *   bench/startup.sh [rounds] [label=jar[,jvm-option...] ...]
 * </pre>
 * Each extra {@code label=jar} is one more variant taking its turn in every round (for example the jar before a
 * change: {@code before=target/casedesk-before.jar}); a variant's JVM options follow the jar after commas; a label
 * that starts with "bare" is run as the bare starter (e.g. the bare starter with its own class-data archive).
 * Ports: {@code -Dbench.port=8194} for CaseDesk, {@code -Dbench.bare-port} (default that + 1) for the bare starter
 * (one runs at a time, so both may be the same), {@code -Dbench.smtp-port=3491}, {@code -Dbench.imap-port=3493}
 * (0: any free port); {@code -Dbench.casedesk-jar=target/casedesk.jar}.
 */
public class StartupBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BARE = "bare Camunda";

    /** @param cpuSeconds user + system CPU time of the process when healthy: less sensitive to other load than wall time */
    record Run(double seconds, long rssMb, double cpuSeconds) {
    }

    record Variant(String label, List<String> command, String health) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int port = Integer.getInteger("bench.port", 8194);
        int barePort = Integer.getInteger("bench.bare-port", port + 1);
        String smtp = System.getProperty("bench.smtp-port", "3491");
        String imap = System.getProperty("bench.imap-port", "3493");
        Path work = Path.of("target", "startup-bench").toAbsolutePath();
        Files.createDirectories(work);
        List<Variant> variants = new ArrayList<>();
        variants.add(caseDesk("CaseDesk", System.getProperty("bench.casedesk-jar", "target/casedesk.jar"), List.of(), port,
                smtp, imap, work));
        for (int i = 1; i < args.length; i++) {
            String[] labelAndJar = args[i].split("=", 2);
            List<String> jarAndOptions = Arrays.asList(labelAndJar[1].split(","));
            List<String> options = jarAndOptions.subList(1, jarAndOptions.size());
            variants.add(labelAndJar[0].startsWith("bare") ? bare(labelAndJar[0], jarAndOptions.get(0), options, barePort,
                    work) : caseDesk(labelAndJar[0], jarAndOptions.get(0), options, port, smtp, imap, work));
        }
        variants.add(bare(BARE, "bench/bare-camunda/target/bare-camunda.jar", List.of(), barePort, work));
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        for (Variant variant : variants) {
            // the first start creates the database; a data folder kept from an earlier run already has it
            if (!Files.isDirectory(work.resolve(dataFolder(variant.label())))) {
                start(variant, variant.label() + " (first start)", work);
            }
            runs.put(variant.label(), new ArrayList<>());
        }
        for (int i = 0; i < rounds; i++) {
            for (Variant variant : variants) {
                runs.get(variant.label()).add(start(variant, variant.label() + " restart " + (i + 1), work));
            }
        }
        double bareSeconds = median(runs.get(BARE).stream().mapToDouble(Run::seconds).toArray());
        double bareRss = median(runs.get(BARE).stream().mapToDouble(Run::rssMb).toArray());
        double bareCpu = median(runs.get(BARE).stream().mapToDouble(Run::cpuSeconds).toArray());
        System.out.printf("startup: load average at the end %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        for (Map.Entry<String, List<Run>> entry : runs.entrySet()) {
            double seconds = median(entry.getValue().stream().mapToDouble(Run::seconds).toArray());
            double rss = median(entry.getValue().stream().mapToDouble(Run::rssMb).toArray());
            double cpu = median(entry.getValue().stream().mapToDouble(Run::cpuSeconds).toArray());
            System.out.printf("startup: restart to healthy, median of %d: %-22s %5.1f s (%.2fx bare), CPU %5.1f s"
                    + " (%.2fx bare), resident %4.0f MB (%.2fx bare); all: %s%n", rounds, entry.getKey(), seconds,
                    seconds / bareSeconds, cpu, cpu / bareCpu, rss, rss / bareRss,
                    entry.getValue().stream().map(r -> String.format("%.1f", r.seconds())).toList());
        }
    }

    private static Variant caseDesk(String label, String jar, List<String> jvmOptions, int port, String smtp,
            String imap, Path work) {
        List<String> command = new ArrayList<>(jvmOptions);
        command.addAll(List.of("-jar", Path.of(jar).toAbsolutePath().toString(), "--server.port=" + port,
                "--casedesk.data-dir=" + work.resolve(dataFolder(label)),
                "--casedesk.admin.password=startup-bench-" + System.nanoTime(),
                "--casedesk.mail.embedded.smtp-port=" + smtp, "--casedesk.mail.embedded.imap-port=" + imap));
        return new Variant(label, command, "http://127.0.0.1:" + port + "/actuator/health/readiness");
    }

    private static Variant bare(String label, String jar, List<String> jvmOptions, int port, Path work) {
        List<String> command = new ArrayList<>(jvmOptions);
        command.addAll(List.of("-jar", Path.of(jar).toAbsolutePath().toString(), "--server.port=" + port,
                "--bench.data-dir=" + work.resolve(dataFolder(label))));
        return new Variant(label, command, "http://127.0.0.1:" + port + "/engine-rest/engine");
    }

    private static String dataFolder(String label) {
        return label.replaceAll("[^A-Za-z0-9-]", "_");
    }

    private static Run start(Variant variant, String label, Path work) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(variant.command());
        Path log = work.resolve("startup.log");
        Files.writeString(log, "\n===== " + label + ": " + String.join(" ", command) + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long t0 = System.nanoTime();
        try {
            while (!healthy(variant.health())) {
                if (!process.isAlive() || System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(10)) {
                    throw new IllegalStateException(label + " did not become healthy; see " + log);
                }
                Thread.sleep(100);
            }
            Run run = new Run((System.nanoTime() - t0) / 1e9, rssMb(process.pid()), cpuSeconds(process.pid()));
            System.out.printf("startup: %-34s %6.1f s to healthy, %5.1f s CPU, %5d MB resident, load %s%n", label,
                    run.seconds(), run.cpuSeconds(), run.rssMb(),
                    Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
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

    /** utime + stime of /proc/PID/stat, in clock ticks of 1/100 s (Linux's USER_HZ). */
    private static double cpuSeconds(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }
}
