package com.casedesk.customers;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Repository;

/** Customers, each read with its contacts, sites, contracts and invoices (see {@link CustomerAggregates}). */
@Repository
public class CustomerRepository {

    private final CustomerAggregates aggregates;

    CustomerRepository(CustomerAggregates aggregates) {
        this.aggregates = aggregates;
    }

    public Optional<Customer> findByNumber(String number) {
        return aggregates.load("SELECT id FROM cd_customer WHERE customer_number = :number",
                new MapSqlParameterSource("number", number)).stream().findFirst();
    }

    public boolean existsByNumber(String number) {
        return aggregates.jdbc().queryForObject("SELECT COUNT(*) FROM cd_customer WHERE customer_number = :number",
                new MapSqlParameterSource("number", number), Long.class) > 0;
    }

    public long count() {
        return aggregates.jdbc().getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM cd_customer", Long.class);
    }

    /** One page of customers in the order of their numbers. */
    public List<Customer> findPage(int page, int size) {
        List<Long> ids = aggregates.jdbc().queryForList(
                "SELECT id FROM cd_customer ORDER BY customer_number OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY",
                new MapSqlParameterSource("offset", (long) page * size).addValue("size", size), Long.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Customer> found = aggregates.load(":ids", new MapSqlParameterSource("ids", ids));
        return ids.stream().map(id -> found.stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow())
                .toList();
    }

    /** Writes a new customer with its contacts, sites, contracts and invoices. */
    public void insert(Customer customer) {
        if (customer.getId() != null) {
            throw new IllegalArgumentException("customer " + customer.getNumber() + " is written already");
        }
        aggregates.insert(customer);
    }

    /** Writes the customer's billing details (invoice address, EAN number): all that changes on a customer. */
    public void updateBillingDetails(Customer customer) {
        long version = aggregates.updateVersioned("cd_customer", customer.getId(), customer.version(),
                "invoice_email = :invoiceEmail, ean_number = :eanNumber",
                new MapSqlParameterSource("invoiceEmail", customer.getInvoiceEmail())
                        .addValue("eanNumber", customer.getEanNumber()));
        customer.stored(customer.getId(), version);
    }
}
