package com.casedesk.service;

/** Process {@code serviceRequest} and the inspection scan: their variable names (besides {@code inquiry.CaseContext}'s). */
public final class ServiceRequestProcess {

    public static final String KEY = "serviceRequest";
    public static final String INSPECTION_SCAN_KEY = "periodicInspectionScan";

    /** Set by the customer-service check: a technician must go to the site. */
    public static final String VISIT_NEEDED = "visitNeeded";
    /** What the technician is to do (the check task fills it). */
    public static final String WORK_DESCRIPTION = "workDescription";
    /** Text to the customer in the closing mail. */
    public static final String ANSWER = "answer";
    public static final String VISIT_PURPOSE = "visitPurpose";
    public static final String VISIT_CHECKLIST = "visitChecklist";
    public static final String VISIT_REPORT_SUMMARY = "visitReportSummary";
    /** Set on a periodic inspection: the contract it is for, and the anniversary it was due on. */
    public static final String INSPECTION_CONTRACT_NUMBER = "inspectionContractNumber";
    public static final String INSPECTION_DUE = "inspectionDue";

    private ServiceRequestProcess() {
    }
}
