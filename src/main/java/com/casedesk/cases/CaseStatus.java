package com.casedesk.cases;

public enum CaseStatus {
    OPEN,
    CLOSED
}
