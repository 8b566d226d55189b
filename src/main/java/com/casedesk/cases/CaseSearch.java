package com.casedesk.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds cases in the database, one page at a time, newest first: the filters, the caller's read access
 * ({@link CaseAccess}) and the paging are all in the SQL, so no search loads more than one page of cases.
 */
@Service
public class CaseSearch {

    private static final int MAX_WORDS = 5;

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseAccess access;

    CaseSearch(NamedParameterJdbcTemplate jdbc, CaseAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The cases matching {@code query} that a member of {@code groups} may read. */
    @Transactional(readOnly = true)
    public CaseSearchResult search(CaseQuery query, Set<String> groups) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(query, groups, parameters);
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM cd_case c" + CUSTOMER + where, parameters, Long.class);
        parameters.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
        List<CaseSummary> cases = jdbc.query(SELECT + where
                + " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit OFFSET :offset", parameters, CaseSearch::row);
        return new CaseSearchResult(query.page(), query.size(), total, cases);
    }

    /**
     * The case's other cases the caller may read, newest first: the same customer, the same site, the case it is
     * linked to and the cases linked to it.
     */
    @Transactional(readOnly = true)
    public List<CaseSummary> others(CaseRecord of, Set<String> groups, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("caseNumber", of.getCaseNumber())
                .addValue("customer", of.getCustomerNumber()).addValue("site", of.getSiteId())
                .addValue("linked", of.getLinkedCaseNumber()).addValue("limit", limit);
        String access = CaseAccess.seesEveryCase(groups) ? "" : " AND " + this.access.readableBy("groups", groups, parameters);
        return jdbc.query(SELECT + " WHERE c.case_number <> :caseNumber AND (c.customer_number = :customer"
                + " OR c.site_id = :site OR c.linked_case_number = :caseNumber OR c.case_number = :linked)" + access
                + " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit", parameters, CaseSearch::row);
    }

    private static final String SELECT = "SELECT c.case_number, c.case_type, c.status, c.subject, c.customer_number,"
            + " cu.name, c.contact_email, c.site_id, c.created_at, c.closed_at FROM cd_case c"
            + " LEFT JOIN cd_customer cu ON cu.customer_number = c.customer_number";

    private static final String CUSTOMER = " LEFT JOIN cd_customer cu ON cu.customer_number = c.customer_number";

    private String where(CaseQuery query, Set<String> groups, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.query() != null && CaseNumbers.NUMBER.matcher(query.query().toUpperCase(Locale.ROOT)).matches()) {
            // a case number typed into the search box: that case, found by its index, not by scanning every case
            parameters.addValue("typedCaseNumber", query.query().toUpperCase(Locale.ROOT));
            conditions.add("c.case_number = :typedCaseNumber");
        } else if (query.query() != null) {
            List<String> words = Arrays.stream(query.query().toLowerCase(Locale.ROOT).split("\\s+"))
                    .filter(word -> !word.isEmpty()).limit(MAX_WORDS).toList();
            for (int i = 0; i < words.size(); i++) {
                String name = "word" + i;
                parameters.addValue(name, like(words.get(i)));
                conditions.add("(LOWER(c.case_number) LIKE :" + name + " ESCAPE '!' OR LOWER(c.subject) LIKE :" + name
                        + " ESCAPE '!' OR LOWER(c.customer_number) LIKE :" + name + " ESCAPE '!' OR LOWER(cu.name) LIKE :"
                        + name + " ESCAPE '!' OR LOWER(c.contact_email) LIKE :" + name + " ESCAPE '!')");
            }
        }
        if (query.caseNumber() != null) {
            parameters.addValue("caseNumber", query.caseNumber());
            conditions.add("c.case_number = :caseNumber");
        }
        if (query.customer() != null) {
            parameters.addValue("customer", query.customer()).addValue("customerName", like(query.customer().toLowerCase(Locale.ROOT)));
            conditions.add("(c.customer_number = :customer OR LOWER(cu.name) LIKE :customerName ESCAPE '!')");
        }
        if (query.sender() != null) {
            parameters.addValue("sender", query.sender().toLowerCase(Locale.ROOT));
            conditions.add("(LOWER(c.contact_email) = :sender OR EXISTS (SELECT 1 FROM cd_intake_mail m"
                    + " WHERE m.case_number = c.case_number AND LOWER(m.from_address) = :sender))");
        }
        if (query.type() != null) {
            parameters.addValue("type", query.type().name());
            conditions.add("c.case_type = :type");
        }
        if (query.status() != null || query.mine()) {
            parameters.addValue("status", query.mine() ? CaseStatus.OPEN.name() : query.status().name());
            conditions.add("c.status = :status");
        }
        if (query.mine()) {
            conditions.add(access.readableBy("ownGroups", groups, parameters));
        } else if (!CaseAccess.seesEveryCase(groups)) {
            conditions.add(access.readableBy("groups", groups, parameters));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** {@code %text%} for LIKE with {@code !} as the escape character. */
    private static String like(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static CaseSummary row(ResultSet rs, int row) throws SQLException {
        return new CaseSummary(rs.getString(1), CaseType.valueOf(rs.getString(2)), CaseStatus.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getTimestamp(9).toInstant(), rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant());
    }
}
