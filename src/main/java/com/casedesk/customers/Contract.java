package com.casedesk.customers;

import java.time.LocalDate;

import jakarta.persistence.*;

@Entity
@Table(name = "cd_contract")
public class Contract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_number", nullable = false, unique = true)
    private String number;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Customer customer;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Site site;
    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type")
    private ContractType type;
    private LocalDate startDate;
    private int noticeMonths;
    private int bindingMonths;
    private boolean guardCallOutIncluded;
    private boolean reminderFeeAgreed;
    @Enumerated(EnumType.STRING)
    private ContractStatus status;
    private LocalDate endDate;
    @Version
    private long version;

    protected Contract() {
    }

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
}
