package com.casedesk.cases;

import java.util.List;

/**
 * A rule decision as the timeline keeps it: which decision, what it was given, what it decided, why (the reasons
 * in the analysts' words and the rules that fired) and under which rules version.
 */
public record DecisionRecord(String decision, Object inputs, Object outcome, List<?> reasons, List<String> firedRules,
        String rulesVersion) {
}
