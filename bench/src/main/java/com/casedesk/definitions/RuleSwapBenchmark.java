package com.casedesk.definitions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.casedesk.billing.GuardCallBillabilityScenarios;
import com.casedesk.customers.Country;
import com.casedesk.dunning.ReminderFeeDecision;
import com.casedesk.dunning.ReminderFeeScenarios;
import com.casedesk.intake.EmailClassificationScenarios;
import com.casedesk.rules.RuleBase;
import com.casedesk.rules.RuleReload;
import com.casedesk.termination.TerminationEligibilityScenarios;

/**
 * Hot reload of the rules, in one run on a copy of rules/: (1) the time from saving a rule file (temporary file
 * renamed over it) to the new rules in force, through the real folder watcher (debounce 500 ms, the default),
 * compile and every scenario row; (2) reminder-fee decisions per second from two threads in steady state and
 * while rule changes are swapped in back to back. Not a test: it prints figures and the ratio.
 */
public final class RuleSwapBenchmark {

    private static final String FEE_60 = "\"SE\",\"2\",\"true\",\"60\"";
    private static final String FEE_75 = "\"SE\",\"2\",\"true\",\"75\"";
    private static final String ROW_60 = "SE,2,true,60,SEK";
    private static final String ROW_75 = "SE,2,true,75,SEK";
    private static final int THREADS = 2;
    private static final Duration PHASE = Duration.ofSeconds(10);

    private RuleSwapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path rules = Files.createTempDirectory("rule-swap-bench");
        copy(Path.of("rules"), rules);
        RuleBase ruleBase = new RuleBase(rules);
        RuleReload reload = new RuleReload(ruleBase, rules, List.of(new GuardCallBillabilityScenarios(),
                new ReminderFeeScenarios(), new EmailClassificationScenarios(), new TerminationEligibilityScenarios()));
        ReminderFeeDecision decision = new ReminderFeeDecision(ruleBase);
        for (int i = 0; i < 200_000; i++) {
            decision.decide(Country.SE, 2, true);
        }

        List<Long> savedToInForce = new ArrayList<>();
        try (FolderWatcher watcher = new FolderWatcher(rules, Duration.ofMillis(500), reload::reload)) {
            for (int round = 0; round < 6; round++) {
                String before = ruleBase.rulesVersion();
                long saved = System.nanoTime();
                toggleFee(rules, round % 2 == 0);
                while (ruleBase.rulesVersion().equals(before)) {
                    Thread.sleep(1);
                }
                savedToInForce.add((System.nanoTime() - saved) / 1_000_000);
                Thread.sleep(300);
            }
        }
        long direct = System.nanoTime();
        toggleFee(rules, true);
        reload.reload();
        long reloadOnly = (System.nanoTime() - direct) / 1_000_000;

        double steady = decisionsPerSecond(decision, null);
        AtomicLong swaps = new AtomicLong();
        double swapping = decisionsPerSecond(decision, () -> {
            try {
                toggleFee(rules, swaps.get() % 2 == 1);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (reload.reload().changed()) {
                swaps.incrementAndGet();
            }
        });

        Collections.sort(savedToInForce);
        System.out.println();
        System.out.printf("Save to in force (watcher debounce 500 ms + compile + every scenario row), 6 saves: "
                + "median %d ms, min %d ms, max %d ms%n", savedToInForce.get(3), savedToInForce.get(0),
                savedToInForce.get(5));
        System.out.printf("Reload alone (compile + every scenario row + swap): %d ms%n", reloadOnly);
        System.out.printf("Reminder-fee decisions/s, %d threads, %d s each: steady %,.0f; while swapping back to back"
                + " (%d swaps) %,.0f; ratio swapping / steady %.2f%n", THREADS, PHASE.toSeconds(), steady,
                swaps.get(), swapping, swapping / steady);
    }

    private static double decisionsPerSecond(ReminderFeeDecision decision, Runnable swap) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong decided = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS + 1);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            work.add(threads.submit(() -> {
                while (running.get()) {
                    decision.decide(Country.SE, 2, true);
                    decided.incrementAndGet();
                }
                return null;
            }));
        }
        if (swap != null) {
            work.add(threads.submit(() -> {
                while (running.get()) {
                    swap.run();
                }
                return null;
            }));
        }
        long start = System.nanoTime();
        Thread.sleep(PHASE.toMillis());
        long count = decided.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        for (Future<?> future : work) {
            future.get();
        }
        threads.shutdown();
        return count / seconds;
    }

    private static void toggleFee(Path rules, boolean to75) throws IOException {
        replace(rules.resolve("dunning/reminder-fees.csv"), to75 ? FEE_60 : FEE_75, to75 ? FEE_75 : FEE_60);
        replace(rules.resolve("dunning/tests/reminder-fee-scenarios.csv"), to75 ? ROW_60 : ROW_75, to75 ? ROW_75 : ROW_60);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temporary, Files.readString(file).replace(from, to));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else if (!Files.exists(copy)) {
                    Files.copy(path, copy);
                }
            }
        }
    }
}
