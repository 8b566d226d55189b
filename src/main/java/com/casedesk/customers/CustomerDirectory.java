package com.casedesk.customers;

import java.util.List;
import java.util.Optional;

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

    public record SummaryPage(List<CustomerView.Summary> content, long totalElements) {
    }

    /** Page {@code page} (from 0) of {@code size} customers in the order of their numbers. */
    public SummaryPage list(int page, int size) {
        return new SummaryPage(customers.findPage(page, size).stream().map(CustomerView.Summary::of).toList(),
                customers.count());
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
