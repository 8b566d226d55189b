package com.casedesk.rules;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.kie.api.KieBase;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import com.casedesk.billing.AlarmFacts;
import com.casedesk.billing.BillabilityVerdict;
import com.casedesk.billing.GuardCallBillability;
import com.casedesk.billing.GuardCallBillabilityDecision;

/**
 * One billability decision per call, single thread, cycling through all 64 combinations of the alarm facts.
 * {@code drools_decision} is what the application runs (pooled session, reasons, fired rules); the other Drools
 * variants show what the choice of session costs; {@code dmn} is the same table in Camunda's DMN engine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class BillabilityBenchmark {

    private static final int COMBINATIONS = 64;

    private AlarmFacts[] alarms;
    private List<Map<String, Object>> variables;
    private GuardCallBillabilityDecision decision;
    private KieBase kieBase;
    private StatelessKieSession stateless;
    private final List<Object> statelessInserted = new ArrayList<>();
    private DmnEngine dmnEngine;
    private DmnDecision dmnDecision;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        // only the billing folder: the same table as the DMN, and no other capability's fact classes on the classpath
        RuleBase rules = new RuleBase(Path.of("rules", "billing"));
        decision = new GuardCallBillabilityDecision(rules);
        kieBase = rules.kieBase();
        stateless = kieBase.newStatelessKieSession();
        stateless.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null) {
                    statelessInserted.add(event.getObject());
                }
            }
        });
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = BillabilityBenchmark.class.getResourceAsStream("/guard-call-billability.dmn")) {
            dmnDecision = dmnEngine.parseDecision("guardCallBillability", dmn);
        }
        alarms = new AlarmFacts[COMBINATIONS];
        variables = new ArrayList<>();
        for (int b = 0; b < COMBINATIONS; b++) {
            alarms[b] = new AlarmFacts((b & 1) != 0, (b & 2) != 0, (b & 4) != 0, (b & 8) != 0, (b & 16) != 0,
                    (b & 32) != 0);
            Map<String, Object> input = new HashMap<>();
            input.put("directCustomer", alarms[b].directCustomer());
            input.put("guardCallOutIncluded", alarms[b].guardCallOutIncluded());
            input.put("testModeActive", alarms[b].testModeActive());
            input.put("falseAlarmReportedByPhone", alarms[b].falseAlarmReportedByPhone());
            input.put("guardDispatched", alarms[b].guardDispatched());
            input.put("contactsCalled", alarms[b].contactsCalled());
            variables.add(input);
        }
    }

    /** The comparison only means something when both engines decide the same; run once before the benchmark. */
    static void checkBothAgree() throws Exception {
        BillabilityBenchmark benchmark = new BillabilityBenchmark();
        benchmark.setUp();
        benchmark.compare();
    }

    private void compare() {
        for (int b = 0; b < COMBINATIONS; b++) {
            String drools = decision.decide(alarms[b]).charge().name();
            Object dmn = dmnEngine.evaluateDecisionTable(dmnDecision, variables.get(b)).getSingleResult()
                    .getEntry("charge");
            if (!drools.equals(dmn)) {
                throw new IllegalStateException(alarms[b] + ": Drools " + drools + ", DMN " + dmn);
            }
        }
    }

    @Benchmark
    public GuardCallBillability drools_decision() {
        return decision.decide(alarms[next++ & (COMBINATIONS - 1)]);
    }

    @Benchmark
    public Object drools_newSessionPerCall() {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(alarms[next++ & (COMBINATIONS - 1)]);
            session.fireAllRules();
            return session.getObjects(object -> object instanceof BillabilityVerdict).iterator().next();
        } finally {
            session.dispose();
        }
    }

    @Benchmark
    public Object drools_stateless() {
        statelessInserted.clear();
        stateless.execute(alarms[next++ & (COMBINATIONS - 1)]);
        return statelessInserted.get(0);
    }

    @Benchmark
    public DmnDecisionRuleResult dmn() {
        return dmnEngine.evaluateDecisionTable(dmnDecision, variables.get(next++ & (COMBINATIONS - 1)))
                .getSingleResult();
    }
}
