package com.casedesk.definitions;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

import com.casedesk.rules.RuleBase;
import com.casedesk.rules.RuleBase.RulesInForce;
import com.casedesk.system.CaseDeskProperties;

/** What {@code GET /api/admin/definitions} answers: the process versions and the rules in force on this node. */
@Component
class DefinitionsInForce {

    private final RepositoryService repository;
    private final RuleBase rules;
    private final DefinitionChanges changes;
    private final CaseDeskProperties folders;

    DefinitionsInForce(RepositoryService repository, RuleBase rules, DefinitionChanges changes,
            CaseDeskProperties folders) {
        this.repository = repository;
        this.rules = rules;
        this.changes = changes;
        this.folders = folders;
    }

    /** @param since when the deployment holding this version was made (by any node) */
    record ProcessInForce(String key, String name, int version, String definitionId, String deploymentId,
            Instant since, String file) {
    }

    record Definitions(String processesFolder, List<ProcessInForce> processes, String rulesFolder,
            RulesInForce rules, DefinitionChanges.RefusedChange lastRefusedChange) {
    }

    Definitions current() {
        List<ProcessDefinition> latest = repository.createProcessDefinitionQuery().latestVersion().list();
        Map<String, Deployment> deployments = repository.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(Deployment::getId, Function.identity()));
        List<ProcessInForce> processes = latest.stream()
                .sorted(Comparator.comparing(ProcessDefinition::getKey))
                .map(definition -> new ProcessInForce(definition.getKey(), definition.getName(),
                        definition.getVersion(), definition.getId(), definition.getDeploymentId(),
                        deployedAt(deployments.get(definition.getDeploymentId())), definition.getResourceName()))
                .toList();
        return new Definitions(folders.processesDir().toAbsolutePath().normalize().toString(), processes,
                folders.rulesDir().toAbsolutePath().normalize().toString(), rules.inForce(),
                changes.lastRefused().orElse(null));
    }

    private static Instant deployedAt(Deployment deployment) {
        return deployment == null || deployment.getDeploymentTime() == null ? null
                : deployment.getDeploymentTime().toInstant();
    }
}
