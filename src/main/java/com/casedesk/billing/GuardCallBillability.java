package com.casedesk.billing;

import java.util.List;

import com.casedesk.rules.Reason;

/** Whether a handled alarm is invoiced, as what, and why. */
public record GuardCallBillability(boolean billable, Charge charge, List<Reason> reasons, List<String> firedRules,
        String rulesVersion) {
}
