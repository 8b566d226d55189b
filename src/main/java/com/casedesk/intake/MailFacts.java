package com.casedesk.intake;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What a process needs from the mail that opened its case.
 *
 * @param receivedDate         the customer's calendar date the mail arrived
 * @param language             sv, da or en: the customer's country, else what the classification found
 * @param requesterAuthorized  the sender is an authorized contact of the customer (or was verified as one)
 * @param customerNumber       the sender's customer, or null when unknown or ambiguous
 * @param invoiceNumber        the invoice the mail names ({@code rules/intake/invoice-numbers.csv}), or null
 * @param inquiryIntent        what an inquiry asks for when the mail says it ({@code rules/intake/inquiry-intents.drl}), or null
 * @param mentionedDates       the days the mail names, ISO dates separated by commas, or null
 */
public record MailFacts(String from, String subject, String text, String messageId, LocalDate receivedDate,
        String language, boolean urgent, boolean requesterAuthorized, String customerNumber,
        String classificationReasons, String invoiceNumber, String inquiryIntent, String mentionedDates) {

    public boolean customerIdentified() {
        return customerNumber != null;
    }

    public MailFacts verified(String verifiedCustomerNumber) {
        return new MailFacts(from, subject, text, messageId, receivedDate, language, urgent, true,
                verifiedCustomerNumber != null ? verifiedCustomerNumber : customerNumber, classificationReasons,
                invoiceNumber, inquiryIntent, mentionedDates);
    }

    public Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(IntakeProcess.MAIL_FROM, from);
        variables.put(IntakeProcess.MAIL_SUBJECT, subject);
        variables.put(IntakeProcess.MAIL_TEXT, text);
        variables.put(IntakeProcess.MAIL_MESSAGE_ID, messageId);
        variables.put(IntakeProcess.MAIL_RECEIVED_DATE, receivedDate.toString());
        variables.put(IntakeProcess.LANGUAGE, language);
        variables.put(IntakeProcess.URGENT, urgent);
        variables.put(IntakeProcess.REQUESTER_AUTHORIZED, requesterAuthorized);
        variables.put(IntakeProcess.CUSTOMER_NUMBER, customerNumber);
        variables.put(IntakeProcess.CUSTOMER_IDENTIFIED, customerIdentified());
        variables.put(IntakeProcess.CLASSIFICATION_REASONS, classificationReasons);
        variables.put(IntakeProcess.MAIL_INVOICE_NUMBER, invoiceNumber);
        variables.put(IntakeProcess.MAIL_INQUIRY_INTENT, inquiryIntent);
        variables.put(IntakeProcess.MAIL_MENTIONED_DATES, mentionedDates);
        return variables;
    }

    /** @param text the whole mail text (the variable holds only a preview when the text is long) */
    static MailFacts fromVariables(Map<String, Object> variables, String text) {
        return new MailFacts((String) variables.get(IntakeProcess.MAIL_FROM),
                (String) variables.get(IntakeProcess.MAIL_SUBJECT), text,
                (String) variables.get(IntakeProcess.MAIL_MESSAGE_ID),
                LocalDate.parse((String) variables.get(IntakeProcess.MAIL_RECEIVED_DATE)),
                (String) variables.get(IntakeProcess.LANGUAGE), Boolean.TRUE.equals(variables.get(IntakeProcess.URGENT)),
                Boolean.TRUE.equals(variables.get(IntakeProcess.REQUESTER_AUTHORIZED)),
                (String) variables.get(IntakeProcess.CUSTOMER_NUMBER),
                (String) variables.get(IntakeProcess.CLASSIFICATION_REASONS),
                (String) variables.get(IntakeProcess.MAIL_INVOICE_NUMBER),
                (String) variables.get(IntakeProcess.MAIL_INQUIRY_INTENT),
                (String) variables.get(IntakeProcess.MAIL_MENTIONED_DATES));
    }
}
