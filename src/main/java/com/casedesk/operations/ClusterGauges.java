package com.casedesk.operations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.casedesk.rules.RuleBase;

/**
 * Figures of the whole cluster read from the database every {@code casedesk.metrics.refresh} (15 s), so a scrape
 * costs no query: open incidents per type, jobs due / locked / out of retries, outbox mails per status. Every node
 * reports the same values (take the max across nodes). Also the rules version this node has in force.
 */
@Component
class ClusterGauges {

    private static final Logger log = LoggerFactory.getLogger(ClusterGauges.class);
    private static final List<String> OUTBOX_STATUSES = List.of("PENDING", "SENDING", "SENT", "FAILED");

    private final JdbcTemplate jdbc;
    private final MeterRegistry registry;
    private final RuleBase rules;
    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();
    private final Set<String> incidentTypes = ConcurrentHashMap.newKeySet();
    private volatile String rulesVersion;

    ClusterGauges(JdbcTemplate jdbc, MeterRegistry registry, RuleBase rules) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.rules = rules;
        OUTBOX_STATUSES.forEach(status -> gauge("casedesk.outbox.mails", "Outbox mails by status", Tags.of("status", status)));
        gauge("camunda.jobs", "Jobs due now and not locked (the backlog)", Tags.of("state", "due"));
        gauge("camunda.jobs", "Jobs locked by a node's job executor", Tags.of("state", "locked"));
        gauge("camunda.jobs", "Jobs out of retries (each has an incident)", Tags.of("state", "no_retries_left"));
        gauge("camunda.jobs", "Jobs that failed at least once and wait for a retry", Tags.of("state", "retrying"));
        // present (0) before the first incident, so an alert on it has a series to look at
        incidentTypes.add("failedJob");
        gauge("camunda.incidents.open", "Open incidents by type", Tags.of("type", "failedJob"));
    }

    @Scheduled(fixedDelayString = "${casedesk.metrics.refresh:PT15S}", initialDelay = 0)
    void refresh() {
        refreshRulesVersion();
        try {
            for (String status : OUTBOX_STATUSES) {
                set("casedesk.outbox.mails", Tags.of("status", status), count(
                        "SELECT COUNT(*) FROM cd_outbox_mail WHERE status = ?", status));
            }
            set("camunda.jobs", Tags.of("state", "due"), count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0"
                    + " AND SUSPENSION_STATE_ = 1 AND LOCK_OWNER_ IS NULL AND (DUEDATE_ IS NULL OR DUEDATE_ <= CURRENT_TIMESTAMP)"));
            set("camunda.jobs", Tags.of("state", "locked"), count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL"));
            set("camunda.jobs", Tags.of("state", "no_retries_left"), count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ = 0"));
            set("camunda.jobs", Tags.of("state", "retrying"), count(
                    "SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND EXCEPTION_MSG_ IS NOT NULL"));
            Map<String, Long> open = new HashMap<>();
            for (Map<String, Object> row : jdbc.queryForList(
                    "SELECT INCIDENT_TYPE_ AS type, COUNT(*) AS n FROM ACT_RU_INCIDENT GROUP BY INCIDENT_TYPE_")) {
                open.put(String.valueOf(row.get("type")), ((Number) row.get("n")).longValue());
            }
            incidentTypes.addAll(open.keySet());
            for (String type : incidentTypes) {
                set("camunda.incidents.open", Tags.of("type", type), open.getOrDefault(type, 0L));
            }
        } catch (DataAccessException e) {
            log.warn("Cluster gauges not refreshed: {}", e.getMessage());
        }
    }

    private void refreshRulesVersion() {
        String version = rules.rulesVersion();
        if (!version.equals(rulesVersion)) {
            if (rulesVersion != null) {
                set("casedesk.rules.info", Tags.of("version", rulesVersion), 0);
            }
            set("casedesk.rules.info", Tags.of("version", version), 1);
            rulesVersion = version;
        }
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private void set(String name, Tags tags, long value) {
        String key = name + tags;
        AtomicLong holder = values.get(key);
        if (holder == null) {
            holder = gauge(name, name.equals("casedesk.rules.info") ? "1 for the rules version in force on this node"
                    : "Open incidents by type", tags);
        }
        holder.set(value);
    }

    private AtomicLong gauge(String name, String description, Tags tags) {
        return values.computeIfAbsent(name + tags, key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder(name, value, AtomicLong::doubleValue).description(description).tags(tags).register(registry);
            return value;
        });
    }
}
