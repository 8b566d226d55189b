package com.casedesk.rules;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.casedesk.system.CaseDeskProperties;
import com.casedesk.system.DefinitionFiles;
import com.casedesk.system.DefinitionFiles.DefinitionFile;

/**
 * The rules in force: every rule file of {@code casedesk.rules-dir} (except the scenario files under
 * {@code tests/}) compiled into one KieBase. A new compiled base is swapped in whole ({@link #install}), so an
 * evaluation always sees one consistent set of rules together with the version that names it; an evaluation
 * that started before a swap finishes on the rules it started with, which are disposed after it.
 */
@Component
public class RuleBase {

    private static final Logger log = LoggerFactory.getLogger(RuleBase.class);

    private final AtomicReference<InForce> current = new AtomicReference<>();
    private final DecisionRecorder recorder;

    @Autowired
    RuleBase(CaseDeskProperties properties, ObjectProvider<DecisionRecorder> recorder) {
        this(load(properties.rulesDir()), recorder.getIfAvailable(() -> DecisionRecorder.NONE));
    }

    /** Compiles the rules of {@code folder} (or the packaged copy when it does not exist), without Spring. */
    public RuleBase(Path folder) {
        this(load(folder), DecisionRecorder.NONE);
    }

    /** A rule base over rules compiled elsewhere (a candidate under test), recording nothing. */
    RuleBase(CompiledRules rules, DecisionRecorder recorder) {
        this.current.set(new InForce(rules, Instant.now()));
        this.recorder = recorder;
    }

    private static CompiledRules load(Path folder) {
        DefinitionFiles definitions = DefinitionFiles.load(folder, "rules", RuleCompiler.EXTENSIONS);
        List<DefinitionFile> files = RuleCompiler.ruleFiles(definitions);
        String version = RuleCompiler.version(files);
        Optional<KieBase> built = PackagedRuleModel.forVersion(version);
        CompiledRules compiled = built.map(kieBase -> new CompiledRules(kieBase, version, RuleCompiler.names(files)))
                .orElseGet(() -> RuleCompiler.compile(definitions.origin(), files));
        log.info("Rules {} in force: {} files from {} ({})", compiled.version(), compiled.files().size(),
                definitions.origin(), built.isPresent() ? "compiled at build time" : "compiled now");
        return compiled;
    }

    /**
     * Puts {@code rules} in force. Evaluations running on the previous rules finish on them; the previous rules
     * are disposed when the last of them returns.
     */
    void install(CompiledRules rules) {
        InForce previous = current.getAndSet(new InForce(rules, Instant.now()));
        previous.rules().release();
        log.info("Rules {} in force (were {}): {}", rules.version(), previous.rules().version(), rules.files());
    }

    /** Short SHA-256 over the names and contents of the rule files in force. */
    public String rulesVersion() {
        return current.get().rules().version();
    }

    /** The version in force, since when, and its files. */
    public RulesInForce inForce() {
        InForce inForce = current.get();
        return new RulesInForce(inForce.rules().version(), inForce.since(), inForce.rules().files());
    }

    /**
     * Evaluates one named decision ({@code reminder-fee}) and stores it with its inputs for a later replay.
     * Every decision service calls this; {@link #evaluate} is for rule checks that are not decisions.
     */
    public RuleEvaluation decide(String decision, Object... facts) {
        RuleEvaluation evaluation = evaluate(facts);
        recorder.record(decision, List.of(facts), evaluation);
        return evaluation;
    }

    /**
     * Inserts the facts into a pooled session, fires every rule and returns what the rules inserted. The rules
     * are held for the whole evaluation, so a swap in the meantime does not dispose them under it.
     */
    public RuleEvaluation evaluate(Object... facts) {
        long started = System.nanoTime();
        CompiledRules rules = holdRulesInForce();
        try {
            return evaluate(rules, facts);
        } finally {
            rules.release();
            DecisionTimers.record(facts, System.nanoTime() - started);
        }
    }

    private CompiledRules holdRulesInForce() {
        while (true) {
            CompiledRules rules = current.get().rules();
            if (rules.acquire()) {
                return rules;
            }
            // swapped out and disposed between reading and holding: the next read sees the new rules
        }
    }

    private static RuleEvaluation evaluate(CompiledRules rules, Object... facts) {
        List<Object> inserted = new ArrayList<>();
        List<String> fired = new ArrayList<>();
        KieSession session = rules.pool().newKieSession();
        var insertions = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null) {
                    inserted.add(event.getObject());
                }
            }
        };
        var firings = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        };
        try {
            session.addEventListener(insertions);
            session.addEventListener(firings);
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
        } finally {
            session.removeEventListener(insertions);
            session.removeEventListener(firings);
            session.dispose();
        }
        return new RuleEvaluation(List.copyOf(inserted), List.copyOf(fired), rules.version());
    }

    /** The compiled rules in force, for tests of their disposal. */
    CompiledRules compiledInForce() {
        return current.get().rules();
    }

    /** The compiled rules in force, for the benchmark's comparison of session kinds. */
    KieBase kieBase() {
        return current.get().rules().kieBase();
    }

    /** The names of the rules in force in one package ({@code com.casedesk.billing}), for coverage checks. */
    public SortedSet<String> ruleNames(String packageName) {
        var rulePackage = current.get().rules().kieBase().getKiePackage(packageName);
        var names = new TreeSet<String>();
        if (rulePackage != null) {
            rulePackage.getRules().forEach(rule -> names.add(rule.getName()));
        }
        return names;
    }

    private record InForce(CompiledRules rules, Instant since) {
    }

    /** @param files the rule files, relative to the rules folder */
    public record RulesInForce(String version, Instant since, List<String> files) {
    }
}
