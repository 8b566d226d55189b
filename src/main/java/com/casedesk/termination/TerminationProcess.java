package com.casedesk.termination;

/**
 * The {@code contractTermination} process ({@code processes/contract-termination.bpmn}): its variables, messages
 * and the ids tests and handlers rely on. Started by {@link TerminationIntake#receive(TerminationNotice)}.
 */
public final class TerminationProcess {

    public static final String PROCESS_KEY = "contractTermination";

    /** The notice, set at start and replaced by the customer's new notice after a refusal. */
    public static final String CUSTOMER_NUMBER = "customerNumber";
    public static final String CONTRACT_NUMBER = "contractNumber";
    public static final String SITE_ID = "siteId";
    public static final String REQUESTER_EMAIL = "requesterEmail";
    /** EMAIL, LETTER, PHONE or WEB_FORM ({@link RequestChannel}). */
    public static final String REQUEST_CHANNEL = "requestChannel";
    /** ISO date, the customer's calendar. */
    public static final String REQUEST_RECEIVED_DATE = "requestReceivedDate";
    public static final String REQUESTER_AUTHORIZED = "requesterAuthorized";
    public static final String NOTICE_TEXT = "noticeText";
    /** The sender of a new notice who is not the requester: becomes the requester only when a handler confirms. */
    public static final String PROPOSED_REQUESTER_EMAIL = "proposedRequesterEmail";
    /** The handler's answer on the task "Confirm requester address": true = the proposed address becomes the requester. */
    public static final String USE_PROPOSED_REQUESTER_EMAIL = "useProposedRequesterEmail";
    public static final String TASK_CONFIRM_REQUESTER_ADDRESS = "userTask_confirmRequesterAddress";

    /** The termination-eligibility decision. */
    public static final String ACCEPTED = "terminationAccepted";
    /** ISO date the contract ends. */
    public static final String END_DATE = "terminationEndDate";
    /** The start of the end date in the customer's time zone, a Date: the timer waits for it. */
    public static final String ENDS_AT = "terminationEndsAt";
    /** Comma-separated reason codes, e.g. {@code NOT_IN_WRITING,NOT_AUTHORIZED} or {@code NOTICE_PERIOD}. */
    public static final String REASON_CODES = "terminationReasonCodes";
    /** The reasons' texts, one per line, for handlers. */
    public static final String REASONS = "terminationReasons";
    public static final String FIRED_RULES = "terminationFiredRules";
    public static final String RULES_VERSION = "terminationRulesVersion";

    /** Passed to the technician visit (see {@code com.casedesk.service.TechnicianVisitProcess}). */
    public static final String VISIT_CHECKLIST = "visitChecklist";
    public static final String VISIT_LATEST_DATE = "visitLatestDate";
    public static final String VISIT_PURPOSE = "visitPurpose";
    /** Returned by the technician visit. */
    public static final String VISIT_REPORT = "visitReport";
    public static final String VISIT_REPORT_SUMMARY = "visitReportSummary";

    public static final String SERVICE_TASK_DECIDE = "serviceTask_decideEligibility";
    public static final String EVENT_NEW_NOTICE = "event_newNoticeReceived";
    public static final String GATEWAY_AWAIT_NEW_NOTICE = "gateway_awaitNewNotice";
    public static final String TIMER_NO_NEW_NOTICE = "timer_noNewNotice";
    /** ISO-8601 duration the process waits for a new notice (from {@code casedesk.termination.notice-wait}). */
    public static final String NOTICE_WAIT = "noticeWait";
    public static final String CALL_ACTIVITY_VISIT = "callActivity_technicianVisit";
    public static final String TIMER_END_DATE = "timer_endDate";

    private TerminationProcess() {
    }
}
