package com.casedesk.customers;

import java.time.LocalDate;

/** A contract for one site; a termination is written with {@link ContractRepository#updateStatus}. */
public class Contract {

    private Long id;
    private String number;
    private Customer customer;
    private Site site;
    private ContractType type;
    private LocalDate startDate;
    private int noticeMonths;
    private int bindingMonths;
    private boolean guardCallOutIncluded;
    private boolean reminderFeeAgreed;
    private ContractStatus status;
    private LocalDate endDate;
    private long version;


    public Contract(Customer customer, Site site, String number, ContractType type, LocalDate startDate,
            int noticeMonths, int bindingMonths, boolean guardCallOutIncluded, boolean reminderFeeAgreed) {
        this.customer = customer;
        this.site = site;
        this.number = number;
        this.type = type;
        this.startDate = startDate;
        this.noticeMonths = noticeMonths;
        this.bindingMonths = bindingMonths;
        this.guardCallOutIncluded = guardCallOutIncluded;
        this.reminderFeeAgreed = reminderFeeAgreed;
        this.status = ContractStatus.ACTIVE;
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

    public Site getSite() {
        return site;
    }

    public ContractType getType() {
        return type;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public int getNoticeMonths() {
        return noticeMonths;
    }

    public int getBindingMonths() {
        return bindingMonths;
    }

    public boolean isGuardCallOutIncluded() {
        return guardCallOutIncluded;
    }

    public boolean isReminderFeeAgreed() {
        return reminderFeeAgreed;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    /** The termination was accepted; the contract runs until {@code endDate}. */
    public void confirmTermination(LocalDate endDate) {
        this.endDate = endDate;
        this.status = ContractStatus.TERMINATION_CONFIRMED;
    }

    public void terminate() {
        this.status = ContractStatus.TERMINATED;
    }

    long version() {
        return version;
    }

    /** Its id and version as the database has them now (after a read, an insert or an update). */
    void stored(long id, long version) {
        this.id = id;
        this.version = version;
    }

    void restoreState(ContractStatus status, LocalDate endDate) {
        this.status = status;
        this.endDate = endDate;
    }
}
