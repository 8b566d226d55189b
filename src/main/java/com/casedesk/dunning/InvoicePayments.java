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

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseStarter;
import com.casedesk.customers.Invoice;
import com.casedesk.customers.InvoiceRepository;
import com.casedesk.customers.InvoiceStatus;
import com.casedesk.system.BadRequestException;
import com.casedesk.system.FieldError;
import com.casedesk.system.NotFoundException;

/**
 * Books a payment of an amount in the invoice's currency. When the payments cover the amount and its reminder fee
 * the invoice is PAID and a running dunning ends, wherever it is (a reminder that crossed the payment needs no
 * action); otherwise it is PARTIALLY_PAID and the dunning goes on for the open amount. A payment whose
 * {@code paymentReference} was booked on the invoice before is the same payment reported again: booked once.
 */
@Service
public class InvoicePayments {

    static final int MAX_REFERENCE_LENGTH = 100;

    public record Payment(BigDecimal amount, String currency, LocalDate paidDate, String paymentReference) {
    }

    /**
     * @param openAmount      what is still to pay (amount + reminder fee - payments), never below zero
     * @param alreadyRecorded the payment had been reported before; nothing was booked this time
     */
    public record PaymentResult(String invoiceNumber, InvoiceStatus status, BigDecimal paidAmount, String currency,
            BigDecimal openAmount, boolean dunningEnded, String caseNumber, boolean alreadyRecorded) {
    }

    private final InvoiceRepository invoices;
    private final RuntimeService runtime;
    private final CaseManagement cases;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    InvoicePayments(InvoiceRepository invoices, RuntimeService runtime, CaseManagement cases, JdbcTemplate jdbc,
            Clock clock) {
        this.invoices = invoices;
        this.runtime = runtime;
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public PaymentResult pay(String invoiceNumber, Payment payment) {
        Invoice invoice = invoices.lockByNumber(invoiceNumber)
                .orElseThrow(() -> new NotFoundException("invoice " + invoiceNumber + " does not exist"));
        validateFields(invoice, payment);
        String reference = payment.paymentReference().trim();
        List<BigDecimal> booked = jdbc.queryForList("SELECT amount FROM cd_invoice_payment"
                + " WHERE invoice_number = ? AND payment_reference = ?", BigDecimal.class, invoiceNumber, reference);
        if (!booked.isEmpty()) {
            return reportedAgain(invoice, payment, reference, booked.get(0));
        }
        validateInvoiceTakesPayments(invoice);
        ProcessInstance dunning = runtime.createProcessInstanceQuery().processDefinitionKey(DunningProcess.PROCESS_KEY)
                .processInstanceBusinessKey(invoiceNumber).active().singleResult();
        String caseNumber = dunning == null ? null
                : (String) runtime.getVariable(dunning.getId(), CaseStarter.CASE_NUMBER);
        jdbc.update("INSERT INTO cd_invoice_payment (invoice_number, amount, currency, payment_reference, paid_date,"
                + " case_number, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)", invoiceNumber, payment.amount(),
                invoice.getCurrency(), reference, Date.valueOf(payment.paidDate()), caseNumber,
                Timestamp.from(clock.instant()));
        invoice.recordPayment(payment.amount());
        invoices.updateState(invoice);
        boolean paid = invoice.getStatus() == InvoiceStatus.PAID;
        if (dunning != null && paid) {
            runtime.createMessageCorrelation(DunningProcess.MESSAGE_PAYMENT_RECEIVED)
                    .processInstanceId(dunning.getId())
                    .setVariable(DunningProcess.PAID_AMOUNT, invoice.getPaidAmount().toPlainString())
                    .setVariable(DunningProcess.PAID_DATE, payment.paidDate().toString())
                    .correlate();
        } else if (caseNumber != null) {
            cases.record(caseNumber, CaseEvent.Kind.NOTE, "Partial payment of " + payment.amount().toPlainString()
                    + " " + invoice.getCurrency() + " (" + reference + ") on " + payment.paidDate() + "; open amount "
                    + invoice.openAmount().toPlainString() + " " + invoice.getCurrency() + ", dunning goes on", null);
        }
        return result(invoice, payment.amount(), dunning != null && paid, caseNumber, false);
    }

    private PaymentResult reportedAgain(Invoice invoice, Payment payment, String reference, BigDecimal bookedAmount) {
        if (bookedAmount.compareTo(payment.amount()) != 0) {
            throw new BadRequestException("paymentReference", "payment " + reference + " was booked on invoice "
                    + invoice.getNumber() + " with amount " + bookedAmount.toPlainString() + ", not "
                    + payment.amount().toPlainString());
        }
        return result(invoice, bookedAmount, false, null, true);
    }

    private static PaymentResult result(Invoice invoice, BigDecimal amount, boolean dunningEnded, String caseNumber,
            boolean alreadyRecorded) {
        return new PaymentResult(invoice.getNumber(), invoice.getStatus(), amount, invoice.getCurrency(),
                invoice.openAmount().max(BigDecimal.ZERO), dunningEnded, caseNumber, alreadyRecorded);
    }

    private void validateFields(Invoice invoice, Payment payment) {
        List<FieldError> errors = new ArrayList<>();
        if (payment.amount() == null) {
            errors.add(new FieldError("amount", "is required"));
        } else if (payment.amount().signum() <= 0) {
            errors.add(new FieldError("amount", "must be positive, was " + payment.amount().toPlainString()));
        } else if (payment.amount().stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("amount", "has more than two decimals: " + payment.amount().toPlainString()));
        }
        if (payment.currency() == null || payment.currency().isBlank()) {
            errors.add(new FieldError("currency", "is required: the invoice's currency, " + invoice.getCurrency()));
        } else if (!payment.currency().trim().equals(invoice.getCurrency())) {
            errors.add(new FieldError("currency", "invoice " + invoice.getNumber() + " is in " + invoice.getCurrency()
                    + ", the payment is in " + payment.currency()));
        }
        if (payment.paidDate() == null) {
            errors.add(new FieldError("paidDate", "is required"));
        } else if (payment.paidDate().isAfter(LocalDate.now(clock.withZone(invoice.getCustomer().getCountry().zone())))) {
            errors.add(new FieldError("paidDate", "must not be in the future, was " + payment.paidDate()));
        }
        String reference = payment.paymentReference();
        if (reference == null || reference.isBlank()) {
            errors.add(new FieldError("paymentReference",
                    "is required: the bank's reference, so that a payment reported twice is booked once"));
        } else if (reference.trim().length() > MAX_REFERENCE_LENGTH) {
            errors.add(new FieldError("paymentReference", "is longer than " + MAX_REFERENCE_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
    }

    private static void validateInvoiceTakesPayments(Invoice invoice) {
        if (invoice.getStatus() == InvoiceStatus.PAID || invoice.getStatus() == InvoiceStatus.CREDITED) {
            throw new BadRequestException("number", "invoice " + invoice.getNumber() + " is already "
                    + invoice.getStatus());
        }
    }
}
