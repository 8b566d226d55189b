package com.casedesk.dunning;

import org.springframework.stereotype.Service;

import com.casedesk.customers.Country;
import com.casedesk.rules.RuleBase;
import com.casedesk.rules.RuleEvaluation;

/** Decides the fee of a reminder and the days between dunning steps, per country ({@code rules/dunning/}). */
@Service
public class ReminderFeeDecision {

    /** The decision's name in the decision log and in replays. */
    public static final String DECISION = "reminder-fee";

    private final RuleBase rules;

    public ReminderFeeDecision(RuleBase rules) {
        this.rules = rules;
    }

    /** @throws IllegalArgumentException when the table has no row for this country and reminder number */
    public ReminderFee decide(Country country, int reminderNumber, boolean reminderFeeAgreed) {
        RuleEvaluation evaluation = rules.decide(DECISION, new ReminderStep(country, reminderNumber, reminderFeeAgreed));
        ReminderTerms terms = evaluation.single(ReminderTerms.class)
                .orElseThrow(() -> new IllegalArgumentException("rules/dunning has no row for " + country
                        + " reminder " + reminderNumber));
        return new ReminderFee(terms.fee(), country.currency(), terms.daysAfterPreviousStep(), terms.daysToNextStep(),
                evaluation.reasons(), evaluation.firedRules(), evaluation.rulesVersion());
    }
}
