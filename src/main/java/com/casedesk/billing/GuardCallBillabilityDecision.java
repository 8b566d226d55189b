package com.casedesk.billing;

import org.springframework.stereotype.Service;

import com.casedesk.rules.RuleBase;
import com.casedesk.rules.RuleEvaluation;

/** Decides whether a guard call-out or other alarm handling is invoiced ({@code rules/billing/}). */
@Service
public class GuardCallBillabilityDecision {

    /** The decision's name in the decision log and in replays. */
    public static final String DECISION = "guard-call-billability";

    private final RuleBase rules;

    public GuardCallBillabilityDecision(RuleBase rules) {
        this.rules = rules;
    }

    public GuardCallBillability decide(AlarmFacts alarm) {
        RuleEvaluation evaluation = rules.decide(DECISION, alarm);
        BillabilityVerdict verdict = evaluation.single(BillabilityVerdict.class)
                .orElseThrow(() -> new IllegalStateException("No billability rule matched " + alarm
                        + "; every combination must have a row in rules/billing/guard-call-billability.csv"));
        return new GuardCallBillability(verdict.charge() != Charge.NONE, verdict.charge(), evaluation.reasons(),
                evaluation.firedRules(), evaluation.rulesVersion());
    }
}
