package com.casedesk.customers;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.customers.CustomerImport.ContractRecord;
import com.casedesk.customers.CustomerImport.CustomerRecord;
import com.casedesk.customers.CustomerImport.InvoiceRecord;
import com.casedesk.customers.CustomerImport.SiteRecord;
import com.casedesk.system.BadRequestException;
import com.casedesk.system.FieldError;

/** Writes an import all or nothing: every record is validated before the first one is written. */
@Service
public class CustomerImporter {

    private final CustomerRepository customers;
    private final SiteRepository sites;
    private final ContractRepository contracts;
    private final InvoiceRepository invoices;
    private final ContactRepository contacts;

    CustomerImporter(CustomerRepository customers, SiteRepository sites, ContractRepository contracts,
            InvoiceRepository invoices, ContactRepository contacts) {
        this.customers = customers;
        this.contacts = contacts;
        this.sites = sites;
        this.contracts = contracts;
        this.invoices = invoices;
    }

    public record ImportResult(int customers, int contacts, int sites, int contracts, int invoices) {
    }

    @Transactional
    public ImportResult importCustomers(CustomerImport data) {
        List<FieldError> errors = CustomerImportValidator.validate(data, new CustomerImportValidator.Existing() {
            public boolean customer(String number) { return customers.existsByNumber(number); }
            public boolean site(String siteId) { return sites.existsBySiteId(siteId); }
            public boolean contract(String number) { return contracts.existsByNumber(number); }
            public boolean invoice(String number) { return invoices.existsByNumber(number); }
            public String contactEmailOwner(String email) {
                return contacts.findByEmailIgnoreCase(email).stream().map(c -> c.getCustomer().getNumber()).findFirst()
                        .orElse(null);
            }
        });
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        int contactCount = 0, siteCount = 0, contractCount = 0, invoiceCount = 0;
        for (CustomerRecord record : data.customers()) {
            Customer customer = new Customer(record.number(), record.name(), record.orgNumber(),
                    Country.valueOf(record.country()), record.invoiceEmail(), record.eanNumber());
            for (var contact : nullSafe(record.contacts())) {
                customer.getContacts().add(new Contact(customer, contact.name(), contact.email(), contact.phone(),
                        contact.authorized()));
                contactCount++;
            }
            Map<String, Site> siteById = new HashMap<>();
            for (SiteRecord s : nullSafe(record.sites())) {
                Site site = new Site(customer, s.siteId(), s.address(), s.remoteSupportCapable(), s.hasKeyBox(),
                        s.signsInstalled(), s.monitoredByUs());
                customer.getSites().add(site);
                siteById.put(s.siteId(), site);
                siteCount++;
            }
            Map<String, Contract> contractByNumber = new HashMap<>();
            for (ContractRecord c : nullSafe(record.contracts())) {
                Contract contract = new Contract(customer, siteById.get(c.siteId()), c.number(),
                        ContractType.valueOf(c.type()), LocalDate.parse(c.startDate()), c.noticeMonths(),
                        c.bindingMonths(), c.guardCallOutIncluded(), c.reminderFeeAgreed());
                customer.getContracts().add(contract);
                contractByNumber.put(c.number(), contract);
                contractCount++;
            }
            for (InvoiceRecord i : nullSafe(record.invoices())) {
                customer.getInvoices().add(new Invoice(customer, contractByNumber.get(i.contractNumber()), i.number(),
                        i.amount(), i.currency(), LocalDate.parse(i.issueDate()), LocalDate.parse(i.dueDate()),
                        InvoiceStatus.valueOf(i.status())));
                invoiceCount++;
            }
            customers.insert(customer);
        }
        return new ImportResult(data.customers().size(), contactCount, siteCount, contractCount, invoiceCount);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
