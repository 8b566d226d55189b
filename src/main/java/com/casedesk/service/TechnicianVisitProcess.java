package com.casedesk.service;

/**
 * The {@code technicianVisit} process ({@code processes/technician-visit.bpmn}), a call activity that a
 * termination, a service request or a fault report calls when a technician must go to a site.
 *
 * <h2>Calling it</h2>
 * <pre>{@code
 * <bpmn:callActivity id="callActivity_technicianVisit" calledElement="technicianVisit">
 *   <bpmn:extensionElements>
 *     <camunda:in businessKey="#{execution.processBusinessKey}" />   <!-- required: CaseReplies finds the visit by it -->
 *     <camunda:in source="caseNumber" target="caseNumber" />
 *     <camunda:in source="customerNumber" target="customerNumber" />
 *     <camunda:in source="siteId" target="siteId" />
 *     <camunda:in sourceExpression="${'Termination of contract '.concat(contractNumber)}" target="visitPurpose" />
 *     <camunda:in source="visitChecklist" target="visitChecklist" />
 *     <camunda:out source="visitReport" target="visitReport" />
 *     ...
 * }</pre>
 *
 * <h2>Inputs</h2>
 * <ul>
 * <li>{@code caseNumber} (String, required): the case; timeline entries and mails go to it</li>
 * <li>{@value #CUSTOMER_NUMBER} (String, required) and {@value #SITE_ID} (String, required, a site of that
 * customer)</li>
 * <li>{@value #VISIT_PURPOSE} (String, required): one line for the coordinator and the technician</li>
 * <li>{@value #VISIT_CHECKLIST} (String, required): JSON array of {@code {"code":..,"text":..}}, 1 to
 * {@value #MAX_CHECKLIST_ITEMS} items, see {@link VisitChecklist#toJson}</li>
 * <li>{@value #CONTRACT_NUMBER} (String, optional): shown on the forms</li>
 * <li>{@value #VISIT_CONTACT_EMAIL} (String, optional): who gets the appointment mail; default the case's
 * contact, else the customer's first authorized contact, else the invoice address</li>
 * <li>{@value #VISIT_LATEST_DATE} (String, ISO date, optional): the visit must take place on or before this day
 * (a termination passes the day before the end date)</li>
 * </ul>
 *
 * <h2>Outputs (process variables of the called instance, map them with camunda:out)</h2>
 * <ul>
 * <li>{@value #VISIT_REPORT} (String): JSON array of {@code {"code","text","status":"DONE"|"NOT_APPLICABLE","reason"}}</li>
 * <li>{@value #VISIT_REPORT_SUMMARY} (String): one readable line per item</li>
 * <li>{@value #VISIT_DATE} (String, ISO date), {@value #VISIT_TIME} (String, HH:mm), {@value #VISIT_TECHNICIAN}
 * (String): the appointment that took place</li>
 * <li>{@value #VISIT_COMPLETED_AT} (String, ISO instant): when the report was recorded</li>
 * </ul>
 *
 * <h2>Rescheduling</h2>
 * While the visit waits to be carried out ({@value #USER_TASK_PERFORM_VISIT}), the message
 * {@code CustomerReplied} (see {@link com.casedesk.cases.CustomerReply}) with intent {@code RESCHEDULE}, or
 * {@code POST /api/cases/{caseNumber}/reschedule}, sends it back to scheduling. A reply with another intent is
 * recorded on the case timeline and the visit keeps waiting.
 */
public final class TechnicianVisitProcess {

    public static final String PROCESS_KEY = "technicianVisit";

    public static final String CUSTOMER_NUMBER = "customerNumber";
    public static final String SITE_ID = "siteId";
    public static final String CONTRACT_NUMBER = "contractNumber";
    public static final String VISIT_PURPOSE = "visitPurpose";
    public static final String VISIT_CHECKLIST = "visitChecklist";
    public static final String VISIT_CONTACT_EMAIL = "visitContactEmail";
    public static final String VISIT_LATEST_DATE = "visitLatestDate";

    /** Set by the first step for the forms and the mail. */
    public static final String CUSTOMER_NAME = "customerName";
    public static final String CUSTOMER_LANGUAGE = "customerLanguage";
    public static final String CUSTOMER_TIME_ZONE = "customerTimeZone";
    public static final String SITE_ADDRESS = "siteAddress";
    public static final String VISIT_ITEM_COUNT = "visitItemCount";

    /** Filled by the coordinator in {@value #USER_TASK_SCHEDULE_VISIT}. */
    public static final String VISIT_DATE = "visitDate";
    public static final String VISIT_TIME = "visitTime";
    public static final String VISIT_TECHNICIAN = "visitTechnician";

    /** Set by a reschedule request. */
    public static final String VISIT_RESCHEDULE_REASON = "visitRescheduleReason";
    public static final String VISIT_PREFERRED_DATE = "visitPreferredDate";

    public static final String VISIT_REPORT = "visitReport";
    public static final String VISIT_REPORT_SUMMARY = "visitReportSummary";
    public static final String VISIT_COMPLETED_AT = "visitCompletedAt";

    /** Checklist items are shown in this many fixed slots of the technician's form. */
    public static final int MAX_CHECKLIST_ITEMS = 8;

    public static final String USER_TASK_SCHEDULE_VISIT = "userTask_scheduleVisit";
    public static final String USER_TASK_PERFORM_VISIT = "userTask_performVisit";
    public static final String BOUNDARY_CUSTOMER_REPLIED = "boundary_customerReplied";

    public static final String STATUS_DONE = "DONE";
    public static final String STATUS_NOT_APPLICABLE = "NOT_APPLICABLE";

    private TechnicianVisitProcess() {
    }

    /** Slot {@code n} (1-based) of the technician's form: the item's code. */
    public static String itemCode(int n) {
        return "visitItem" + n + "Code";
    }

    public static String itemText(int n) {
        return "visitItem" + n + "Text";
    }

    /** {@value #STATUS_DONE} or {@value #STATUS_NOT_APPLICABLE}, filled by the technician. */
    public static String itemStatus(int n) {
        return "visitItem" + n + "Status";
    }

    /** Why the item did not apply; required with {@value #STATUS_NOT_APPLICABLE}. */
    public static String itemReason(int n) {
        return "visitItem" + n + "Reason";
    }
}
