package com.casedesk.intake;

import java.util.List;

import com.casedesk.cases.CaseType;
import com.casedesk.rules.Reason;

/**
 * What an incoming mail is about.
 *
 * @param caseType one of the first six {@link CaseType}s; GENERAL_INQUIRY when no keyword matched
 * @param language sv, da or en
 */
public record EmailClassification(CaseType caseType, String language, boolean urgent, List<Reason> reasons,
        List<String> firedRules, String rulesVersion) {
}
