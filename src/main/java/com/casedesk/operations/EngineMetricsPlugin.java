package com.casedesk.operations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's own counters (job acquisition attempts, jobs acquired, acquisition failures, jobs executed,
 * failed, rejected, activity instances…) as Micrometer counters {@code camunda_engine_total{metric=…}}, counted
 * on this node as they happen. Camunda keeps the same figures for its database report every 15 minutes; this
 * registry passes each occurrence on before the engine counts it as usual.
 */
@Component
class EngineMetricsPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<MeterRegistry> registry;

    EngineMetricsPlugin(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setMetricsRegistry(new CountingRegistry(registry));
    }

    private static final class CountingRegistry extends MetricsRegistry {

        private final ObjectProvider<MeterRegistry> registry;
        private final Map<String, Counter> counters = new ConcurrentHashMap<>();

        CountingRegistry(ObjectProvider<MeterRegistry> registry) {
            this.registry = registry;
        }

        @Override
        protected void markOccurrence(Map<String, Meter> meters, String name, long times) {
            super.markOccurrence(meters, name, times);
            if (meters != dbMeters) {
                return;
            }
            MeterRegistry target = registry.getIfAvailable();
            if (target != null) {
                counters.computeIfAbsent(name, metric -> Counter.builder("camunda.engine")
                        .description("Occurrences counted by the process engine on this node")
                        .tag("metric", metric).register(target)).increment(times);
            }
        }
    }
}
