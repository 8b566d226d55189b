package com.casedesk.termination;

import java.time.LocalDate;

/** Inserted by the rule that accepted the termination: the day the contract ends. */
public record TerminationEndDate(LocalDate endDate) {
}
