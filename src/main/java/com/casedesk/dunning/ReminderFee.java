package com.casedesk.dunning;

import java.math.BigDecimal;
import java.util.List;

import com.casedesk.rules.Reason;

/**
 * The fee of one reminder and the dunning timing around it.
 *
 * @param fee                   in {@code currency}; zero when none is charged
 * @param daysAfterPreviousStep days from the previous step to this reminder (for the first: from the due date)
 * @param daysToNextStep        days from this reminder to the next step (after the last: the collection hand-over)
 */
public record ReminderFee(BigDecimal fee, String currency, int daysAfterPreviousStep, int daysToNextStep,
        List<Reason> reasons, List<String> firedRules, String rulesVersion) {
}
