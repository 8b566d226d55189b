package com.casedesk.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.io.ResourceFactory;

import com.casedesk.system.DefinitionFiles;
import com.casedesk.system.DefinitionFiles.DefinitionFile;

/** Compiles rule files ({@code .drl}, {@code .csv}/{@code .xlsx} decision tables) into one {@link CompiledRules}. */
final class RuleCompiler {

    static final Set<String> EXTENSIONS = Set.of("drl", "csv", "xlsx");
    private static final Pattern RULE_LINE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    private RuleCompiler() {
    }

    static boolean isScenario(String name) {
        return name.startsWith("tests/") || name.contains("/tests/");
    }

    /** The rule files of a folder: scenario files under {@code tests/} are not rules. */
    static List<DefinitionFile> ruleFiles(DefinitionFiles definitions) {
        return definitions.files().stream().filter(file -> !isScenario(file.name())).toList();
    }

    /** @throws RuleCompilationException naming file and line (or a table's rule) of every error */
    static CompiledRules compile(String origin, List<DefinitionFile> files) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        List<String> errors = new ArrayList<>();
        Map<String, String> generated = new HashMap<>();
        for (DefinitionFile file : files) {
            String drl;
            try {
                drl = toDrl(file);
            } catch (RuntimeException e) {
                errors.add(file.name() + ":1: " + firstLine(e));
                continue;
            }
            if (!file.extension().equals("drl")) {
                generated.put(file.name(), drl);
            }
            builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(file.name()), ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            // "Parser returned a null Package" only repeats that the file's other errors stopped its parse
            builder.getErrors().stream().filter(error -> !error.getMessage().contains("Parser returned a null Package")
                    || builder.getErrors().size() == 1).forEach(error -> errors.add(describe(error, generated, files)));
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(origin, errors);
        }
        KieBase kieBase = builder.newKieBase();
        return new CompiledRules(kieBase, version(files), names(files));
    }

    static List<String> names(List<DefinitionFile> files) {
        return files.stream().map(DefinitionFile::name).toList();
    }

    static String toDrl(DefinitionFile file) {
        return switch (file.extension()) {
            case "drl" -> new String(file.content(), StandardCharsets.UTF_8);
            case "csv" -> new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()), InputType.CSV);
            default -> new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()), InputType.XLS);
        };
    }

    private static String describe(KnowledgeBuilderResult error, Map<String, String> generated,
            List<DefinitionFile> files) {
        String file = error.getResource() == null ? "?" : error.getResource().getSourcePath();
        String message = error.getMessage().strip().replaceAll("\\s*\\n\\s*", " ");
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 ? lines[0] : 0;
        if (generated.containsKey(file)) {
            // a table's line numbers are those of the DRL generated from it: name the row's rule and find its line
            Optional<String> rule = ruleAt(generated.get(file), line);
            if (rule.isPresent()) {
                return file + ":" + tableLine(files, file, rule.get()) + ": rule " + rule.get() + ": " + message;
            }
            return file + ":1: " + message;
        }
        return file + ":" + Math.max(line, 1) + ": " + message;
    }

    /** The line of the table row whose first cell names the rule (generated rules are named after it). */
    private static int tableLine(List<DefinitionFile> files, String name, String rule) {
        List<String> lines = files.stream().filter(file -> file.name().equals(name)).findFirst()
                .map(file -> new String(file.content(), StandardCharsets.UTF_8).lines().toList()).orElse(List.of());
        for (int i = 0; i < lines.size(); i++) {
            String first = lines.get(i).split(",", 2)[0].replace("\"", "").strip();
            if (!first.isEmpty() && rule.endsWith(first)) {
                return i + 1;
            }
        }
        return 1;
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

    static String version(List<DefinitionFile> files) {
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
}
