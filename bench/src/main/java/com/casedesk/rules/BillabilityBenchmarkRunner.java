package com.casedesk.rules;

import java.util.Collection;
import java.util.Comparator;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs {@link BillabilityBenchmark} and prints decisions per second of each variant and Drools / DMN. */
public final class BillabilityBenchmarkRunner {

    private BillabilityBenchmarkRunner() {
    }

    public static void main(String[] args) throws Exception {
        BillabilityBenchmark.checkBothAgree();
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(BillabilityBenchmark.class.getName())
                .shouldFailOnError(true)
                .build()).run();
        double dmn = score(results, "dmn");
        System.out.println();
        System.out.println("Guard call-out billability, single thread, decisions per second:");
        results.stream().sorted(Comparator.comparing(BillabilityBenchmarkRunner::name)).forEach(result -> System.out
                .printf("  %-26s %,12.0f ± %,.0f  (%.2f x DMN)%n", name(result), result.getPrimaryResult().getScore(),
                        result.getPrimaryResult().getScoreError(), result.getPrimaryResult().getScore() / dmn));
        System.out.printf("Ratio Drools (as the application runs it) / DMN: %.2f%n", score(results, "drools_decision") / dmn);
    }

    private static String name(RunResult result) {
        String label = result.getParams().getBenchmark();
        return label.substring(label.lastIndexOf('.') + 1);
    }

    private static double score(Collection<RunResult> results, String benchmark) {
        return results.stream().filter(result -> name(result).equals(benchmark)).findFirst()
                .orElseThrow().getPrimaryResult().getScore();
    }
}
