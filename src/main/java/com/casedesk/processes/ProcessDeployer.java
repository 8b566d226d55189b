package com.casedesk.processes;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.casedesk.system.CaseDeskProperties;
import com.casedesk.system.DatabaseLock;
import com.casedesk.system.DefinitionFiles;

/**
 * Deploys every file of {@code casedesk.processes-dir} as one named deployment. Duplicate filtering means an
 * unchanged folder creates no new version; a changed file redeploys the set, so processes and the forms they
 * reference (bound to their deployment) always come from the same deployment. Deployments run under a database
 * lock: a node that sees the same files another node has just deployed finds them deployed and adds none.
 */
@Component
public class ProcessDeployer {

    public static final String DEPLOYMENT_NAME = "casedesk-processes";
    public static final Set<String> EXTENSIONS = Set.of("bpmn", "dmn", "form");
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);

    private final RepositoryService repositoryService;
    private final CaseDeskProperties properties;
    private final DatabaseLock lock;
    private final TransactionTemplate transaction;

    ProcessDeployer(RepositoryService repositoryService, CaseDeskProperties properties, DatabaseLock lock,
            TransactionTemplate transaction) {
        this.repositoryService = repositoryService;
        this.properties = properties;
        this.lock = lock;
        this.transaction = transaction;
    }

    @jakarta.annotation.PostConstruct
    void deployAtStartUp() {
        deploy();
    }

    /** @param problems empty when deployed or unchanged; else {@code file:line: message} and nothing was deployed */
    public record Result(boolean deployed, String summary, List<String> problems) {

        public boolean refused() {
            return !problems.isEmpty();
        }
    }

    /** Checks the folder ({@link ProcessCheck}), then deploys it; a broken file refuses the whole change. */
    public synchronized Result redeploy() {
        DefinitionFiles definitions = DefinitionFiles.load(properties.processesDir(), "processes", EXTENSIONS);
        List<String> problems = ProcessCheck.problems(definitions);
        if (problems.isEmpty()) {
            try {
                DeploymentWithDefinitions deployment = deploy(definitions);
                boolean deployed = deployment != null && deployment.getDeployedProcessDefinitions() != null;
                return new Result(deployed, deployment == null ? "no files" : describe(deployment), List.of());
            } catch (ProcessDeploymentException e) {
                problems = e.problems();
            }
        }
        log.warn("Process change in {} refused, the deployment in force keeps serving:\n  {}", definitions.origin(),
                String.join("\n  ", problems));
        return new Result(false, "refused", problems);
    }

    /** Deploys the current folder; throws {@link ProcessDeploymentException} naming file and line when one is broken. */
    public DeploymentWithDefinitions deploy() {
        return deploy(DefinitionFiles.load(properties.processesDir(), "processes", EXTENSIONS));
    }

    private DeploymentWithDefinitions deploy(DefinitionFiles definitions) {
        log.info("Deploying {} process files from {}", definitions.files().size(), definitions.origin());
        if (definitions.files().isEmpty()) {
            return null;
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("casedesk")
                .enableDuplicateFiltering(false);
        definitions.files().forEach(file -> builder.addInputStream(file.name(), new ByteArrayInputStream(file.content())));
        try {
            DeploymentWithDefinitions deployment = transaction.execute(status -> {
                lock.acquire("process-deployment");
                return builder.deployWithResult();
            });
            log.info("Process deployment {} in force: {}", deployment.getId(), describe(deployment));
            return deployment;
        } catch (RuntimeException e) {
            throw ProcessDeploymentException.from(definitions.origin(), e);
        }
    }

    private static String describe(DeploymentWithDefinitions deployment) {
        if (deployment.getDeployedProcessDefinitions() == null) {
            return "unchanged";
        }
        return deployment.getDeployedProcessDefinitions().stream()
                .map(definition -> definition.getKey() + " v" + definition.getVersion())
                .collect(Collectors.joining(", "));
    }
}
