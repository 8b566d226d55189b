package com.casedesk.dunning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.casedesk.customers.CustomerImport;
import com.casedesk.customers.CustomerImport.ContactRecord;
import com.casedesk.customers.CustomerImport.ContractRecord;
import com.casedesk.customers.CustomerImport.CustomerRecord;
import com.casedesk.customers.CustomerImport.InvoiceRecord;
import com.casedesk.customers.CustomerImport.SiteRecord;
import com.casedesk.customers.CustomerImporter;

/** Fresh customers with unique numbers for the money tests, which change invoices and sites. */
public final class MoneyFixtures {

    /** What one imported test customer is made of. */
    public record TestCustomer(String customerNumber, String invoiceEmail, String siteId, String contractNumber,
            String invoiceNumber, LocalDate dueDate) {
    }

    private MoneyFixtures() {
    }

    /** Noon UTC of the day: a time that is the same calendar day in Stockholm and Copenhagen. */
    public static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    /**
     * A customer with one monitored site, one contract and one open invoice.
     *
     * @param country SE or DK
     */
    public static TestCustomer importCustomer(CustomerImporter importer, String country, boolean reminderFeeAgreed,
            boolean guardCallOutIncluded, boolean monitoredByUs, LocalDate dueDate) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String currency = country.equals("SE") ? "SEK" : "DKK";
        TestCustomer customer = new TestCustomer("T-" + id, "billing-" + id + "@money-test.example", "T-S-" + id,
                "T-C-" + id, "T-I-" + id, dueDate);
        importer.importCustomers(new CustomerImport(List.of(new CustomerRecord(customer.customerNumber(),
                "Testkund " + id + " AB", "556000-" + id.substring(0, 4), country, customer.invoiceEmail(), null,
                List.of(new ContactRecord("Test Person", "person-" + id + "@money-test.example", "+46 70 000 00 00", true)),
                List.of(new SiteRecord(customer.siteId(), "Testgatan 1", true, false, false, monitoredByUs)),
                List.of(new ContractRecord(customer.contractNumber(), customer.siteId(), "SUBSCRIPTION", "2020-01-31", 3,
                        0, guardCallOutIncluded, reminderFeeAgreed)),
                List.of(new InvoiceRecord(customer.invoiceNumber(), customer.contractNumber(), new BigDecimal("1250.00"),
                        currency, dueDate.minusDays(30).toString(), dueDate.toString(), "OPEN"))))));
        return customer;
    }
}
