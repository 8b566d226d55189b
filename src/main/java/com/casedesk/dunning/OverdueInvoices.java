package com.casedesk.dunning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseStarter.CaseSubject;
import com.casedesk.cases.CaseStarter.StartedCase;
import com.casedesk.cases.CaseType;
import com.casedesk.customers.Invoice;
import com.casedesk.customers.InvoiceRepository;
import com.casedesk.customers.InvoiceStatus;

/**
 * Finds open invoices past their due date (in the customer's country) and starts one dunning each. Running it
 * twice starts nothing twice: an invoice with a running dunning is skipped, and {@link DunningRuns} keeps two
 * nodes from starting the same one.
 */
@Service("overdueInvoices")
public class OverdueInvoices {

    private static final Logger log = LoggerFactory.getLogger(OverdueInvoices.class);
    /** Invoices with money open that no dispute, credit or collection holds: these are dunned. */
    private static final Set<InvoiceStatus> DUNNED = EnumSet.of(InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID);

    private final InvoiceRepository invoices;
    private final DunningRuns runs;
    private final CaseStarter starter;
    private final Clock clock;

    OverdueInvoices(InvoiceRepository invoices, DunningRuns runs, CaseStarter starter, Clock clock) {
        this.invoices = invoices;
        this.runs = runs;
        this.starter = starter;
        this.clock = clock;
    }

    /** The numbers of the open overdue invoices without a running dunning (the scan's collection). */
    @Transactional(readOnly = true)
    public List<String> numbers() {
        return invoices.findByStatusInAndDueDateBefore(DUNNED, LocalDate.now(clock).plusDays(1)).stream()
                .filter(this::overdue)
                .map(Invoice::getNumber)
                .filter(number -> !runs.running(number))
                .sorted()
                .toList();
    }

    /** Starts the invoice's dunning unless it is not overdue any more or one already runs. */
    @Transactional
    public Optional<StartedCase> startDunning(String invoiceNumber) {
        Invoice invoice = invoices.findByNumber(invoiceNumber).orElse(null);
        if (invoice == null || !DUNNED.contains(invoice.getStatus()) || !overdue(invoice)) {
            log.info("No dunning for invoice {}: not an open overdue invoice", invoiceNumber);
            return Optional.empty();
        }
        if (runs.running(invoiceNumber) || !runs.claim(invoiceNumber)) {
            log.info("No dunning for invoice {}: one is already running", invoiceNumber);
            return Optional.empty();
        }
        CaseSubject subject = CaseSubject.of("Invoice " + invoiceNumber + " overdue since " + invoice.getDueDate())
                .withCustomer(invoice.getCustomer().getNumber())
                .withContactEmail(invoice.getCustomer().getInvoiceEmail())
                .withContract(invoice.getContract() == null ? null : invoice.getContract().getNumber())
                .withInvoice(invoiceNumber);
        StartedCase started = starter.start(CaseType.INVOICE_DUNNING, DunningProcess.PROCESS_KEY, subject,
                Map.of(DunningProcess.INVOICE_NUMBER, invoiceNumber), invoiceNumber);
        runs.started(invoiceNumber, started.caseNumber(), started.processInstanceId());
        log.info("Dunning of invoice {} started as case {}", invoiceNumber, started.caseNumber());
        return Optional.of(started);
    }

    private boolean overdue(Invoice invoice) {
        return invoice.getDueDate().isBefore(LocalDate.now(clock.withZone(invoice.getCustomer().getCountry().zone())));
    }
}
