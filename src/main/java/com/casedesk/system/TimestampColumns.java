package com.casedesk.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in {@code TIMESTAMP WITH TIME ZONE} columns, written in UTC: H2 and PostgreSQL both take and give
 * {@link OffsetDateTime} there, so a stored moment does not depend on a node's time zone.
 */
public final class TimestampColumns {

    private TimestampColumns() {
    }

    /** The value to bind for {@code instant} (null stays null). */
    public static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The instant in {@code column} of the current row, or null. */
    public static Instant fromColumn(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
