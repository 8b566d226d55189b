package com.casedesk.cases;

import java.time.Instant;

/**
 * A case to open: from a classified mail (the intake) or by hand ({@code POST /api/cases}). Built with
 * {@link #builder(CaseType)} and its named steps; the record form is what the JSON body binds to.
 *
 * @param caseType       what the case is about (required)
 * @param customerNumber the customer, when known; otherwise found by {@code senderEmail}
 * @param senderEmail    who asked (mail sender or the caller's address); answers go there
 * @param siteId         the site, when known (a customer with one site needs none)
 * @param subject        a short title (the mail subject), optional
 * @param text           what the customer wrote or said (required)
 * @param urgent         the request is urgent (e.g. from the mail classification)
 * @param intent         for inquiries, what is asked for when already known (an {@code InquiryIntent} name);
 *                       otherwise a handler classifies it
 * @param invoiceNumber  the invoice the request is about, if any
 * @param language       sv, da or en when the customer is unknown (otherwise the customer's country decides)
 * @param receivedAt     when the request reached us (office hours are judged at that time); null = now
 * @param messageId      the Message-ID of the customer's mail, so the answers thread under it; may be null
 * @param channel        how the request reached us (a termination must be in writing); null = EMAIL
 */
public record NewCaseRequest(CaseType caseType, String customerNumber, String senderEmail, String siteId,
        String subject, String text, boolean urgent, String intent, String invoiceNumber, String language,
        Instant receivedAt, String messageId, RequestChannel channel) {

    /** The minimal request of a handler: type, customer, site, text. */
    public static NewCaseRequest of(CaseType caseType, String customerNumber, String senderEmail, String siteId,
            String text) {
        return builder(caseType).customer(customerNumber).sender(senderEmail).site(siteId).text(text).build();
    }

    public static Builder builder(CaseType caseType) {
        return new Builder(caseType);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(caseType).customer(customerNumber).sender(senderEmail).site(siteId)
                .subject(subject).text(text).intent(intent).invoice(invoiceNumber).language(language)
                .receivedAt(receivedAt).messageId(messageId).channel(channel);
        builder.urgent = urgent;
        return builder;
    }

    public NewCaseRequest withIntent(String intent) {
        return toBuilder().intent(intent).build();
    }

    public NewCaseRequest withInvoice(String invoiceNumber) {
        return toBuilder().invoice(invoiceNumber).build();
    }

    public NewCaseRequest urgentAt(Instant receivedAt) {
        return toBuilder().urgent(true).receivedAt(receivedAt).build();
    }

    public NewCaseRequest receivedAt(Instant receivedAt) {
        return toBuilder().receivedAt(receivedAt).build();
    }

    /** Named steps for the thirteen fields; whatever is not set is absent (null, or not urgent). */
    public static final class Builder {
        private final CaseType caseType;
        private String customerNumber;
        private String senderEmail;
        private String siteId;
        private String subject;
        private String text;
        private boolean urgent;
        private String intent;
        private String invoiceNumber;
        private String language;
        private Instant receivedAt;
        private String messageId;
        private RequestChannel channel;

        private Builder(CaseType caseType) {
            this.caseType = caseType;
        }

        public Builder customer(String customerNumber) {
            this.customerNumber = customerNumber;
            return this;
        }

        public Builder sender(String senderEmail) {
            this.senderEmail = senderEmail;
            return this;
        }

        public Builder site(String siteId) {
            this.siteId = siteId;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder urgent(boolean urgent) {
            this.urgent = urgent;
            return this;
        }

        public Builder intent(String intent) {
            this.intent = intent;
            return this;
        }

        public Builder invoice(String invoiceNumber) {
            this.invoiceNumber = invoiceNumber;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder receivedAt(Instant receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        public Builder messageId(String messageId) {
            this.messageId = messageId;
            return this;
        }

        public Builder channel(RequestChannel channel) {
            this.channel = channel;
            return this;
        }

        public NewCaseRequest build() {
            return new NewCaseRequest(caseType, customerNumber, senderEmail, siteId, subject, text, urgent, intent,
                    invoiceNumber, language, receivedAt, messageId, channel);
        }
    }
}
