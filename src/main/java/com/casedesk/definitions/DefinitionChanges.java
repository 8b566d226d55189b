package com.casedesk.definitions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import com.casedesk.processes.ProcessDeployer;
import com.casedesk.rules.RuleReload;

/**
 * Applies a change of the processes or rules folder and remembers, on this node, the last change it refused
 * (until a later change of the same folder goes in force). Each node watches its own folder, so each node
 * answers for its own last refusal; what is deployed lives in the shared database.
 */
@Component
class DefinitionChanges {

    private final RuleReload rules;
    private final ProcessDeployer processes;
    private final Clock clock;
    private final AtomicReference<RefusedChange> refusedRules = new AtomicReference<>();
    private final AtomicReference<RefusedChange> refusedProcesses = new AtomicReference<>();

    DefinitionChanges(RuleReload rules, ProcessDeployer processes, Clock clock) {
        this.rules = rules;
        this.processes = processes;
        this.clock = clock;
    }

    /**
     * @param folder {@code rules} or {@code processes}
     * @param errors each {@code file:line: message}
     */
    record RefusedChange(String folder, Instant at, List<String> errors) {
    }

    void applyRules() {
        RuleReload.Result result = rules.reload();
        refusedRules.set(result.refused() ? new RefusedChange("rules", clock.instant(), result.problems()) : null);
    }

    void applyProcesses() {
        ProcessDeployer.Result result = processes.redeploy();
        refusedProcesses.set(result.refused()
                ? new RefusedChange("processes", clock.instant(), result.problems()) : null);
    }

    /** The latest refusal of either folder still standing. */
    Optional<RefusedChange> lastRefused() {
        RefusedChange rule = refusedRules.get();
        RefusedChange process = refusedProcesses.get();
        if (rule == null || process == null) {
            return Optional.ofNullable(rule == null ? process : rule);
        }
        return Optional.of(rule.at().isAfter(process.at()) ? rule : process);
    }
}
