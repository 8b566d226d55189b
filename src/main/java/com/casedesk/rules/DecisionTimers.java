package com.casedesk.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

/**
 * {@code casedesk_decision_seconds{decision=…}}: how long each evaluation took, per decision, named by the type of
 * its first fact (ReminderStep, EmailText, TerminationRequest, AlarmReport…). Registered in Micrometer's global
 * registry, which Spring Boot's registry joins, so a RuleBase built outside Spring (tests, benchmarks) needs none.
 */
final class DecisionTimers {

    private static final Map<Class<?>, Timer> TIMERS = new ConcurrentHashMap<>();

    private DecisionTimers() {
    }

    static void record(Object[] facts, long nanos) {
        Class<?> type = facts.length == 0 || facts[0] == null ? Void.class : facts[0].getClass();
        TIMERS.computeIfAbsent(type, decision -> Timer.builder("casedesk.decision")
                .description("Time to evaluate one decision's rules")
                .tag("decision", decision.getSimpleName())
                .publishPercentileHistogram()
                .register(Metrics.globalRegistry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
