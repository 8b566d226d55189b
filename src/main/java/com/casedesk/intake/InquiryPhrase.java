package com.casedesk.intake;

/**
 * Inserted by a row of {@code rules/intake/inquiry-intent-phrases.csv} whose phrase the mail contains.
 *
 * @param intent INVOICE_COPY, or DISPUTE (the mail says the invoice is wrong)
 */
public record InquiryPhrase(String intent, String phrase) {
}
