package com.casedesk.system;

import java.util.List;

/** CaseDesk's groups; the work groups' ids are the candidate groups used in the BPMN files. */
public final class Groups {

    public static final String CUSTOMER_SERVICE = "customer-service";
    public static final String TECHNICAL_SUPPORT = "technical-support";
    public static final String SERVICE_COORDINATION = "service-coordination";
    public static final String BILLING = "billing";
    public static final String ALARM_CENTRE = "alarm-centre";

    /** The work groups: candidate groups of user tasks, "any handler" of the API's authorization table. */
    public static final List<String> ALL =
            List.of(CUSTOMER_SERVICE, TECHNICAL_SUPPORT, SERVICE_COORDINATION, BILLING, ALARM_CENTRE);

    /** Business analysts: read-only Cockpit, definitions and the rule tools. */
    public static final String ANALYST = "analyst";
    /** Team leads: see and distribute their teams' queues. */
    public static final String SUPERVISOR = "supervisor";

    /** Camunda's own administrators group, full access to every resource. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private Groups() {
    }
}
