package com.casedesk.intake;

import com.casedesk.cases.CaseType;
import com.casedesk.system.Groups;

/** Which group handles mail on a case of each type. */
final class CaseGroups {

    private CaseGroups() {
    }

    static String forType(CaseType type) {
        return switch (type) {
            case SERVICE_REQUEST -> Groups.SERVICE_COORDINATION;
            case FAULT_REPORT -> Groups.TECHNICAL_SUPPORT;
            case INVOICE_QUESTION, INVOICE_DUNNING, GUARD_CALL_OUT_BILLING -> Groups.BILLING;
            case TERMINATION, ACTION_INSTRUCTION_CHANGE, GENERAL_INQUIRY -> Groups.CUSTOMER_SERVICE;
        };
    }
}
