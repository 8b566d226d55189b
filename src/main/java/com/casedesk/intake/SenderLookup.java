package com.casedesk.intake;

import java.util.List;

import org.springframework.stereotype.Component;

import com.casedesk.customers.Country;
import com.casedesk.customers.CustomerDirectory;
import com.casedesk.customers.CustomerView;

/** Who wrote: the customer whose contact uses the sender address, and whether that contact is authorized. */
@Component
class SenderLookup {

    /**
     * @param customerNumber the one customer the address belongs to; null when unknown or when several share it
     * @param authorized     the contact is authorized for that customer
     */
    record Sender(String customerNumber, boolean authorized, Country country, String problem) {
    }

    private final CustomerDirectory customers;

    SenderLookup(CustomerDirectory customers) {
        this.customers = customers;
    }

    Sender lookup(String from) {
        if (from == null || from.isBlank()) {
            return new Sender(null, false, null, "the mail has no sender address");
        }
        List<CustomerView> found = customers.findByContactEmail(from);
        if (found.isEmpty()) {
            return new Sender(null, false, null, "no customer has a contact with the address " + from);
        }
        if (found.size() > 1) {
            return new Sender(null, false, null, from + " is a contact of several customers ("
                    + String.join(", ", found.stream().map(CustomerView::number).toList()) + ")");
        }
        CustomerView customer = found.get(0);
        boolean authorized = customer.contacts().stream()
                .anyMatch(contact -> contact.email().equalsIgnoreCase(from) && contact.authorized());
        return new Sender(customer.number(), authorized, customer.country(), null);
    }
}
