package com.casedesk.system;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;

/**
 * What each work group may do in the engine beyond its tasks: exactly what its rows of the {@code /api} table
 * ({@link ApiAccess}) start or move on, since {@code /api} runs the engine as its caller. Keys are the process
 * ids of processes/*.bpmn.
 */
final class ProcessRights {

    /** The processes a mail (and so a quarantined mail retried) can start or deliver to. */
    private static final List<String> MAIL_PROCESSES = List.of("contractTermination", "customerInquiry", "invoiceInquiry",
            "alarmSiteChange", "generalInquiry", "faultReport", "serviceRequest", "technicianVisit", "incomingMail",
            "newCaseMail", "senderVerification", "invoiceDunning");

    private static final List<Permission> START_AND_MOVE =
            List.of(Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE, Permissions.UPDATE_INSTANCE);
    private static final List<Permission> MOVE = List.of(Permissions.READ_INSTANCE, Permissions.UPDATE_INSTANCE);

    record Grant(List<String> processKeys, List<Permission> permissions, boolean createsInstances) {
    }

    static final Map<String, List<Grant>> BY_GROUP = Map.of(
            // cases by hand, terminations, quarantine retry, reschedule
            Groups.CUSTOMER_SERVICE, List.of(new Grant(MAIL_PROCESSES, START_AND_MOVE, true)),
            Groups.BILLING, List.of(new Grant(List.of("invoiceDunning"), MOVE, false)),
            Groups.ALARM_CENTRE, List.of(new Grant(List.of("guardCallOutBilling"), START_AND_MOVE, true)),
            Groups.SERVICE_COORDINATION, List.of(new Grant(List.of("technicianVisit", "serviceRequest", "faultReport"),
                    MOVE, false)),
            Groups.TECHNICAL_SUPPORT, List.of());

    private ProcessRights() {
    }
}
