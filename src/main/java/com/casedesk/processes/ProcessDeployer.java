package com.casedesk.processes;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.casedesk.system.CaseDeskProperties;
import com.casedesk.system.DefinitionFiles;

/**
 * Deploys every file of {@code casedesk.processes-dir} as one named deployment. Duplicate filtering means an
 * unchanged folder creates no new version; a changed file redeploys the set, so processes and the forms they
 * reference always come from the same deployment.
 */
@Component
public class ProcessDeployer {

    public static final String DEPLOYMENT_NAME = "casedesk-processes";
    static final Set<String> EXTENSIONS = Set.of("bpmn", "dmn", "form");
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);

    private final RepositoryService repositoryService;
    private final CaseDeskProperties properties;

    ProcessDeployer(RepositoryService repositoryService, CaseDeskProperties properties) {
        this.repositoryService = repositoryService;
        this.properties = properties;
    }

    @jakarta.annotation.PostConstruct
    void deployAtStartUp() {
        deploy();
    }

    /** Deploys the current folder; throws {@link ProcessDeploymentException} naming file and line when one is broken. */
    public Deployment deploy() {
        DefinitionFiles definitions = DefinitionFiles.load(properties.processesDir(), "processes", EXTENSIONS);
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
            DeploymentWithDefinitions deployment = builder.deployWithResult();
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
