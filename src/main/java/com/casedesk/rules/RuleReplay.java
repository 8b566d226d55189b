package com.casedesk.rules;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import com.casedesk.system.DefinitionFiles;

/**
 * The what-if replay: re-evaluates stored decisions ({@code cd_decision}) with candidate rules and counts, per
 * decision, how many outcomes would change. The candidate is compiled beside the rules in force and never put in
 * force; its scenario rows are run too, so the answer says whether a hot reload would accept it.
 */
@Component
public class RuleReplay {

    static final int DEFAULT_LAST = 10_000;
    static final int EXAMPLES = 10;

    private final JdbcTemplate jdbc;
    private final List<DecisionScenarios> scenarios;

    public RuleReplay(JdbcTemplate jdbc, List<DecisionScenarios> scenarios) {
        this.jdbc = jdbc;
        this.scenarios = List.copyOf(scenarios);
    }

    /** Which stored decisions: taken in [from, to), the last {@code last} of them (newest first). */
    public record Window(Instant from, Instant to, Integer last) {
    }

    public record Side(JsonNode outcome, JsonNode reasons, JsonNode firedRules, String rulesVersion) {
    }

    public record Example(long id, String caseNumber, Instant takenAt, Side before, Side after) {
    }

    public record DecisionReplay(String decision, int evaluated, int changed, List<Example> examples) {
    }

    /** @param scenarioProblems the candidate's failing scenario rows: a hot reload would refuse it while any remain */
    public record Report(String candidateVersion, List<DecisionReplay> decisions, List<String> scenarioProblems) {
    }

    private record Stored(long id, String decision, String caseNumber, String rulesVersion, Instant takenAt,
            String inputs, String outcome, String reasons, String firedRules) {
    }

    /** @throws RuleCompilationException when a candidate file does not compile */
    public Report replay(DefinitionFiles candidate, Window window) {
        CompiledRules compiled = RuleCompiler.compile(candidate.origin(), RuleCompiler.ruleFiles(candidate));
        try {
            RuleBase rules = new RuleBase(compiled, DecisionRecorder.NONE);
            Map<String, List<Example>> changed = new LinkedHashMap<>();
            Map<String, int[]> counts = new LinkedHashMap<>();
            for (Stored stored : load(window)) {
                int[] count = counts.computeIfAbsent(stored.decision(), d -> new int[2]);
                count[0]++;
                Side after = evaluate(rules, stored);
                JsonNode before = DecisionFacts.tree(stored.outcome());
                if (!Objects.equals(before, after.outcome())) {
                    count[1]++;
                    List<Example> examples = changed.computeIfAbsent(stored.decision(), d -> new ArrayList<>());
                    if (examples.size() < EXAMPLES) {
                        examples.add(new Example(stored.id(), stored.caseNumber(), stored.takenAt(),
                                new Side(before, DecisionFacts.tree(stored.reasons()),
                                        DecisionFacts.tree(stored.firedRules()), stored.rulesVersion()), after));
                    }
                }
            }
            List<DecisionReplay> decisions = counts.entrySet().stream().map(entry -> new DecisionReplay(
                    entry.getKey(), entry.getValue()[0], entry.getValue()[1],
                    changed.getOrDefault(entry.getKey(), List.of()))).toList();
            return new Report(compiled.version(), decisions, RuleCheck.problems(candidate, scenarios));
        } finally {
            compiled.release();
        }
    }

    private static Side evaluate(RuleBase rules, Stored stored) {
        try {
            RuleEvaluation evaluation = rules.evaluate(DecisionFacts.read(stored.inputs()));
            return new Side(DecisionFacts.tree(DecisionFacts.outcome(evaluation)),
                    DecisionFacts.JSON.valueToTree(evaluation.reasons()),
                    DecisionFacts.JSON.valueToTree(evaluation.firedRules()), evaluation.rulesVersion());
        } catch (RuntimeException e) {
            return new Side(DecisionFacts.JSON.getNodeFactory().textNode("error: " + e.getMessage()),
                    DecisionFacts.JSON.createArrayNode(), DecisionFacts.JSON.createArrayNode(), null);
        }
    }

    private List<Stored> load(Window window) {
        Instant from = window.from() == null ? Instant.EPOCH : window.from();
        Instant to = window.to() == null ? Instant.parse("9999-12-31T00:00:00Z") : window.to();
        int last = window.last() == null ? DEFAULT_LAST : window.last();
        List<Stored> stored = jdbc.query("SELECT id, decision, case_number, rules_version, taken_at, inputs, outcome,"
                + " reasons, fired_rules FROM cd_decision WHERE taken_at >= ? AND taken_at < ?"
                + " ORDER BY id DESC FETCH FIRST " + last + " ROWS ONLY",
                (row, i) -> new Stored(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getTimestamp(5).toInstant(), row.getString(6), row.getString(7), row.getString(8),
                        row.getString(9)), Timestamp.from(from), Timestamp.from(to));
        List<Stored> oldestFirst = new ArrayList<>(stored);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }
}
