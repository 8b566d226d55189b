package com.casedesk.termination;

import java.time.LocalDate;
import java.util.List;

import com.casedesk.rules.Reason;

/**
 * Whether a termination request is accepted and, if so, when the contract ends and what the technician visit
 * does. A request that is not accepted has no end date and an empty checklist.
 */
public record TerminationEligibility(boolean accepted, LocalDate endDate, List<Reason> reasons,
        List<VisitChecklistItem> visitChecklist, List<String> firedRules, String rulesVersion) {
}
