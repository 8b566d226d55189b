package com.casedesk.inquiry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.customers.ContactRepository;

/**
 * Sensitive changes (action instruction, personal codes, keys and lock cylinders) are only made for an authorized
 * contact of the customer, recognised by the address the request came from.
 */
@Service
@Transactional
public class RequesterAuthorization {

    private final ContactRepository contacts;
    private final CaseManagement cases;

    RequesterAuthorization(ContactRepository contacts, CaseManagement cases) {
        this.contacts = contacts;
        this.cases = cases;
    }

    public boolean check(String caseNumber, String customerNumber, String requesterEmail, InquiryIntent intent) {
        boolean authorized = customerNumber != null && requesterEmail != null
                && contacts.findByEmailIgnoreCase(requesterEmail.trim()).stream()
                        .anyMatch(c -> c.isAuthorized() && c.getCustomer().getNumber().equals(customerNumber));
        cases.record(caseNumber, CaseEvent.Kind.DECISION, authorized
                ? requesterEmail + " is an authorized contact of " + customerNumber + ": " + intent + " may proceed"
                : (requesterEmail == null ? "The requester's address is unknown" : requesterEmail
                        + " is not an authorized contact of " + (customerNumber == null ? "a known customer" : customerNumber))
                        + ": " + intent + " refused, nothing changes", null);
        return authorized;
    }
}
