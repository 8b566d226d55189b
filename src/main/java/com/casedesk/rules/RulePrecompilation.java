package com.casedesk.rules;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.casedesk.system.DefinitionFiles;

/**
 * Starts compiling the rules folder on a thread of its own when the application context begins to create its
 * beans, so that the compile (the longest single step of a start: ECJ compiles the Java the rules generate) runs
 * beside the engine, Hibernate and the web server instead of in line with them. {@link RuleBase} takes the result
 * when it is created: the context, and so readiness, still waits for the whole rule base (nothing half-loaded),
 * and a rule file that does not compile still fails the start with its file and line. Only the folder the
 * application is configured with is compiled ahead; a rule base for any other folder compiles itself.
 */
@Component
class RulePrecompilation implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(RulePrecompilation.class);

    private Environment environment;
    private Path folder;
    private CompletableFuture<CompiledRules> compiling;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        start(Binder.get(environment).bind("casedesk.rules-dir", Path.class).orElse(Path.of("./rules")));
    }

    synchronized void start(Path rulesFolder) {
        folder = rulesFolder;
        compiling = new CompletableFuture<>();
        CompletableFuture<CompiledRules> result = compiling;
        Thread thread = new Thread(() -> {
            try {
                result.complete(RuleBase.compileFolder(rulesFolder));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "rules-precompile");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The rules compiled ahead for {@code rulesFolder}, waiting for the compile to end; empty when none were
     * started for that folder, they were taken already, or a rule file has changed since (the caller compiles the
     * folder as it is now). Throws what the compile threw.
     */
    /** The compile started last, for tests that wait for it to end before changing a file. */
    synchronized CompletableFuture<CompiledRules> compiling() {
        return compiling;
    }

    synchronized Optional<CompiledRules> take(Path rulesFolder) {
        if (compiling == null || !rulesFolder.equals(folder)) {
            return Optional.empty();
        }
        CompletableFuture<CompiledRules> result = compiling;
        compiling = null;
        try {
            CompiledRules compiled = result.get();
            String inFolderNow = RuleCompiler.version(RuleCompiler.ruleFiles(
                    DefinitionFiles.load(rulesFolder, "rules", RuleCompiler.EXTENSIONS)));
            if (!inFolderNow.equals(compiled.version())) {
                // a rule file was saved while it compiled: what the folder holds now is what goes in force
                log.info("Rules changed while they compiled ({} -> {}): compiling them again", compiled.version(),
                        inFolderNow);
                compiled.release();
                return Optional.empty();
            }
            return Optional.of(compiled);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the rules to compile", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
