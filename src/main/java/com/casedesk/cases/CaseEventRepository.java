package com.casedesk.cases;

import static com.casedesk.system.TimestampColumns.fromColumn;
import static com.casedesk.system.TimestampColumns.toColumn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The timeline table {@code cd_case_event}, in plain SQL: entries are only ever added. */
@Repository
class CaseEventRepository {

    private final NamedParameterJdbcTemplate jdbc;

    CaseEventRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    CaseEvent save(CaseEvent event) {
        if (event.getId() != null) {
            throw new IllegalArgumentException("timeline entry " + event.getId() + " is written already");
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO cd_case_event (case_number, occurred_at, kind, summary, detail)"
                + " VALUES (:caseNumber, :occurredAt, :kind, :summary, :detail)", new MapSqlParameterSource()
                        .addValue("caseNumber", event.getCaseNumber())
                        .addValue("occurredAt", toColumn(event.getOccurredAt()))
                        .addValue("kind", event.getKind().name()).addValue("summary", event.getSummary())
                        .addValue("detail", event.getDetail()), key, new String[] {"id"});
        event.assignId(key.getKey().longValue());
        return event;
    }

    List<CaseEvent> findByCaseNumberOrderByOccurredAtAscIdAsc(String caseNumber) {
        return jdbc.query("SELECT id, case_number, occurred_at, kind, summary, detail FROM cd_case_event"
                + " WHERE case_number = :caseNumber ORDER BY occurred_at, id",
                new MapSqlParameterSource("caseNumber", caseNumber), (row, i) -> event(row));
    }

    private static CaseEvent event(ResultSet row) throws SQLException {
        return new CaseEvent(row.getLong("id"), row.getString("case_number"),
                fromColumn(row, "occurred_at"), CaseEvent.Kind.valueOf(row.getString("kind")),
                row.getString("summary"), row.getString("detail"));
    }
}
