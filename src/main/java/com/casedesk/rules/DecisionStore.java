package com.casedesk.rules;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.casedesk.system.DatabaseLock;

/**
 * Stores every decision in {@code cd_decision}. A decision taken inside a process (a delegate calling a decision
 * service) is stored with the case of that process: its {@code caseNumber} variable, else its business key.
 */
@Component
class DecisionStore implements DecisionRecorder {

    private static final Logger log = LoggerFactory.getLogger(DecisionStore.class);
    private static final String CASE_NUMBER = "caseNumber";

    private final JdbcTemplate jdbc;
    private final DecisionsProperties properties;
    private final Clock clock;
    private final DatabaseLock lock;
    private final TransactionTemplate transaction;

    DecisionStore(JdbcTemplate jdbc, DecisionsProperties properties, Clock clock, DatabaseLock lock,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.lock = lock;
        this.transaction = transaction;
    }

    @Override
    public void record(String decision, List<Object> facts, RuleEvaluation evaluation) {
        if (!properties.record()) {
            return;
        }
        try {
            jdbc.update("INSERT INTO cd_decision (decision, case_number, rules_version, taken_at, inputs, outcome,"
                    + " reasons, fired_rules) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", decision, caseOfRunningProcess(),
                    evaluation.rulesVersion(), Timestamp.from(clock.instant()), DecisionFacts.write(facts),
                    DecisionFacts.outcome(evaluation), DecisionFacts.text(evaluation.reasons()),
                    DecisionFacts.text(evaluation.firedRules()));
        } catch (RuntimeException e) {
            log.warn("Decision {} ({}) taken but not stored for replay: {}", decision, evaluation.firedRules(),
                    e.getMessage());
        }
    }

    private static String caseOfRunningProcess() {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        if (context == null) {
            return null;
        }
        ExecutionEntity execution = context.getExecution();
        Object caseNumber = execution.getVariable(CASE_NUMBER);
        return caseNumber instanceof String number ? number : execution.getProcessBusinessKey();
    }

    /** Daily on one node at a time (a database lock): deletes decisions older than the retention. */
    @Scheduled(fixedDelayString = "PT24H", initialDelayString = "PT10M")
    void deleteExpired() {
        transaction.executeWithoutResult(status -> {
            lock.acquire("decision-retention");
            int deleted = jdbc.update("DELETE FROM cd_decision WHERE taken_at < ?",
                    Timestamp.from(clock.instant().minus(properties.retention())));
            log.info("Deleted {} decisions older than {}", deleted, properties.retention());
        });
    }
}
