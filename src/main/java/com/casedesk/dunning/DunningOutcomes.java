package com.casedesk.dunning;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.customers.Customer;
import com.casedesk.customers.Invoice;
import com.casedesk.customers.InvoiceRepository;
import com.casedesk.customers.InvoiceStatus;
import com.casedesk.mail.CustomerMailService;
import com.casedesk.mail.CustomerMailService.Mail;

/** How a dunning pauses and ends: dispute, credit, rejected dispute, payment, hand-over to collection. */
@Service
@Transactional
class DunningOutcomes {

    private final InvoiceRepository invoices;
    private final CaseManagement cases;
    private final CustomerMailService mail;
    private final JdbcTemplate jdbc;
    private final DunningProperties properties;
    private final Clock clock;

    DunningOutcomes(InvoiceRepository invoices, CaseManagement cases, CustomerMailService mail, JdbcTemplate jdbc,
            DunningProperties properties, Clock clock) {
        this.invoices = invoices;
        this.cases = cases;
        this.mail = mail;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    void recordDispute(String caseNumber, String invoiceNumber, String reason) {
        Invoice invoice = invoice(invoiceNumber);
        invoice.setStatus(InvoiceStatus.DISPUTED);
        invoices.updateState(invoice);
        cases.record(caseNumber, CaseEvent.Kind.NOTE, "Invoice " + invoiceNumber + " disputed, dunning paused: " + reason, null);
    }

    void credit(String caseNumber, String invoiceNumber, String note) {
        Invoice invoice = invoice(invoiceNumber);
        invoice.setStatus(InvoiceStatus.CREDITED);
        invoices.updateState(invoice);
        tellCustomer(caseNumber, invoice, "dunning-invoice-credited", note);
        cases.close(caseNumber, "Dispute accepted, invoice " + invoiceNumber + " credited: " + note);
    }

    void rejectDispute(String caseNumber, String invoiceNumber, String note, String nextStep) {
        Invoice invoice = invoice(invoiceNumber);
        invoice.reopen();
        invoices.updateState(invoice);
        tellCustomer(caseNumber, invoice, "dunning-dispute-rejected", note);
        cases.record(caseNumber, CaseEvent.Kind.NOTE,
                "Dispute rejected: " + note + "; dunning resumes at " + nextStep, null);
    }

    /** The payment itself is booked by {@link InvoicePayments}; the dunning only closes its case. */
    void closePaid(String caseNumber, String invoiceNumber, String paidAmount, String paidDate) {
        cases.close(caseNumber, "Invoice " + invoiceNumber + " paid (" + paidAmount + " on " + paidDate
                + "), dunning ended");
    }

    void handOverToCollection(String caseNumber, String invoiceNumber, String note,
            String confirmedBy) {
        Invoice invoice = invoice(invoiceNumber);
        Customer customer = invoice.getCustomer();
        // what is still open of the amount and of the fee (payments settle the amount first)
        BigDecimal amount = invoice.openPrincipal();
        BigDecimal fee = invoice.openAmount().subtract(amount).max(BigDecimal.ZERO);
        jdbc.update("INSERT INTO cd_collection_handover (invoice_number, case_number, customer_number, amount,"
                + " reminder_fee, currency, agency_email, confirmed_by, note, handed_over_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", invoiceNumber, caseNumber, customer.getNumber(),
                amount, fee, invoice.getCurrency(), properties.collectionAgencyEmail(), confirmedBy, note,
                Timestamp.from(clock.instant()));
        invoice.setStatus(InvoiceStatus.IN_COLLECTION);
        invoices.updateState(invoice);
        mail.send(new Mail(caseNumber, properties.collectionAgencyEmail(), customer.getCountry().language(),
                "dunning-collection-handover", Map.of(
                        "customerName", customer.getName(),
                        "customerNumber", customer.getNumber(),
                        "orgNumber", customer.getOrgNumber() == null ? "" : customer.getOrgNumber(),
                        "invoiceEmail", customer.getInvoiceEmail() == null ? "" : customer.getInvoiceEmail(),
                        "invoiceNumber", invoiceNumber,
                        "amount", amount.toPlainString(),
                        "fee", fee.toPlainString(),
                        "currency", invoice.getCurrency(),
                        "dueDate", invoice.getDueDate().toString(),
                        "note", note == null ? "" : note)));
        cases.close(caseNumber, "Invoice " + invoiceNumber + " handed over to collection ("
                + properties.collectionAgencyEmail() + ")");
    }

    private void tellCustomer(String caseNumber, Invoice invoice, String template, String note) {
        Customer customer = invoice.getCustomer();
        mail.send(new Mail(caseNumber, customer.getInvoiceEmail(), customer.getCountry().language(), template, Map.of(
                "customerName", customer.getName(),
                "invoiceNumber", invoice.getNumber(),
                "amount", invoice.getAmount().toPlainString(),
                "currency", invoice.getCurrency(),
                "note", note == null ? "" : note)));
    }

    private Invoice invoice(String invoiceNumber) {
        return invoices.findByNumber(invoiceNumber)
                .orElseThrow(() -> new IllegalStateException("invoice " + invoiceNumber + " does not exist"));
    }
}
