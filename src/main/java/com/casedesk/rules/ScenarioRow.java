package com.casedesk.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a scenario file ({@code rules/<decision>/tests/*.csv}): one case with its inputs and expected
 * outputs by column name. Lists in a cell are separated by {@code ;}.
 *
 * @param location {@code dunning/tests/reminder-fee-scenarios.csv:5}, the file and line of the row
 */
public record ScenarioRow(String location, Map<String, String> values) {

    /** {@code location description}, the name of the row in test reports. */
    public String name() {
        return location + " " + values.getOrDefault("description", "");
    }

    /** Whether the file has this column (scenario files of one folder may differ in their columns). */
    public boolean has(String column) {
        return values.containsKey(column);
    }

    public String get(String column) {
        String value = values.get(column);
        if (value == null) {
            throw new ScenarioMismatch("no column '" + column + "' (columns: " + values.keySet() + ")");
        }
        return value;
    }

    public boolean bool(String column) {
        String value = get(column);
        if (!value.equals("true") && !value.equals("false")) {
            throw new ScenarioMismatch(column + " must be true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    public int integer(String column) {
        try {
            return Integer.parseInt(get(column));
        } catch (NumberFormatException e) {
            throw new ScenarioMismatch(column + " must be a whole number, not '" + get(column) + "'");
        }
    }

    public LocalDate date(String column) {
        return get(column).isEmpty() ? null : LocalDate.parse(get(column));
    }

    public List<String> list(String column) {
        String value = get(column);
        return value.isEmpty() ? List.of() : Arrays.stream(value.split(";")).map(String::strip).toList();
    }

    /** @throws ScenarioMismatch naming the column, the expected and the actual value */
    public static void expect(String column, Object expected, Object actual) {
        boolean same = expected instanceof BigDecimal e && actual instanceof BigDecimal a
                ? e.compareTo(a) == 0 : Objects.equals(expected, actual);
        if (!same) {
            throw new ScenarioMismatch(column + ": expected " + expected + " but the rules answered " + actual);
        }
    }

    /**
     * Checks a filled {@code firedRules} cell against the rules that fired, in any order; an empty cell is not
     * checked. Drools does not define the order of rules of equal salience from different files, and it differs
     * between the rules compiled at build time and those compiled at a reload; salience decides what matters.
     */
    public void expectFiredRules(List<String> firedRules) {
        if (!get("firedRules").isEmpty() && !sorted(list("firedRules")).equals(sorted(firedRules))) {
            expect("firedRules", list("firedRules"), firedRules);
        }
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }

    /** Checks a filled {@code reasons} cell against the reason codes, in order; an empty cell is not checked. */
    public void expectReasons(List<Reason> reasons) {
        if (!get("reasons").isEmpty()) {
            expect("reasons", list("reasons"), reasons.stream().map(Reason::code).toList());
        }
    }
}
