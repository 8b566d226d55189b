package com.casedesk.fault;

/** Process {@code faultReport}: its variable names (besides {@code inquiry.CaseContext}'s). */
public final class FaultReportProcess {

    public static final String KEY = "faultReport";

    /** Urgent and received outside office hours: the alarm centre takes it instead of technical support. */
    public static final String URGENT_OUTSIDE_OFFICE_HOURS = "urgentOutsideOfficeHours";
    public static final String SITE_SYSTEM = "siteSystem";
    public static final String SITE_HISTORY = "siteHistory";
    /** SOLVED, NEEDS_FIX, VISIT or TEST_ALARM, chosen at triage. */
    public static final String TRIAGE_OUTCOME = "triageOutcome";
    public static final String TRIAGE_NOTE = "triageNote";
    public static final String SOLVED_REMOTELY = "solvedRemotely";
    public static final String TEST_DATE = "testDate";
    public static final String TEST_FROM = "testFrom";
    public static final String TEST_UNTIL = "testUntil";
    /** Text to the customer in the closing mail. */
    public static final String ANSWER = "answer";
    public static final String VISIT_PURPOSE = "visitPurpose";
    public static final String VISIT_CHECKLIST = "visitChecklist";
    public static final String VISIT_REPORT_SUMMARY = "visitReportSummary";

    private FaultReportProcess() {
    }
}
