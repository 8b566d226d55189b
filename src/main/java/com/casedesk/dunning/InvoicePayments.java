package com.casedesk.dunning;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseStarter;
import com.casedesk.customers.Invoice;
import com.casedesk.customers.InvoiceRepository;
import com.casedesk.customers.InvoiceStatus;
import com.casedesk.system.BadRequestException;
import com.casedesk.system.FieldError;
import com.casedesk.system.NotFoundException;

/**
 * Books a payment: the invoice becomes PAID and a running dunning ends, wherever it is (a reminder that
 * crossed the payment needs no action). A payment for an invoice without a dunning only marks it PAID.
 */
@Service
public class InvoicePayments {

    public record PaymentResult(String invoiceNumber, InvoiceStatus status, boolean dunningEnded, String caseNumber) {
    }

    private final InvoiceRepository invoices;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    InvoicePayments(InvoiceRepository invoices, RuntimeService runtime, JdbcTemplate jdbc, Clock clock) {
        this.invoices = invoices;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public PaymentResult pay(String invoiceNumber, BigDecimal amount, LocalDate paidDate) {
        Invoice invoice = invoices.findByNumber(invoiceNumber)
                .orElseThrow(() -> new NotFoundException("invoice " + invoiceNumber + " does not exist"));
        validate(invoice, amount, paidDate);
        ProcessInstance dunning = runtime.createProcessInstanceQuery().processDefinitionKey(DunningProcess.PROCESS_KEY)
                .processInstanceBusinessKey(invoiceNumber).active().singleResult();
        String caseNumber = dunning == null ? null
                : (String) runtime.getVariable(dunning.getId(), CaseStarter.CASE_NUMBER);
        jdbc.update("INSERT INTO cd_invoice_payment (invoice_number, amount, paid_date, case_number, received_at)"
                + " VALUES (?, ?, ?, ?, ?)", invoiceNumber, amount, Date.valueOf(paidDate), caseNumber,
                Timestamp.from(clock.instant()));
        invoice.setStatus(InvoiceStatus.PAID);
        if (dunning != null) {
            runtime.createMessageCorrelation(DunningProcess.MESSAGE_PAYMENT_RECEIVED)
                    .processInstanceId(dunning.getId())
                    .setVariable(DunningProcess.PAID_AMOUNT, amount.toPlainString())
                    .setVariable(DunningProcess.PAID_DATE, paidDate.toString())
                    .correlate();
        }
        return new PaymentResult(invoiceNumber, InvoiceStatus.PAID, dunning != null, caseNumber);
    }

    private void validate(Invoice invoice, BigDecimal amount, LocalDate paidDate) {
        List<FieldError> errors = new ArrayList<>();
        if (amount == null) {
            errors.add(new FieldError("amount", "is required"));
        } else if (amount.signum() <= 0) {
            errors.add(new FieldError("amount", "must be positive, was " + amount.toPlainString()));
        }
        if (paidDate == null) {
            errors.add(new FieldError("paidDate", "is required"));
        } else if (paidDate.isAfter(LocalDate.now(clock.withZone(invoice.getCustomer().getCountry().zone())))) {
            errors.add(new FieldError("paidDate", "must not be in the future, was " + paidDate));
        }
        if (invoice.getStatus() == InvoiceStatus.PAID || invoice.getStatus() == InvoiceStatus.CREDITED) {
            errors.add(new FieldError("number", "invoice " + invoice.getNumber() + " is already " + invoice.getStatus()));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
    }
}
