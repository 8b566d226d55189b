package com.casedesk.mail;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseManagement;
import com.casedesk.customers.Contact;
import com.casedesk.customers.ContactRepository;
import com.casedesk.customers.Country;
import com.casedesk.customers.Customer;
import com.casedesk.customers.CustomerRepository;

/**
 * The values every customer mail may use besides its own: {@code greeting} (the person it goes to, by name when
 * the address is a contact we know; never the company), and the customer's country's {@code customerServicePhone},
 * {@code alarmCentrePhone} and {@code postalAddress}.
 */
@Component
class MailGreeting {

    private final CaseManagement cases;
    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final OfficeProperties offices;

    MailGreeting(CaseManagement cases, CustomerRepository customers, ContactRepository contacts,
            OfficeProperties offices) {
        this.cases = cases;
        this.customers = customers;
        this.contacts = contacts;
        this.offices = offices;
    }

    record Standard(String greeting, OfficeProperties.Office office) {
    }

    Standard of(String caseNumber, String to, String language) {
        Optional<Customer> customer = Optional.ofNullable(caseNumber).flatMap(cases::find)
                .map(record -> record.getCustomerNumber()).flatMap(customers::findByNumber);
        Country country = customer.map(Customer::getCountry).orElse("da".equals(language) ? Country.DK : Country.SE);
        return new Standard(greeting(language, contactName(to, customer)), offices.of(country));
    }

    /** The contact's name when the address belongs to one person (of the case's customer, when known). */
    private Optional<String> contactName(String to, Optional<Customer> customer) {
        if (to == null) {
            return Optional.empty();
        }
        List<Contact> found = customer.map(c -> c.getContacts().stream()
                .filter(contact -> to.trim().equalsIgnoreCase(contact.getEmail())).toList())
                .orElseGet(() -> contacts.findByEmailIgnoreCase(to.trim()));
        List<String> names = found.stream().map(Contact::getName).filter(name -> name != null && !name.isBlank())
                .map(String::strip).distinct().toList();
        return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
    }

    static String greeting(String language, Optional<String> name) {
        return switch (language == null ? "en" : language) {
            case "sv" -> name.map(n -> "Hej " + n + ",").orElse("Hej,");
            case "da" -> name.map(n -> "Kære " + n + ",").orElse("Hej,");
            default -> name.map(n -> "Dear " + n + ",").orElse("Hello,");
        };
    }
}
