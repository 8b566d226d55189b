package com.casedesk.cases;

import static com.casedesk.system.TimestampColumns.fromColumn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * One case: what the customer centre handles from first contact to close. Its process runs in Camunda. A value
 * read from {@code cd_case}: it changes only through {@link CaseManagement}, one column at a time, so that a
 * process step that closes the case while it starts is never overwritten by an older copy.
 */
public class CaseRecord {

    private Long id;
    private String caseNumber;
    private CaseType caseType;
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

    private CaseRecord() {
    }

    /** A new open case, to be written once by {@link CaseRepository#insert}. */
    CaseRecord(String caseNumber, CaseType caseType, CaseStarter.CaseSubject about, Instant createdAt) {
        this.caseNumber = caseNumber;
        this.caseType = caseType;
        this.status = CaseStatus.OPEN;
        this.subject = about.subject();
        this.customerNumber = about.customerNumber();
        this.contactEmail = about.contactEmail();
        this.siteId = about.siteId();
        this.contractNumber = about.contractNumber();
        this.invoiceNumber = about.invoiceNumber();
        this.linkedCaseNumber = about.linkedCaseNumber();
        this.createdAt = createdAt;
    }

    /** A case as {@link CaseRepository} reads it from {@code cd_case}. */
    static CaseRecord fromRow(ResultSet row) throws SQLException {
        CaseRecord record = new CaseRecord();
        record.id = row.getLong("id");
        record.caseNumber = row.getString("case_number");
        record.caseType = CaseType.valueOf(row.getString("case_type"));
        record.status = CaseStatus.valueOf(row.getString("status"));
        record.subject = row.getString("subject");
        record.customerNumber = row.getString("customer_number");
        record.contactEmail = row.getString("contact_email");
        record.siteId = row.getString("site_id");
        record.contractNumber = row.getString("contract_number");
        record.invoiceNumber = row.getString("invoice_number");
        record.processInstanceId = row.getString("process_instance_id");
        record.linkedCaseNumber = row.getString("linked_case_number");
        record.mentionedCaseNumber = row.getString("mentioned_case_number");
        record.createdAt = fromColumn(row, "created_at");
        record.closedAt = fromColumn(row, "closed_at");
        return record;
    }

    Long getId() {
        return id;
    }

    void assignId(long id) {
        this.id = id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public CaseType getCaseType() {
        return caseType;
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

    public String getContactEmail() {
        return contactEmail;
    }

    public String getSiteId() {
        return siteId;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getLinkedCaseNumber() {
        return linkedCaseNumber;
    }

    /** The case a mail named although its sender is not on it: for admins only, see {@link CaseView}. */
    public String getMentionedCaseNumber() {
        return mentionedCaseNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
