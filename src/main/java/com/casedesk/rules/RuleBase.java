package com.casedesk.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.kie.api.KieBase;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.casedesk.system.CaseDeskProperties;
import com.casedesk.system.DefinitionFiles;
import com.casedesk.system.DefinitionFiles.DefinitionFile;

/**
 * Every rule file of {@code casedesk.rules-dir} ({@code .drl} and {@code .csv}/{@code .xlsx} decision tables,
 * except the scenario files under {@code tests/}) compiled into one KieBase. A compiled base is swapped in whole,
 * so an evaluation always sees one consistent set of rules together with the version that names it.
 */
@Component
public class RuleBase {

    static final Set<String> EXTENSIONS = Set.of("drl", "csv", "xlsx");
    private static final Logger log = LoggerFactory.getLogger(RuleBase.class);
    private static final int POOLED_SESSIONS = 4;
    private static final Pattern RULE_LINE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    private final AtomicReference<Compiled> current = new AtomicReference<>();
    private final Path folder;

    @Autowired
    public RuleBase(CaseDeskProperties properties) {
        this(properties.rulesDir());
    }

    /** Compiles the rules of {@code folder} (or the packaged copy when it does not exist), without Spring. */
    public RuleBase(Path folder) {
        this.folder = folder;
        reload();
    }

    /** Recompiles the folder; the new rules are in force only when every file compiled. */
    public final String reload() {
        DefinitionFiles definitions = DefinitionFiles.load(folder, "rules", EXTENSIONS);
        List<DefinitionFile> files = definitions.files().stream().filter(file -> !isScenario(file.name())).toList();
        Compiled compiled = compile(definitions.origin(), files);
        Compiled previous = current.getAndSet(compiled);
        if (previous != null) {
            previous.pool().shutdown();
        }
        log.info("Rules {} in force: {} files from {}", compiled.version(), files.size(), definitions.origin());
        return compiled.version();
    }

    /** Short SHA-256 over the names and contents of the rule files in force. */
    public String rulesVersion() {
        return current.get().version();
    }

    /**
     * Inserts the facts into a fresh session, fires every rule and returns what the rules inserted. Sessions come
     * from a pool (reset on return), which the benchmark showed to be faster than creating one per call.
     */
    public RuleEvaluation evaluate(Object... facts) {
        long started = System.nanoTime();
        try {
            return evaluateNow(facts);
        } finally {
            DecisionTimers.record(facts, System.nanoTime() - started);
        }
    }

    private RuleEvaluation evaluateNow(Object... facts) {
        Compiled compiled = current.get();
        List<Object> inserted = new ArrayList<>();
        List<String> fired = new ArrayList<>();
        KieSession session = compiled.pool().newKieSession();
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
        return new RuleEvaluation(List.copyOf(inserted), List.copyOf(fired), compiled.version());
    }

    /** The compiled rules in force, for the benchmark's comparison of session kinds. */
    KieBase kieBase() {
        return current.get().kieBase();
    }

    /** The names of the rules in force in one package ({@code com.casedesk.billing}), for coverage checks. */
    public java.util.SortedSet<String> ruleNames(String packageName) {
        var rulePackage = current.get().kieBase().getKiePackage(packageName);
        var names = new java.util.TreeSet<String>();
        if (rulePackage != null) {
            rulePackage.getRules().forEach(rule -> names.add(rule.getName()));
        }
        return names;
    }

    static boolean isScenario(String name) {
        return name.startsWith("tests/") || name.contains("/tests/");
    }

    static Compiled compile(String origin, List<DefinitionFile> files) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        List<String> errors = new ArrayList<>();
        Map<String, String> generated = new HashMap<>();
        for (DefinitionFile file : files) {
            String drl;
            try {
                drl = toDrl(file);
            } catch (RuntimeException e) {
                errors.add(file.name() + ": " + firstLine(e));
                continue;
            }
            if (!file.extension().equals("drl")) {
                generated.put(file.name(), drl);
            }
            builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(file.name()), ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            builder.getErrors().forEach(error -> errors.add(describe(error, generated)));
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(origin, errors);
        }
        KieBase kieBase = builder.newKieBase();
        return new Compiled(kieBase, kieBase.newKieSessionsPool(POOLED_SESSIONS), version(files));
    }

    private static String toDrl(DefinitionFile file) {
        return switch (file.extension()) {
            case "drl" -> new String(file.content(), StandardCharsets.UTF_8);
            case "csv" -> new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()), InputType.CSV);
            default -> new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()), InputType.XLS);
        };
    }

    private static String describe(KnowledgeBuilderResult error, Map<String, String> generated) {
        String file = error.getResource() == null ? "?" : error.getResource().getSourcePath();
        String message = error.getMessage().strip().replaceAll("\\s*\\n\\s*", " ");
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 ? lines[0] : 0;
        if (generated.containsKey(file)) {
            // a table's line numbers are those of the DRL generated from it: name the row's rule instead
            return ruleAt(generated.get(file), line).map(rule -> file + ": rule " + rule + ": " + message)
                    .orElse(file + ": " + message);
        }
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    private static Optional<String> ruleAt(String drl, int line) {
        List<String> lines = drl.lines().toList();
        for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
            Matcher rule = RULE_LINE.matcher(lines.get(i));
            if (rule.find()) {
                return Optional.of(rule.group(1));
            }
        }
        return Optional.empty();
    }

    private static String firstLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }

    private static String version(List<DefinitionFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (DefinitionFile file : files) {
                digest.update(file.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Compiled(KieBase kieBase, KieSessionsPool pool, String version) {
    }
}
