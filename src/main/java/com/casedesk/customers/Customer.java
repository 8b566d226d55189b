package com.casedesk.customers;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.*;

@Entity
@Table(name = "cd_customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "customer_number", nullable = false, unique = true)
    private String number;
    private String name;
    private String orgNumber;
    @Enumerated(EnumType.STRING)
    private Country country;
    private String invoiceEmail;
    private String eanNumber;
    @Version
    private long version;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Contact> contacts = new ArrayList<>();
    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Site> sites = new ArrayList<>();
    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Contract> contracts = new ArrayList<>();
    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Invoice> invoices = new ArrayList<>();

    protected Customer() {
    }

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
}
