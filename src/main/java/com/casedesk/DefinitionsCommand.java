package com.casedesk;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import com.casedesk.billing.GuardCallBillabilityScenarios;
import com.casedesk.dunning.ReminderFeeScenarios;
import com.casedesk.intake.EmailClassificationScenarios;
import com.casedesk.processes.ProcessCheck;
import com.casedesk.processes.ProcessDeployer;
import com.casedesk.rules.DecisionScenarios;
import com.casedesk.rules.RuleCheck;
import com.casedesk.rules.RuleCompilationException;
import com.casedesk.rules.RuleReplay;
import com.casedesk.system.DefinitionFiles;

/**
 * {@code java -jar casedesk.jar validate|replay ...}: the analysts' commands, without a server. {@code validate}
 * needs no database; {@code replay} reads the decision log of the database it is given.
 */
final class DefinitionsCommand {

    static final List<String> COMMANDS = List.of("validate", "replay");
    private static final List<DecisionScenarios> SCENARIOS = List.of(new GuardCallBillabilityScenarios(),
            new ReminderFeeScenarios(), new EmailClassificationScenarios(),
            new com.casedesk.termination.TerminationEligibilityScenarios(), new com.casedesk.worklist.TaskSlaScenarios());
    private static final String USAGE = """
            usage: java -jar casedesk.jar validate [--processes DIR] [--rules DIR]
                   java -jar casedesk.jar replay --rules DIR [--db-url URL] [--db-user USER] [--db-password PASSWORD]
                                                 [--from ISO-INSTANT] [--to ISO-INSTANT] [--last N]""";

    private final PrintStream out;

    DefinitionsCommand(PrintStream out) {
        this.out = out;
    }

    /** @return the exit code: 0 fine, 1 problems found, 2 wrong usage */
    int run(String... args) {
        quietLogging();
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                out.println("unexpected argument " + args[i] + "\n" + USAGE);
                return 2;
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        try {
            return args[0].equals("validate") ? validate(options) : replay(options);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            out.println(e.getMessage() + "\n" + USAGE);
            return 2;
        }
    }

    private int validate(Map<String, String> options) {
        Path processes = Path.of(options.getOrDefault("processes", "processes"));
        Path rules = Path.of(options.getOrDefault("rules", "rules"));
        DefinitionFiles processFiles = DefinitionFiles.load(processes, "processes", ProcessDeployer.EXTENSIONS);
        DefinitionFiles ruleFiles = DefinitionFiles.load(rules, "rules", java.util.Set.of("drl", "csv", "xlsx"));
        List<String> problems = new ArrayList<>();
        ProcessCheck.problems(processFiles).forEach(problem -> problems.add(prefix(processes, problem)));
        RuleCheck.problems(ruleFiles, SCENARIOS).forEach(problem -> problems.add(prefix(rules, problem)));
        problems.forEach(out::println);
        out.printf("%s: %d process files from %s, %d rule and scenario files from %s%n",
                problems.isEmpty() ? "valid" : problems.size() + (problems.size() == 1 ? " problem" : " problems"), processFiles.files().size(),
                processFiles.origin(), ruleFiles.files().size(), ruleFiles.origin());
        return problems.isEmpty() ? 0 : 1;
    }

    private int replay(Map<String, String> options) throws IllegalArgumentException {
        if (!options.containsKey("rules") || !Files.isDirectory(Path.of(options.get("rules")))) {
            throw new IllegalArgumentException("--rules must name the folder of the candidate rules");
        }
        DefinitionFiles candidate = DefinitionFiles.load(Path.of(options.get("rules")), "rules",
                java.util.Set.of("drl", "csv", "xlsx"));
        DriverManagerDataSource database = new DriverManagerDataSource(
                options.getOrDefault("db-url", "jdbc:h2:file:./data/casedesk"),
                options.getOrDefault("db-user", "casedesk"), options.getOrDefault("db-password", ""));
        RuleReplay.Window window = new RuleReplay.Window(instant(options.get("from")), instant(options.get("to")),
                options.containsKey("last") ? Integer.valueOf(options.get("last")) : null);
        try {
            RuleReplay.Report report = new RuleReplay(new JdbcTemplate(database), SCENARIOS).replay(candidate, window);
            out.println(JsonMapper.builder().addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
                    .build().valueToTree(report).toPrettyString());
            return 0;
        } catch (RuleCompilationException e) {
            e.errors().forEach(out::println);
            return 1;
        } catch (org.springframework.dao.DataAccessException e) {
            out.println("cannot read the decision log at " + options.getOrDefault("db-url", "jdbc:h2:file:./data/casedesk")
                    + ": " + e.getMostSpecificCause().getMessage()
                    + "\n(the default H2 file is locked while CaseDesk runs: use POST /api/rules/replay then)");
            return 1;
        }
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }

    private static String prefix(Path folder, String problem) {
        return Files.isDirectory(folder) ? folder.toString().replace('\\', '/') + "/" + problem : problem;
    }

    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
