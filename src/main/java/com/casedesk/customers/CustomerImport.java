package com.casedesk.customers;

import java.math.BigDecimal;
import java.util.List;

/**
 * The import format, also used by the demo data ({@code demo/demo-customers.json}). Dates and enums are read as
 * text so that every bad value of a file is reported, not only the first one Jackson meets.
 */
public record CustomerImport(List<CustomerRecord> customers) {

    public record CustomerRecord(String number, String name, String orgNumber, String country, String invoiceEmail,
            String eanNumber, List<ContactRecord> contacts, List<SiteRecord> sites, List<ContractRecord> contracts,
            List<InvoiceRecord> invoices) {
    }

    public record ContactRecord(String name, String email, String phone, Boolean authorized) {
    }

    public record SiteRecord(String siteId, String address, Boolean remoteSupportCapable, Boolean hasKeyBox,
            Boolean signsInstalled, Boolean monitoredByUs) {
    }

    public record ContractRecord(String number, String siteId, String type, String startDate, Integer noticeMonths,
            Integer bindingMonths, Boolean guardCallOutIncluded, Boolean reminderFeeAgreed) {
    }

    public record InvoiceRecord(String number, String contractNumber, BigDecimal amount, String currency,
            String issueDate, String dueDate, String status) {
    }
}
