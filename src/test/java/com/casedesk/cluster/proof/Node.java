package com.casedesk.cluster.proof;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One CaseDesk node: a JVM of its own running the jar, its log in a file. */
public final class Node {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final List<String> arguments;
    private final Path log;
    private Process process;
    private long startedAt;

    Node(String name, int port, Path jar, Path workDir, List<String> settings) {
        this.name = name;
        this.port = port;
        this.log = workDir.resolve("node-" + name + ".log");
        this.arguments = new ArrayList<>(List.of(javaBinary(), "-Xmx1g", "-XX:+UseSerialGC", "-jar", jar.toString(),
                "--server.port=" + port, "--casedesk.data-dir=" + workDir.resolve("node-" + name)));
        this.arguments.addAll(settings);
    }

    public void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("CASEDESK_NODE", "node-" + name);
        startedAt = System.nanoTime();
        process = builder.start();
    }

    /** Seconds from start to a healthy readiness probe. */
    public double awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (healthy()) {
                return (System.nanoTime() - startedAt) / 1e9;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("node " + name + " not healthy within " + timeout + "; see " + log);
    }

    boolean healthy() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no lease released, no transaction finished. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: a graceful stop. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    Path log() {
        return log;
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
