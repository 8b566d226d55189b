package com.casedesk.system;

import java.util.List;

/** The candidate groups of CaseDesk's user tasks; the ids are the ones used in the BPMN files. */
public final class Groups {

    public static final String CUSTOMER_SERVICE = "customer-service";
    public static final String TECHNICAL_SUPPORT = "technical-support";
    public static final String SERVICE_COORDINATION = "service-coordination";
    public static final String BILLING = "billing";
    public static final String ALARM_CENTRE = "alarm-centre";

    public static final List<String> ALL =
            List.of(CUSTOMER_SERVICE, TECHNICAL_SUPPORT, SERVICE_COORDINATION, BILLING, ALARM_CENTRE);

    /** Team leads: see every group's open and overdue tasks (Tasklist filters "All open", "Overdue, all groups"). */
    public static final String SUPERVISOR = "supervisor";
    /** Analysts: read which definitions are in force and replay rule changes; no Tasklist work. */
    public static final String ANALYST = "analyst";

    /** Camunda's own administrators group, full access to every resource. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private Groups() {
    }
}
