package com.casedesk.customers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice; what its methods change is written with {@link InvoiceRepository#updateState} (nothing tracks it). */
public class Invoice {

    private Long id;
    private String number;
    private Customer customer;
    private Contract contract;
    private BigDecimal amount;
    private String currency;
    private LocalDate issueDate;
    private LocalDate dueDate;
    /** What the payments booked on this invoice add up to. */
    private BigDecimal paidAmount = BigDecimal.ZERO;
    /** The reminder fee a reminder charged on top of the amount; zero until one does. */
    private BigDecimal reminderFee = BigDecimal.ZERO;
    private InvoiceStatus status;
    private long version;


    public Invoice(Customer customer, Contract contract, String number, BigDecimal amount, String currency,
            LocalDate issueDate, LocalDate dueDate, InvoiceStatus status) {
        this.customer = customer;
        this.contract = contract;
        this.number = number;
        this.amount = amount;
        this.currency = currency;
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Contract getContract() {
        return contract;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public void setStatus(InvoiceStatus status) {
        this.status = status;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public BigDecimal getReminderFee() {
        return reminderFee;
    }

    /** Amount plus reminder fee minus what was paid; zero or less once the invoice is paid. */
    public BigDecimal openAmount() {
        return amount.add(reminderFee).subtract(paidAmount);
    }

    /** The part of the open amount that is the invoice's own amount (payments settle the amount before the fee). */
    public BigDecimal openPrincipal() {
        return amount.subtract(paidAmount).max(BigDecimal.ZERO);
    }

    /**
     * Books a payment: PAID when the payments cover the amount and the fee; otherwise an OPEN invoice becomes
     * PARTIALLY_PAID (a disputed or collected invoice keeps that status while money is still open).
     */
    public void recordPayment(BigDecimal payment) {
        paidAmount = paidAmount.add(payment);
        if (openAmount().signum() <= 0) {
            status = InvoiceStatus.PAID;
        } else if (status == InvoiceStatus.OPEN) {
            status = InvoiceStatus.PARTIALLY_PAID;
        }
    }

    public void chargeReminderFee(BigDecimal fee) {
        reminderFee = fee;
    }

    /** Back to being dunned (a dispute was rejected): OPEN, or PARTIALLY_PAID when some of it was paid. */
    public void reopen() {
        status = paidAmount.signum() > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.OPEN;
    }

    long version() {
        return version;
    }

    /** Its id and version as the database has them now (after a read, an insert or an update). */
    void stored(long id, long version) {
        this.id = id;
        this.version = version;
    }

    void restoreAmounts(BigDecimal paidAmount, BigDecimal reminderFee) {
        this.paidAmount = paidAmount;
        this.reminderFee = reminderFee;
    }
}
