package com.casedesk.cases;

import java.time.Instant;

import jakarta.persistence.*;

/** One case: what the customer centre handles from first contact to close. Its process runs in Camunda. */
@Entity
@Table(name = "cd_case")
public class CaseRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    @Enumerated(EnumType.STRING)
    private CaseType caseType;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private String subject;
    private String customerNumber;
    private String contactEmail;
    private String siteId;
    private String contractNumber;
    private String invoiceNumber;
    private String processInstanceId;
    private String linkedCaseNumber;
    private String mentionedCaseNumber;
    private Instant createdAt;
    private Instant closedAt;
    @Version
    private long version;

    protected CaseRecord() {
    }

    CaseRecord(String caseNumber, CaseType caseType, String subject, Instant createdAt) {
        this.caseNumber = caseNumber;
        this.caseType = caseType;
        this.subject = subject;
        this.createdAt = createdAt;
        this.status = CaseStatus.OPEN;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public CaseType getCaseType() {
        return caseType;
    }

    public void setCaseType(CaseType caseType) {
        this.caseType = caseType;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getSubject() {
        return subject;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getSiteId() {
        return siteId;
    }

    public void setSiteId(String siteId) {
        this.siteId = siteId;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public void setContractNumber(String contractNumber) {
        this.contractNumber = contractNumber;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public String getLinkedCaseNumber() {
        return linkedCaseNumber;
    }

    public void setLinkedCaseNumber(String linkedCaseNumber) {
        this.linkedCaseNumber = linkedCaseNumber;
    }

    /** The case a mail named although its sender is not on it: for admins only, see {@link CaseView}. */
    public String getMentionedCaseNumber() {
        return mentionedCaseNumber;
    }

    public void setMentionedCaseNumber(String mentionedCaseNumber) {
        this.mentionedCaseNumber = mentionedCaseNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    void close(Instant at) {
        this.status = CaseStatus.CLOSED;
        this.closedAt = at;
    }
}
