package com.casedesk.customers;

import java.util.ArrayList;
import java.util.List;

/**
 * A customer with its contacts, sites, contracts and invoices, as {@link CustomerAggregates} reads it. Nothing tracks
 * changes: a changed customer is written with {@link CustomerRepository#updateBillingDetails}.
 */
public class Customer {

    private Long id;
    private String number;
    private String name;
    private String orgNumber;
    private Country country;
    private String invoiceEmail;
    private String eanNumber;
    private long version;

    private List<Contact> contacts = new ArrayList<>();
    private List<Site> sites = new ArrayList<>();
    private List<Contract> contracts = new ArrayList<>();
    private List<Invoice> invoices = new ArrayList<>();


    public Customer(String number, String name, String orgNumber, Country country, String invoiceEmail,
            String eanNumber) {
        this.number = number;
        this.name = name;
        this.orgNumber = orgNumber;
        this.country = country;
        this.invoiceEmail = invoiceEmail;
        this.eanNumber = eanNumber;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getOrgNumber() {
        return orgNumber;
    }

    public Country getCountry() {
        return country;
    }

    public String getInvoiceEmail() {
        return invoiceEmail;
    }

    public void setInvoiceEmail(String invoiceEmail) {
        this.invoiceEmail = invoiceEmail;
    }

    public String getEanNumber() {
        return eanNumber;
    }

    public void setEanNumber(String eanNumber) {
        this.eanNumber = eanNumber;
    }

    /** Whether {@code email} (any case) is the address of one of this customer's authorized contacts. */
    public boolean hasAuthorizedContact(String email) {
        return email != null && contacts.stream()
                .anyMatch(contact -> contact.isAuthorized() && email.strip().equalsIgnoreCase(contact.getEmail()));
    }

    public List<Contact> getContacts() {
        return contacts;
    }

    public List<Site> getSites() {
        return sites;
    }

    public List<Contract> getContracts() {
        return contracts;
    }

    public List<Invoice> getInvoices() {
        return invoices;
    }

    long version() {
        return version;
    }

    /** Its id and version as the database has them now (after a read, an insert or an update). */
    void stored(long id, long version) {
        this.id = id;
        this.version = version;
    }
}
