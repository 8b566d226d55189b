package com.casedesk.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A customer with everything CaseDesk knows about them, as the API shows it. */
public record CustomerView(String number, String name, String orgNumber, Country country, String invoiceEmail,
        String eanNumber, List<ContactView> contacts, List<SiteView> sites, List<ContractView> contracts,
        List<InvoiceView> invoices) {

    public record Summary(String number, String name, String orgNumber, Country country) {
        static Summary of(Customer c) {
            return new Summary(c.getNumber(), c.getName(), c.getOrgNumber(), c.getCountry());
        }
    }

    public record ContactView(String name, String email, String phone, boolean authorized, boolean emailBouncing) {
    }

    public record SiteView(String siteId, String address, boolean remoteSupportCapable, boolean hasKeyBox,
            boolean signsInstalled, boolean monitoredByUs) {
    }

    public record ContractView(String number, String siteId, ContractType type, LocalDate startDate, int noticeMonths,
            int bindingMonths, boolean guardCallOutIncluded, boolean reminderFeeAgreed, ContractStatus status,
            LocalDate endDate) {
    }

    public record InvoiceView(String number, String contractNumber, BigDecimal amount, String currency,
            LocalDate issueDate, LocalDate dueDate, InvoiceStatus status, BigDecimal reminderFee, BigDecimal paidAmount,
            BigDecimal openAmount) {
    }

    static CustomerView of(Customer c) {
        return new CustomerView(c.getNumber(), c.getName(), c.getOrgNumber(), c.getCountry(), c.getInvoiceEmail(),
                c.getEanNumber(),
                c.getContacts().stream().map(k -> new ContactView(k.getName(), k.getEmail(), k.getPhone(),
                        k.isAuthorized(), k.isEmailBouncing())).toList(),
                c.getSites().stream().map(s -> new SiteView(s.getSiteId(), s.getAddress(), s.isRemoteSupportCapable(),
                        s.isHasKeyBox(), s.isSignsInstalled(), s.isMonitoredByUs())).toList(),
                c.getContracts().stream().map(k -> new ContractView(k.getNumber(), k.getSite().getSiteId(), k.getType(),
                        k.getStartDate(), k.getNoticeMonths(), k.getBindingMonths(), k.isGuardCallOutIncluded(),
                        k.isReminderFeeAgreed(), k.getStatus(), k.getEndDate())).toList(),
                c.getInvoices().stream().map(i -> new InvoiceView(i.getNumber(),
                        i.getContract() == null ? null : i.getContract().getNumber(), i.getAmount(), i.getCurrency(),
                        i.getIssueDate(), i.getDueDate(), i.getStatus(), i.getReminderFee(), i.getPaidAmount(),
                        i.openAmount().max(BigDecimal.ZERO))).toList());
    }
}
