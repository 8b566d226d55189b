package com.casedesk.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.casedesk.system.BadRequestException;
import com.casedesk.system.FieldError;

/**
 * A case search as {@code GET /api/cases} and the {@code /cases} page take it; every filter may be left out.
 *
 * @param query          words found in the case number, subject, customer number or name, or the sender address
 * @param caseNumber     the case number (exact, upper or lower case)
 * @param customer       a customer number (exact) or part of a customer's name
 * @param sender         the address the case's mails came from (exact, any case)
 * @param mine           only open cases on which one of the caller's own groups has or had a task
 */
public record CaseQuery(String query, String caseNumber, String customer, String sender, CaseType type,
        CaseStatus status, boolean mine, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final int MAX_TEXT = 200;
    static final Set<String> PARAMETERS =
            Set.of("query", "caseNumber", "customer", "sender", "type", "status", "mine", "page", "size");

    /** Reads the request's parameters; everything wrong is answered at once, each problem naming its parameter. */
    public static CaseQuery from(Map<String, String[]> parameters) {
        List<FieldError> errors = new ArrayList<>();
        parameters.keySet().stream().filter(name -> !PARAMETERS.contains(name) && !name.equals("_csrf")).sorted()
                .forEach(name -> errors.add(new FieldError(name, "is not a search parameter; known are "
                        + PARAMETERS.stream().sorted().collect(Collectors.joining(", ")))));
        Reader reader = new Reader(parameters, errors);
        CaseQuery query = new CaseQuery(reader.text("query"), upper(reader.text("caseNumber")), reader.text("customer"),
                reader.text("sender"), reader.oneOf("type", CaseType.class), reader.oneOf("status", CaseStatus.class),
                reader.bool("mine"), reader.number("page", 0, 0, 10_000), reader.number("size", DEFAULT_SIZE, 1, MAX_SIZE));
        if (query.mine() && query.status() == CaseStatus.CLOSED) {
            errors.add(new FieldError("status", "must be OPEN or left out with mine=true (my group's open cases)"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return query;
    }

    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, null, null, false, 0, DEFAULT_SIZE);
    }

    public CaseQuery page(int page) {
        return new CaseQuery(query, caseNumber, customer, sender, type, status, mine, page, size);
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private record Reader(Map<String, String[]> parameters, List<FieldError> errors) {

        String text(String name) {
            String[] values = parameters.get(name);
            if (values == null || values.length == 0 || values[0].isBlank()) {
                return null;
            }
            if (values.length > 1) {
                errors.add(new FieldError(name, "is given " + values.length + " times; give it once"));
                return null;
            }
            String value = values[0].strip();
            if (value.length() > MAX_TEXT) {
                errors.add(new FieldError(name, "is " + value.length() + " characters long; at most " + MAX_TEXT));
                return null;
            }
            return value;
        }

        <E extends Enum<E>> E oneOf(String name, Class<E> type) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(name, "'" + value + "' is not one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
                return null;
            }
        }

        boolean bool(String name) {
            String value = text(name);
            if (value == null || value.equalsIgnoreCase("false")) {
                return false;
            }
            if (value.equalsIgnoreCase("true")) {
                return true;
            }
            errors.add(new FieldError(name, "'" + value + "' is not true or false"));
            return false;
        }

        int number(String name, int fallback, int min, int max) {
            String value = text(name);
            if (value == null) {
                return fallback;
            }
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            errors.add(new FieldError(name, "'" + value + "' is not a whole number from " + min + " to " + max));
            return fallback;
        }
    }
}
