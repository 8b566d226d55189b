package com.casedesk.inquiry;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseContext;
import com.casedesk.customers.Invoice;
import com.casedesk.customers.InvoicePdf;
import com.casedesk.customers.InvoiceRepository;
import com.casedesk.mail.CustomerAnswers;
import com.casedesk.mail.CustomerMailService.Attachment;
import com.casedesk.mail.OfficeProperties;
import com.casedesk.system.RefusedInputException;

/** The copy of an invoice a customer asked for: the invoice as PDF, attached to the answer that closes the case. */
@Service
@Transactional
public class InvoiceCopies {

    static final String TEMPLATE = "servicedesk-invoice-copy";

    private final InvoiceRepository invoices;
    private final CustomerAnswers answers;
    private final OfficeProperties offices;

    InvoiceCopies(InvoiceRepository invoices, CustomerAnswers answers, OfficeProperties offices) {
        this.invoices = invoices;
        this.answers = answers;
        this.offices = offices;
    }

    /**
     * @throws RefusedInputException when the invoice is not one of the case's customer's (the handler's task stays
     *                               open with the field named)
     */
    public void send(CustomerAnswers.Recipient recipient, String customerNumber, String invoiceNumber, String answer) {
        Invoice invoice = invoiceNumber == null ? null : invoices.findByNumber(invoiceNumber.strip())
                .filter(found -> found.getCustomer().getNumber().equals(customerNumber)).orElse(null);
        if (invoice == null) {
            throw new RefusedInputException(CaseContext.INVOICE_NUMBER + ": '" + (invoiceNumber == null ? "" : invoiceNumber)
                    + "' is not an invoice of customer " + customerNumber + "; enter the number of one of its invoices");
        }
        String language = recipient.language() == null ? "en" : recipient.language();
        byte[] pdf = InvoicePdf.render(invoice, language,
                offices.of(invoice.getCustomer().getCountry()).postalAddress());
        answers.answerAndClose(recipient, TEMPLATE, Map.of("invoiceNumber", invoice.getNumber(),
                "answer", answer == null ? "" : answer), "Invoice copy " + invoice.getNumber() + " sent as PDF",
                new Attachment(invoice.getNumber() + ".pdf", "application/pdf", pdf));
    }
}
