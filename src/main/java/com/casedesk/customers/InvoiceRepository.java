package com.casedesk.customers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Repository;

/** Invoices, each read with its whole customer. */
@Repository
public class InvoiceRepository {

    private final CustomerAggregates aggregates;

    InvoiceRepository(CustomerAggregates aggregates) {
        this.aggregates = aggregates;
    }

    public Optional<Invoice> findByNumber(String number) {
        return aggregates.load("SELECT customer_id FROM cd_invoice WHERE invoice_number = :number",
                new MapSqlParameterSource("number", number)).stream()
                .flatMap(customer -> customer.getInvoices().stream())
                .filter(invoice -> invoice.getNumber().equals(number)).findFirst();
    }

    public boolean existsByNumber(String number) {
        return aggregates.jdbc().queryForObject("SELECT COUNT(*) FROM cd_invoice WHERE invoice_number = :number",
                new MapSqlParameterSource("number", number), Long.class) > 0;
    }

    /** The invoices in one of {@code statuses} that fell due before {@code date}, in the order they were written. */
    public List<Invoice> findByStatusInAndDueDateBefore(Collection<InvoiceStatus> statuses, LocalDate date) {
        List<String> names = statuses.stream().map(Enum::name).toList();
        return aggregates.load("SELECT customer_id FROM cd_invoice WHERE status IN (:statuses) AND due_date < :date",
                new MapSqlParameterSource("statuses", names).addValue("date", date)).stream()
                .flatMap(customer -> customer.getInvoices().stream())
                .filter(invoice -> names.contains(invoice.getStatus().name()) && invoice.getDueDate().isBefore(date))
                .sorted(Comparator.comparing(Invoice::getId)).toList();
    }

    /** The invoice, locked until the transaction ends: two payments for one invoice are booked one after the other. */
    public Optional<Invoice> lockByNumber(String number) {
        List<Long> locked = aggregates.jdbc().queryForList(
                "SELECT id FROM cd_invoice WHERE invoice_number = :number FOR UPDATE",
                new MapSqlParameterSource("number", number), Long.class);
        return locked.isEmpty() ? Optional.empty() : findByNumber(number);
    }

    /** Writes what dunning, payments and disputes change on an invoice: its status, what was paid, its fee. */
    public void updateState(Invoice invoice) {
        long version = aggregates.updateVersioned("cd_invoice", invoice.getId(), invoice.version(),
                "status = :status, paid_amount = :paidAmount, reminder_fee = :reminderFee",
                new MapSqlParameterSource("status", invoice.getStatus().name())
                        .addValue("paidAmount", invoice.getPaidAmount())
                        .addValue("reminderFee", invoice.getReminderFee()));
        invoice.stored(invoice.getId(), version);
    }
}
