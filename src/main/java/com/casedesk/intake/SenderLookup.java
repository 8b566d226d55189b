package com.casedesk.intake;

import java.util.List;

import org.springframework.stereotype.Component;

import com.casedesk.customers.Contact;
import com.casedesk.customers.ContactRepository;
import com.casedesk.customers.Country;
import com.casedesk.customers.Customer;

/** Who wrote: the customer whose contact uses the sender address, and whether that contact is authorized. */
@Component
class SenderLookup {

    /**
     * @param customerNumber the one customer the address belongs to; null when unknown or when several share it
     * @param authorized     the contact is authorized for that customer
     */
    record Sender(String customerNumber, boolean authorized, Country country, String problem) {
    }

    private final ContactRepository contacts;

    SenderLookup(ContactRepository contacts) {
        this.contacts = contacts;
    }

    Sender lookup(String from) {
        if (from == null || from.isBlank()) {
            return new Sender(null, false, null, "the mail has no sender address");
        }
        List<Contact> found = contacts.findByEmailIgnoreCase(from.strip());
        List<Customer> owners = found.stream().map(Contact::getCustomer).distinct().toList();
        if (owners.isEmpty()) {
            return new Sender(null, false, null, "no customer has a contact with the address " + from);
        }
        if (owners.size() > 1) {
            return new Sender(null, false, null, from + " is a contact of several customers ("
                    + String.join(", ", owners.stream().map(Customer::getNumber).toList()) + ")");
        }
        Customer customer = owners.get(0);
        boolean authorized = found.stream().anyMatch(Contact::isAuthorized);
        return new Sender(customer.getNumber(), authorized, customer.getCountry(), null);
    }
}
