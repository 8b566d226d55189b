package com.casedesk.rules;

import java.util.List;

/** Keeps each decision taken with the rules in force, so that a candidate rule set can be replayed on it. */
interface DecisionRecorder {

    DecisionRecorder NONE = (decision, facts, evaluation) -> {
    };

    /** Must not throw: a decision is taken whether or not it could be stored. */
    void record(String decision, List<Object> facts, RuleEvaluation evaluation);
}
