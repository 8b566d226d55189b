package com.casedesk.cases;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.casedesk.customers.CustomerView;
import com.casedesk.customers.CustomerView.ContactView;
import com.casedesk.customers.CustomerView.ContractView;
import com.casedesk.customers.CustomerView.SiteView;

/**
 * The variables every service-desk process starts with: who asked, the customer, site and contract, and the
 * request itself. Forms show them read-only; delegates read them by these names.
 */
public final class CaseContext {

    public static final String CUSTOMER_NUMBER = "customerNumber";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String CUSTOMER_KNOWN = "customerKnown";
    public static final String ORG_NUMBER = "orgNumber";
    public static final String COUNTRY = "country";
    public static final String LANGUAGE = "language";
    public static final String INVOICE_EMAIL = "invoiceEmail";
    public static final String EAN_NUMBER = "eanNumber";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_NAME = "contactName";
    /** Where answers go: the sender, else the customer's first authorized contact, else the invoice address. */
    public static final String REPLY_TO = "replyTo";
    public static final String SITE_ID = "siteId";
    public static final String SITE_ADDRESS = "siteAddress";
    public static final String REMOTE_SUPPORT_CAPABLE = "remoteSupportCapable";
    public static final String CONTRACT_NUMBER = "contractNumber";
    public static final String CONTRACT_SUMMARY = "contractSummary";
    public static final String REQUEST_SUBJECT = "requestSubject";
    public static final String REQUEST_TEXT = "requestText";
    public static final String REQUEST_MESSAGE_ID = "requestMessageId";
    public static final String RECEIVED_AT = "receivedAt";
    public static final String URGENT = "urgent";
    public static final String INVOICE_NUMBER = "invoiceNumber";
    /**
     * The mail intake found the sender authorized: an authorized contact's address, or a handler verified the sender
     * (sender verification). A verified sender who is no authorized contact is then treated as authorized.
     */
    public static final String SENDER_VERIFIED = "senderVerified";

    private CaseContext() {
    }

    /** The start variables for a request about {@code customer} (may be null when the sender is unknown). */
    static Map<String, Object> variables(NewCaseRequest request, CustomerView customer, SiteView site,
            Instant receivedAt, String fallbackLanguage) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CUSTOMER_KNOWN, customer != null);
        variables.put(CUSTOMER_NUMBER, customer == null ? null : customer.number());
        variables.put(CUSTOMER_NAME, customer == null ? null : customer.name());
        variables.put(ORG_NUMBER, customer == null ? null : customer.orgNumber());
        variables.put(COUNTRY, customer == null ? null : customer.country().name());
        variables.put(LANGUAGE, customer == null ? fallbackLanguage : customer.country().language());
        variables.put(INVOICE_EMAIL, customer == null ? null : customer.invoiceEmail());
        variables.put(EAN_NUMBER, customer == null ? null : customer.eanNumber());
        variables.put(CONTACT_EMAIL, blankToNull(request.senderEmail()));
        Optional<ContactView> contact = contact(customer, request.senderEmail());
        variables.put(CONTACT_NAME, contact.map(ContactView::name).orElse(null));
        variables.put(REPLY_TO, replyTo(request.senderEmail(), customer));
        variables.put(SITE_ID, site == null ? blankToNull(request.siteId()) : site.siteId());
        variables.put(SITE_ADDRESS, site == null ? null : site.address());
        variables.put(REMOTE_SUPPORT_CAPABLE, site != null && site.remoteSupportCapable());
        Optional<ContractView> contract = contract(customer, site);
        variables.put(CONTRACT_NUMBER, contract.map(ContractView::number).orElse(null));
        variables.put(CONTRACT_SUMMARY, contract.map(CaseContext::summary).orElse(null));
        variables.put(REQUEST_SUBJECT, request.subject());
        variables.put(REQUEST_TEXT, request.text());
        variables.put(REQUEST_MESSAGE_ID, request.messageId());
        variables.put(RECEIVED_AT, receivedAt.toString());
        variables.put(URGENT, request.urgent());
        variables.put(INVOICE_NUMBER, blankToNull(request.invoiceNumber()));
        return variables;
    }

    static Optional<ContactView> contact(CustomerView customer, String email) {
        if (customer == null || email == null) {
            return Optional.empty();
        }
        return customer.contacts().stream().filter(c -> c.email().equalsIgnoreCase(email.trim())).findFirst();
    }

    private static String replyTo(String senderEmail, CustomerView customer) {
        if (senderEmail != null && !senderEmail.isBlank()) {
            return senderEmail.trim();
        }
        if (customer == null) {
            return null;
        }
        return customer.contacts().stream().filter(ContactView::authorized).map(ContactView::email).findFirst()
                .orElse(customer.invoiceEmail());
    }

    private static Optional<ContractView> contract(CustomerView customer, SiteView site) {
        if (customer == null || site == null) {
            return Optional.empty();
        }
        return customer.contracts().stream().filter(c -> c.siteId().equals(site.siteId())).findFirst();
    }

    private static String summary(ContractView c) {
        return "%s %s since %s, notice %d months, binding %d months, status %s".formatted(c.number(), c.type(),
                c.startDate(), c.noticeMonths(), c.bindingMonths(), c.status());
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
