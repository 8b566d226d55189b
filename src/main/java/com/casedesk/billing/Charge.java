package com.casedesk.billing;

/** What a handled alarm costs the site owner. */
public enum Charge {
    /** Part of monitoring, announced test mode, or a false alarm the customer called off. */
    NONE,
    /** A guard went out on the customer's action instruction and the contract does not include call-outs. */
    GUARD_CALL_OUT,
    /** Our guards acted on assignment of another alarm centre; the site owner is not our direct customer. */
    ACTION_INVOICE
}
