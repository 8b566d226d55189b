package com.casedesk.termination;

import java.util.Optional;

import org.springframework.stereotype.Service;

import com.casedesk.rules.RuleBase;
import com.casedesk.rules.RuleEvaluation;

/** Decides whether a termination request is accepted and when the contract ends ({@code rules/termination/}). */
@Service
public class TerminationEligibilityDecision {

    /** The decision's name in the decision log and in replays. */
    public static final String DECISION = "termination-eligibility";

    private final RuleBase rules;

    public TerminationEligibilityDecision(RuleBase rules) {
        this.rules = rules;
    }

    public TerminationEligibility decide(TerminationRequest request) {
        RuleEvaluation evaluation = rules.decide(DECISION, request);
        Optional<TerminationEndDate> endDate = evaluation.single(TerminationEndDate.class);
        if (endDate.isEmpty() && evaluation.reasons().isEmpty()) {
            throw new IllegalStateException("No termination rule matched " + request);
        }
        return new TerminationEligibility(endDate.isPresent(), endDate.map(TerminationEndDate::endDate).orElse(null),
                evaluation.reasons(), evaluation.all(VisitChecklistItem.class), evaluation.firedRules(),
                evaluation.rulesVersion());
    }
}
