package com.casedesk.cases;

import java.time.Clock;
import java.time.Year;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Case numbers {@code CD-YYYY-NNNNNN}: the year the case opened and a number from one database sequence, so
 * numbers are unique across nodes and years without a per-year counter to reset.
 */
@Component
public class CaseNumbers {

    /** Finds a case tag such as {@code [CD-2026-000042]} in a mail subject. */
    public static final Pattern TAG = Pattern.compile("\\[(CD-\\d{4}-\\d{6,})]");
    public static final Pattern NUMBER = Pattern.compile("CD-\\d{4}-\\d{6,}");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile String nextValueSql;

    CaseNumbers(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String next() {
        Long value = jdbc.queryForObject(nextValueSql(), Long.class);
        return "CD-%d-%06d".formatted(Year.now(clock).getValue(), value);
    }

    private String nextValueSql() {
        if (nextValueSql == null) {
            String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
            nextValueSql = "PostgreSQL".equalsIgnoreCase(database)
                    ? "SELECT nextval('cd_case_number_seq')"
                    : "SELECT NEXT VALUE FOR cd_case_number_seq";
        }
        return nextValueSql;
    }

    public static String tag(String caseNumber) {
        return "[" + caseNumber + "]";
    }
}
