package com.casedesk.rules;

/**
 * Why a decision came out as it did: a stable code processes and tests can rely on, and one sentence an
 * analyst recognises. Rules insert reasons as facts; the decision returns them in the order the rules fired.
 */
public record Reason(String code, String text) {
}
