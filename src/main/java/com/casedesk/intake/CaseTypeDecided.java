package com.casedesk.intake;

import com.casedesk.cases.CaseType;

/** Inserted by the one precedence rule of {@code rules/intake/classification.drl} that won. */
public record CaseTypeDecided(CaseType caseType) {
}
