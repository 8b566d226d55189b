package com.casedesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Runs the analysts' scenario files {@code rules/<decision>/tests/*.csv}: the first line that does not start with
 * {@code #} names the columns, every further line is one case and becomes one dynamic test named
 * {@code file:line description}. Lists in a cell are separated by {@code ;}. A last test checks that every rule of
 * the decision's package fired in at least one case.
 */
final class ScenarioFile {

    /** Compiled once per test JVM, straight from the rules folder, without Spring. */
    static final RuleBase RULES = new RuleBase(Path.of("rules"));

    private ScenarioFile() {
    }

    /** @param run evaluates one row, asserts its expectations and returns the rules that fired */
    static Stream<DynamicTest> run(String decisionFolder, String rulePackage, Function<Row, List<String>> run) {
        Path folder = Path.of("rules", decisionFolder, "tests");
        Set<String> fired = new TreeSet<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files(folder)) {
            for (Row row : rows(file)) {
                tests.add(DynamicTest.dynamicTest(row.name(), () -> {
                    try {
                        fired.addAll(run.apply(row));
                    } catch (AssertionError | RuntimeException e) {
                        throw new AssertionFailedError(row.name() + ": " + e.getMessage(), e);
                    }
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("every rule of " + rulePackage + " has a scenario", () -> {
            Set<String> missing = new TreeSet<>(RULES.ruleNames(rulePackage));
            missing.removeAll(fired);
            assertEquals(Set.of(), missing, "rules no scenario in " + folder + " fires");
        }));
        return tests.stream();
    }

    /** Asserts the rule names a cell lists (when the cell is not empty) equal the fired ones, in order. */
    static void assertFiredRules(Row row, List<String> firedRules) {
        if (!row.get("firedRules").isEmpty()) {
            assertEquals(row.list("firedRules"), firedRules, "firedRules");
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(path -> path.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> rows(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("\"#")) {
                continue;
            }
            List<String> cells = parse(line);
            if (header == null) {
                header = cells;
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < cells.size() ? cells.get(c) : "");
            }
            rows.add(new Row(file.getParent().getParent().getFileName() + "/tests/" + file.getFileName() + ":" + (i + 1)
                    + " " + values.getOrDefault("description", ""), values));
        }
        return rows;
    }

    /** RFC 4180 fields: quoted fields may hold commas, a doubled quote is a quote. */
    static List<String> parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    record Row(String name, Map<String, String> values) {

        boolean has(String column) {
            return values.containsKey(column);
        }

        String get(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column '" + column + "' (columns: " + values.keySet() + ")");
            }
            return value;
        }

        boolean bool(String column) {
            String value = get(column);
            if (!value.equals("true") && !value.equals("false")) {
                throw new IllegalArgumentException(column + " must be true or false, not '" + value + "'");
            }
            return Boolean.parseBoolean(value);
        }

        int integer(String column) {
            return Integer.parseInt(get(column));
        }

        LocalDate date(String column) {
            return get(column).isEmpty() ? null : LocalDate.parse(get(column));
        }

        List<String> list(String column) {
            String value = get(column);
            return value.isEmpty() ? List.of() : Arrays.stream(value.split(";")).map(String::strip).toList();
        }
    }
}
