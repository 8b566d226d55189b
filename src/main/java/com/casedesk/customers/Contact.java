package com.casedesk.customers;

/** Someone at the customer CaseDesk may write to; authorized contacts may order changes. */
public class Contact {

    private Long id;
    private Customer customer;
    private String name;
    private String email;
    private String phone;
    /** May order changes (action instruction, personal codes) and terminate contracts. */
    private boolean authorized;
    private boolean emailBouncing;


    public Contact(Customer customer, String name, String email, String phone, boolean authorized) {
        this.customer = customer;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.authorized = authorized;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isAuthorized() {
        return authorized;
    }

    public boolean isEmailBouncing() {
        return emailBouncing;
    }


    void stored(long id, boolean emailBouncing) {
        this.id = id;
        this.emailBouncing = emailBouncing;
    }
}
