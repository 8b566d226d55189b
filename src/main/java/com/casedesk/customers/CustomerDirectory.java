package com.casedesk.customers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.system.NotFoundException;

/** Read access to customer data for the API and for the other capabilities. */
@Service
@Transactional(readOnly = true)
public class CustomerDirectory {

    private final CustomerRepository customers;
    private final ContactRepository contacts;

    CustomerDirectory(CustomerRepository customers, ContactRepository contacts) {
        this.customers = customers;
        this.contacts = contacts;
    }

    public Page<CustomerView.Summary> list(Pageable page) {
        return customers.findAll(page).map(CustomerView.Summary::of);
    }

    public CustomerView get(String number) {
        return customers.findByNumber(number).map(CustomerView::of)
                .orElseThrow(() -> new NotFoundException("customer " + number + " does not exist"));
    }

    public Optional<CustomerView> find(String number) {
        return customers.findByNumber(number).map(CustomerView::of);
    }

    /** The customers whose contacts use this address (usually one; a person may be contact of several). */
    public List<CustomerView> findByContactEmail(String email) {
        return contacts.findByEmailIgnoreCase(email.trim()).stream().map(Contact::getCustomer).distinct()
                .map(CustomerView::of).toList();
    }
}
