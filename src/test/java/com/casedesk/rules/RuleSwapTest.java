package com.casedesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.casedesk.customers.Country;
import com.casedesk.dunning.ReminderFee;
import com.casedesk.dunning.ReminderFeeDecision;
import com.casedesk.dunning.ReminderFeeScenarios;

/** Rule changes without Spring: the rule base in force, a reload of its folder, the real dunning table. */
public class RuleSwapTest {

    private static final String FEE_60 = "\"SE_SecondReminderFeeAgreed_Fee60SEK\",\"SE\",\"2\",\"true\",\"60\"";
    private static final String FEE_75 = "\"SE_SecondReminderFeeAgreed_Fee60SEK\",\"SE\",\"2\",\"true\",\"75\"";
    private static final String SCENARIO_60 = "SE,2,true,60,SEK";
    private static final String SCENARIO_75 = "SE,2,true,75,SEK";

    @TempDir
    Path rules;

    @Test
    void shouldFinishAnEvaluationOnTheRulesItStartedWithAndDisposeThemOnlyAfterIt() throws Exception {
        write("gate.drl", gateRule("OLD"));
        RuleBase ruleBase = new RuleBase(rules);
        CompiledRules old = ruleBase.compiledInForce();
        Gate gate = new Gate();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            // Given an evaluation that holds the old rules
            Future<RuleEvaluation> running = thread.submit(() -> ruleBase.evaluate(gate));
            assertThat(gate.entered.await(10, TimeUnit.SECONDS)).isTrue();

            // When a change goes in force meanwhile
            write("gate.drl", gateRule("NEW"));
            RuleReload.Result result = new RuleReload(ruleBase, rules, List.of()).reload();

            // Then the old rules stay alive until the evaluation returns, which answers from them
            assertThat(result.changed()).isTrue();
            assertThat(old.disposed()).isFalse();
            gate.release.countDown();
            assertThat(running.get(10, TimeUnit.SECONDS).reasons()).extracting(Reason::code).containsExactly("OLD");
            assertThat(old.disposed()).isTrue();
            // and the next evaluation runs on the new rules
            Gate open = new Gate();
            open.release.countDown();
            assertThat(ruleBase.evaluate(open).reasons()).extracting(Reason::code).containsExactly("NEW");
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void shouldSwapWithNoFailedDecisionWhileFourThreadsDecide() throws Exception {
        copyDunningRules();
        RuleBase ruleBase = new RuleBase(rules);
        ReminderFeeDecision decision = new ReminderFeeDecision(ruleBase);
        RuleReload reload = new RuleReload(ruleBase, rules, List.of(new ReminderFeeScenarios()));
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger decided = new AtomicInteger();
        Set<String> fees = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> deciders = java.util.stream.IntStream.range(0, 4).<Future<?>>mapToObj(i -> threads.submit(() -> {
                while (running.get()) {
                    ReminderFee fee = decision.decide(Country.SE, 2, true);
                    fees.add(fee.fee().toPlainString());
                    decided.incrementAndGet();
                }
                return null;
            })).toList();

            // When the fee changes ten times back and forth while the four threads decide
            int swaps = 0;
            for (int i = 0; i < 10; i++) {
                boolean to75 = i % 2 == 0;
                replace("dunning/reminder-fees.csv", to75 ? FEE_60 : FEE_75, to75 ? FEE_75 : FEE_60);
                replace("dunning/tests/reminder-fee-scenarios.csv", to75 ? SCENARIO_60 : SCENARIO_75,
                        to75 ? SCENARIO_75 : SCENARIO_60);
                RuleReload.Result result = reload.reload();
                assertThat(result.problems()).isEmpty();
                swaps += result.changed() ? 1 : 0;
                Thread.sleep(20);
            }
            running.set(false);

            // Then no decision failed (get() rethrows one that did) and both fees were answered
            for (Future<?> decider : deciders) {
                decider.get(30, TimeUnit.SECONDS);
            }
            assertThat(swaps).isEqualTo(10);
            assertThat(decided.get()).isGreaterThan(10);
            assertThat(fees).containsExactlyInAnyOrder("60", "75");
            assertThat(decision.decide(Country.SE, 2, true).fee()).isEqualByComparingTo(new BigDecimal("60"));
        } finally {
            running.set(false);
            threads.shutdownNow();
        }
    }

    @Test
    void shouldRefuseAChangeWhoseScenarioRowFailsAndKeepTheRulesInForce() throws IOException {
        copyDunningRules();
        RuleBase ruleBase = new RuleBase(rules);
        String before = ruleBase.rulesVersion();

        // When the table changes the fee but the scenario still expects 60
        replace("dunning/reminder-fees.csv", FEE_60, FEE_75);
        RuleReload.Result result = new RuleReload(ruleBase, rules, List.of(new ReminderFeeScenarios())).reload();

        // Then the change is refused naming the row, and the fee in force is still 60
        assertThat(result.refused()).isTrue();
        assertThat(result.problems()).singleElement().asString()
                .startsWith("dunning/tests/reminder-fee-scenarios.csv:7: ")
                .contains("fee: expected 60 but the rules answered 75");
        assertThat(ruleBase.rulesVersion()).isEqualTo(before);
        assertThat(new ReminderFeeDecision(ruleBase).decide(Country.SE, 2, true).fee())
                .isEqualByComparingTo(new BigDecimal("60"));
    }

    @Test
    void shouldRefuseABrokenRuleFileAndKeepServingTheRulesInForce() throws IOException {
        copyDunningRules();
        RuleBase ruleBase = new RuleBase(rules);
        String before = ruleBase.rulesVersion();

        write("dunning/extra.drl", "package com.casedesk.dunning;\n\nrule \"Broken\"\nwhen\n    ReminderStep( country == )\nthen\nend\n");
        RuleReload.Result result = new RuleReload(ruleBase, rules, List.of(new ReminderFeeScenarios())).reload();

        assertThat(result.problems()).isNotEmpty().allMatch(problem -> problem.startsWith("dunning/extra.drl:5: "));
        assertThat(ruleBase.rulesVersion()).isEqualTo(before);
        assertThat(new ReminderFeeDecision(ruleBase).decide(Country.DK, 2, false).fee())
                .isEqualByComparingTo(new BigDecimal("100"));
    }

    private static String gateRule(String code) {
        return """
                package com.casedesk.test;
                import com.casedesk.rules.Reason;
                import com.casedesk.rules.RuleSwapTest.Gate;
                rule "Gate_Waits"
                when
                    $gate : Gate()
                then
                    $gate.pass();
                    insert(new Reason("%s", "answered by the %s rules"));
                end
                """.formatted(code, code);
    }

    /** A fact whose rule waits inside the evaluation until the test lets it pass. */
    public static final class Gate {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        public void pass() throws InterruptedException {
            entered.countDown();
            release.await(10, TimeUnit.SECONDS);
        }
    }

    private void copyDunningRules() throws IOException {
        for (String name : List.of("dunning/reminder-fees.csv", "dunning/tests/reminder-fee-scenarios.csv")) {
            write(name, Files.readString(Path.of("rules").resolve(name)));
        }
    }

    private void replace(String name, String from, String to) throws IOException {
        String content = Files.readString(rules.resolve(name));
        assertThat(content).contains(from);
        write(name, content.replace(from, to));
    }

    private void write(String name, String content) throws IOException {
        Path file = rules.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
