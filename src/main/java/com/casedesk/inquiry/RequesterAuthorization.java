package com.casedesk.inquiry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.customers.CustomerRepository;

/**
 * Sensitive changes (action instruction, personal codes, keys and lock cylinders) are only made for an authorized
 * contact of the customer, recognised by the address the request came from.
 */
@Service
@Transactional
public class RequesterAuthorization {

    private final CustomerRepository customers;
    private final CaseManagement cases;

    RequesterAuthorization(CustomerRepository customers, CaseManagement cases) {
        this.customers = customers;
        this.cases = cases;
    }

    public boolean check(String caseNumber, String customerNumber, String requesterEmail, InquiryIntent intent,
            boolean senderVerified) {
        boolean authorized = customerNumber != null && customers.findByNumber(customerNumber)
                .map(customer -> customer.hasAuthorizedContact(requesterEmail)).orElse(false);
        if (!authorized && senderVerified && customerNumber != null) {
            cases.record(caseNumber, CaseEvent.Kind.DECISION, requesterEmail + " is not an authorized contact of "
                    + customerNumber + " but was verified by a handler: " + intent + " may proceed", null);
            return true;
        }
        cases.record(caseNumber, CaseEvent.Kind.DECISION, authorized
                ? requesterEmail + " is an authorized contact of " + customerNumber + ": " + intent + " may proceed"
                : (requesterEmail == null ? "The requester's address is unknown" : requesterEmail
                        + " is not an authorized contact of " + (customerNumber == null ? "a known customer" : customerNumber))
                        + ": " + intent + " refused, nothing changes", null);
        return authorized;
    }
}
