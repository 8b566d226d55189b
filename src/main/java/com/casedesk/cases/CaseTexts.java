package com.casedesk.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Long free text (mail bodies, replies, request texts, dispute reasons) lives in {@code cd_case_text}, never in a
 * Camunda String variable (4,000 characters at most). A process carries the text's id in {@code <name>Id} and a
 * one-line preview in {@code <name>}; delegates that need the whole text read it with {@link #full}.
 */
@Service
public class CaseTexts {

    /** A String variable longer than this is stored on the case and replaced by its preview. */
    public static final int MAX_IN_VARIABLE = 400;
    /** The longest preview: the first line, cut with an ellipsis. */
    public static final int PREVIEW_LENGTH = 120;
    /** The longest free text CaseDesk accepts from the API (a field over it is refused with 400). */
    public static final int MAX_TEXT = 100_000;

    /** One stored text, as {@code GET /api/cases/{caseNumber}/texts} shows it. */
    public record StoredText(long id, String caseNumber, String variable, int length, String text) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseTexts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static String idVariable(String name) {
        return name + "Id";
    }

    /**
     * The variables as a process may carry them: every String longer than {@value #MAX_IN_VARIABLE} characters
     * is stored on the case, replaced by its preview, and its id put in {@code <name>Id}.
     */
    @Transactional
    public Map<String, Object> fit(String caseNumber, Map<String, ?> variables) {
        Map<String, Object> fitted = new HashMap<>(variables);
        variables.forEach((name, value) -> {
            if (value instanceof String text && text.length() > MAX_IN_VARIABLE) {
                fitted.put(name, preview(text));
                fitted.put(idVariable(name), store(caseNumber, name, text));
            }
        });
        return fitted;
    }

    /** The whole text of variable {@code name}: from the case when it was stored there, else the variable itself. */
    public String full(VariableScope scope, String name) {
        Object id = scope.getVariable(idVariable(name));
        if (id instanceof Number number) {
            return text(number.longValue()).map(StoredText::text).orElse((String) scope.getVariable(name));
        }
        return (String) scope.getVariable(name);
    }

    /** The same from a map of variables. */
    public String full(Map<String, Object> variables, String name) {
        Object id = variables.get(idVariable(name));
        if (id instanceof Number number) {
            return text(number.longValue()).map(StoredText::text).orElse((String) variables.get(name));
        }
        return (String) variables.get(name);
    }

    @Transactional
    public long store(String caseNumber, String variable, String text) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    INSERT INTO cd_case_text (case_number, variable, text_length, body, created_at)
                    VALUES (?, ?, ?, ?, ?)""", new String[] { "id" });
            statement.setString(1, caseNumber);
            statement.setString(2, variable.length() > 64 ? variable.substring(0, 64) : variable);
            statement.setInt(3, text.length());
            statement.setString(4, text);
            statement.setTimestamp(5, Timestamp.from(clock.instant()));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    public Optional<StoredText> text(long id) {
        return jdbc.query(SELECT + " WHERE id = ?", CaseTexts::row, id).stream().findFirst();
    }

    public List<StoredText> of(String caseNumber) {
        return jdbc.query(SELECT + " WHERE case_number = ? ORDER BY id", CaseTexts::row, caseNumber);
    }

    /**
     * The first line that says something, at most {@value #PREVIEW_LENGTH} characters, with an ellipsis when anything
     * is left out. A salutation alone on the first line ("Hej,", "Dear Anna,") says nothing: the line after it is
     * taken, so a reply's preview shows what the customer asks, not "Hej,…".
     */
    public static String preview(String text) {
        if (text == null) {
            return null;
        }
        List<String> lines = text.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty()) {
            return "";
        }
        int first = lines.size() > 1 && SALUTATION.matcher(lines.get(0)).matches() ? 1 : 0;
        String line = lines.get(first);
        boolean more = lines.size() > first + 1 || first > 0;
        if (line.length() > PREVIEW_LENGTH) {
            line = line.substring(0, PREVIEW_LENGTH - 1).strip();
            more = true;
        }
        return more ? line + "…" : line;
    }

    /** A first line that is only a greeting, in sv, da or en. */
    private static final java.util.regex.Pattern SALUTATION = java.util.regex.Pattern.compile(
            "(?iu)(hej|hejsan|hallå|hallo|god ?(morgon|dag|eftermiddag)|kære|dear|hi|hello|good (morning|afternoon))"
                    + "\\b[^.!?]{0,40}[,!]?");

    /** A single-line text cut to {@code max} characters with an ellipsis (subjects, summaries). */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    private static final String SELECT = "SELECT id, case_number, variable, text_length, body FROM cd_case_text";

    private static StoredText row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredText(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5));
    }
}
