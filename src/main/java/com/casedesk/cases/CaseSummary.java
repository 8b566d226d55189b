package com.casedesk.cases;

import java.time.Instant;

/** One case in a search result. */
public record CaseSummary(String caseNumber, CaseType caseType, CaseStatus status, String subject,
        String customerNumber, String customerName, String contactEmail, String siteId, Instant createdAt,
        Instant closedAt) {
}
