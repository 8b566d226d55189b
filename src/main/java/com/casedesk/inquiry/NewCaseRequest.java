package com.casedesk.inquiry;

import java.time.Instant;

import com.casedesk.cases.CaseType;
import com.casedesk.termination.RequestChannel;

/**
 * A case to open: from a classified mail (the intake) or by hand ({@code POST /api/cases}).
 *
 * @param caseType       what the case is about (required)
 * @param customerNumber the customer, when known; otherwise found by {@code senderEmail}
 * @param senderEmail    who asked (mail sender or the caller's address); answers go there
 * @param siteId         the site, when known (a customer with one site needs none)
 * @param subject        a short title (the mail subject), optional
 * @param text           what the customer wrote or said (required)
 * @param urgent         the request is urgent (e.g. from the mail classification)
 * @param intent         for inquiries, what is asked for when already known; otherwise a handler classifies it
 * @param invoiceNumber  the invoice the request is about, if any
 * @param language       sv, da or en when the customer is unknown (otherwise the customer's country decides)
 * @param receivedAt     when the request reached us (office hours are judged at that time); null = now
 * @param messageId      the Message-ID of the customer's mail, so the answers thread under it; may be null
 * @param channel        how the request reached us (a termination must be in writing); null = EMAIL
 */
public record NewCaseRequest(CaseType caseType, String customerNumber, String senderEmail, String siteId,
        String subject, String text, boolean urgent, InquiryIntent intent, String invoiceNumber, String language,
        Instant receivedAt, String messageId, RequestChannel channel) {

    /** The minimal request of a handler: type, customer, site, text. */
    public static NewCaseRequest of(CaseType caseType, String customerNumber, String senderEmail, String siteId,
            String text) {
        return new NewCaseRequest(caseType, customerNumber, senderEmail, siteId, null, text, false, null, null, null,
                null, null, null);
    }

    public NewCaseRequest withIntent(InquiryIntent intent) {
        return new NewCaseRequest(caseType, customerNumber, senderEmail, siteId, subject, text, urgent, intent,
                invoiceNumber, language, receivedAt, messageId, channel);
    }

    public NewCaseRequest withInvoice(String invoiceNumber) {
        return new NewCaseRequest(caseType, customerNumber, senderEmail, siteId, subject, text, urgent, intent,
                invoiceNumber, language, receivedAt, messageId, channel);
    }

    public NewCaseRequest urgentAt(Instant receivedAt) {
        return new NewCaseRequest(caseType, customerNumber, senderEmail, siteId, subject, text, true, intent,
                invoiceNumber, language, receivedAt, messageId, channel);
    }

    public NewCaseRequest receivedAt(Instant receivedAt) {
        return new NewCaseRequest(caseType, customerNumber, senderEmail, siteId, subject, text, urgent, intent,
                invoiceNumber, language, receivedAt, messageId, channel);
    }
}
