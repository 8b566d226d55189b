package com.casedesk.inquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.customers.Customer;
import com.casedesk.customers.CustomerRepository;
import com.casedesk.customers.Invoice;
import com.casedesk.customers.InvoiceRepository;
import com.casedesk.customers.InvoiceStatus;

/**
 * The checks of invoice inquiries: is the invoice already with the collection agency, and does an invoice copy
 * request or a dispute carry what billing needs (the seed's lists: name, address, customer or org number and the
 * matter for a copy; invoice number and reason for a dispute).
 */
@Service
@Transactional
public class InvoiceInquiries {

    private static final Set<InquiryIntent> INVOICE_INTENTS =
            Set.of(InquiryIntent.INVOICE_COPY, InquiryIntent.INVOICE_DISPUTE, InquiryIntent.INVOICE_QUESTION);
    private static final int MIN_REASON_LENGTH = 10;

    /** The items a customer can be asked for, in the mail's language. */
    public enum Detail {
        NAME("namn", "navn", "name"),
        ADDRESS("adress", "adresse", "address"),
        CUSTOMER_OR_ORG_NUMBER("kundnummer eller organisationsnummer", "kundenummer eller CVR-nummer",
                "customer number or organisation number"),
        INVOICE_NUMBER("fakturanummer", "fakturanummer", "invoice number"),
        DISPUTE_REASON("orsaken till att du bestrider fakturan", "årsagen til at du bestrider fakturaen",
                "the reason you dispute the invoice");

        private final Map<String, String> text;

        Detail(String sv, String da, String en) {
            this.text = Map.of("sv", sv, "da", da, "en", en);
        }

        public String text(String language) {
            return text.getOrDefault(language, text.get("en"));
        }
    }

    /** @param customerNumber the customer, when the check could identify one (e.g. from the invoice) */
    public record DetailsCheck(List<Detail> missing, String customerNumber) {
        public boolean complete() {
            return missing.isEmpty();
        }
    }

    private final InvoiceRepository invoices;
    private final CustomerRepository customers;
    private final CaseManagement cases;

    InvoiceInquiries(InvoiceRepository invoices, CustomerRepository customers, CaseManagement cases) {
        this.invoices = invoices;
        this.customers = customers;
        this.cases = cases;
    }

    /**
     * The intent to follow: an inquiry about an invoice in collection (an invoice matter, or not yet classified)
     * only gets the agency's contact; otherwise {@code intent} unchanged (null = a handler classifies it).
     */
    public InquiryIntent route(String caseNumber, InquiryIntent intent, String invoiceNumber) {
        if ((intent != null && !INVOICE_INTENTS.contains(intent)) || invoiceNumber == null) {
            return intent;
        }
        boolean inCollection = invoices.findByNumber(invoiceNumber)
                .map(invoice -> invoice.getStatus() == InvoiceStatus.IN_COLLECTION).orElse(false);
        if (!inCollection) {
            return intent;
        }
        cases.record(caseNumber, CaseEvent.Kind.DECISION, "Invoice " + invoiceNumber
                + " is with the collection agency: the customer is referred to the agency, no other action", null);
        return InquiryIntent.INVOICE_IN_COLLECTION;
    }

    public DetailsCheck checkDetails(String caseNumber, InquiryIntent intent, String customerNumber,
            String invoiceNumber, String disputeReason, String requestText) {
        Optional<Customer> known = Optional.ofNullable(customerNumber).flatMap(customers::findByNumber);
        Optional<Invoice> invoice = Optional.ofNullable(invoiceNumber).flatMap(invoices::findByNumber)
                .filter(i -> known.isEmpty() || i.getCustomer().getNumber().equals(known.get().getNumber()));
        Optional<Customer> customer = known.isPresent() ? known : invoice.map(Invoice::getCustomer);
        List<Detail> missing = new ArrayList<>();
        if (customer.isEmpty()) {
            missing.addAll(List.of(Detail.NAME, Detail.ADDRESS, Detail.CUSTOMER_OR_ORG_NUMBER));
        }
        if (intent == InquiryIntent.INVOICE_DISPUTE) {
            if (invoice.isEmpty()) {
                missing.add(Detail.INVOICE_NUMBER);
            }
            if (reason(disputeReason, requestText, invoiceNumber).length() < MIN_REASON_LENGTH) {
                missing.add(Detail.DISPUTE_REASON);
            }
        }
        cases.record(caseNumber, CaseEvent.Kind.DECISION, missing.isEmpty()
                ? "The " + describe(intent) + " has the details billing needs"
                : "The " + describe(intent) + " lacks " + missing, null);
        return new DetailsCheck(List.copyOf(missing), customer.map(Customer::getNumber).orElse(null));
    }

    /** The dispute's reason: what the handler noted, else the customer's own words. */
    public static String reason(String disputeReason, String requestText, String invoiceNumber) {
        String reason = disputeReason != null && !disputeReason.isBlank() ? disputeReason : requestText;
        if (reason == null) {
            return "";
        }
        return (invoiceNumber == null ? reason : reason.replace(invoiceNumber, "")).strip();
    }

    private static String describe(InquiryIntent intent) {
        return intent == InquiryIntent.INVOICE_DISPUTE ? "invoice dispute" : "invoice copy request";
    }
}
