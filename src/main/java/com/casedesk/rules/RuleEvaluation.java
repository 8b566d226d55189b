package com.casedesk.rules;

import java.util.List;
import java.util.Optional;

/**
 * What one evaluation produced: the facts the rules inserted (in insertion order), the names of the rules that
 * fired (in firing order) and the version of the rules in force.
 */
public record RuleEvaluation(List<Object> inserted, List<String> firedRules, String rulesVersion) {

    public <T> List<T> all(Class<T> type) {
        return inserted.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The single fact of this type the rules inserted, empty when none did; more than one is a rule error. */
    public <T> Optional<T> single(Class<T> type) {
        List<T> found = all(type);
        if (found.size() > 1) {
            throw new IllegalStateException("Rules " + firedRules + " inserted " + found.size() + " "
                    + type.getSimpleName() + " facts where at most one is allowed: " + found);
        }
        return found.stream().findFirst();
    }

    public List<Reason> reasons() {
        return all(Reason.class);
    }
}
