package com.casedesk.inquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.customers.Customer;
import com.casedesk.customers.CustomerRepository;
import com.casedesk.system.EmailAddresses;
import com.casedesk.system.RefusedInputException;

/**
 * Applies a change of invoice email or EAN/GLN number (e-invoice) that billing approved. Values the form let
 * through but the register would not take fail the step, so nothing half-changed is kept.
 */
@Service
@Transactional
public class BillingDetailsChanges {

    /** EAN location numbers and the GLN numbers e-invoice operators use are both 13 digits. */
    static final Pattern EAN = Pattern.compile("^\\d{13}$");

    private final CustomerRepository customers;
    private final CaseManagement cases;

    BillingDetailsChanges(CustomerRepository customers, CaseManagement cases) {
        this.customers = customers;
        this.cases = cases;
    }

    public void apply(String caseNumber, String customerNumber, String newInvoiceEmail, String newEanNumber) {
        if (customerNumber == null) {
            throw new IllegalArgumentException("case " + caseNumber + ": customerNumber is required to change billing details");
        }
        Customer customer = customers.findByNumber(customerNumber).orElseThrow(() -> new IllegalArgumentException(
                "case " + caseNumber + ": customer " + customerNumber + " does not exist"));
        if (newInvoiceEmail != null && !EmailAddresses.isValid(newInvoiceEmail)) {
            throw new RefusedInputException("case " + caseNumber + ": newInvoiceEmail '" + newInvoiceEmail
                    + "' is not an email address");
        }
        if (newEanNumber != null && !EAN.matcher(newEanNumber).matches()) {
            throw new RefusedInputException("case " + caseNumber + ": newEanNumber '" + newEanNumber
                    + "' is not 13 digits");
        }
        List<String> changes = new ArrayList<>();
        if (newInvoiceEmail != null) {
            changes.add("invoice email " + customer.getInvoiceEmail() + " -> " + newInvoiceEmail);
            customer.setInvoiceEmail(newInvoiceEmail);
        }
        if (newEanNumber != null) {
            changes.add("EAN " + customer.getEanNumber() + " -> " + newEanNumber);
            customer.setEanNumber(newEanNumber);
        }
        if (!changes.isEmpty()) {
            customers.updateBillingDetails(customer);
        }
        cases.record(caseNumber, CaseEvent.Kind.DECISION, changes.isEmpty()
                ? "Billing approved, but no new invoice email or EAN number was given: nothing changed"
                : "Customer " + customerNumber + " updated after billing's check: " + String.join(", ", changes), null);
    }
}
