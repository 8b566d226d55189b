package com.casedesk.intake;

import java.util.List;

import com.casedesk.cases.CaseType;
import com.casedesk.rules.Reason;

/**
 * What an incoming mail is about.
 *
 * @param caseType       one of the first six {@link CaseType}s; GENERAL_INQUIRY when no keyword matched
 * @param language       sv, da or en
 * @param invoiceNumber  the first invoice number the mail names ({@code rules/intake/invoice-numbers.csv}), or null
 * @param inquiryIntent  what an invoice question asks for when the mail says it ({@code INVOICE_COPY}), or null
 *                       for a handler to classify ({@code rules/intake/inquiry-intents.drl})
 * @param mentionedDates the days the mail names, in the order written, without repeats
 */
public record EmailClassification(CaseType caseType, String language, boolean urgent, String invoiceNumber,
        String inquiryIntent, List<MentionedDate> mentionedDates, List<Reason> reasons, List<String> firedRules, String rulesVersion) {
}
