package com.casedesk.intake;

import com.casedesk.cases.CaseType;

/** Inserted by a row of {@code rules/intake/case-type-keywords.csv} whose keyword the mail contains. */
public record KeywordHit(CaseType caseType, String keyword) {
}
