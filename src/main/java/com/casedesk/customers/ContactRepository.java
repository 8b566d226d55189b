package com.casedesk.customers;

import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Repository;

/** Contacts, each read with its whole customer. */
@Repository
public class ContactRepository {

    private static final String BY_EMAIL = "UPPER(email) = UPPER(:email)";

    private final CustomerAggregates aggregates;

    ContactRepository(CustomerAggregates aggregates) {
        this.aggregates = aggregates;
    }

    /** The contacts with this address in any case, of every customer (a person may be contact of several). */
    public List<Contact> findByEmailIgnoreCase(String email) {
        MapSqlParameterSource byEmail = new MapSqlParameterSource("email", email);
        List<Long> ids = aggregates.jdbc().queryForList("SELECT id FROM cd_contact WHERE " + BY_EMAIL + " ORDER BY id",
                byEmail, Long.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Contact> contacts = aggregates.load("SELECT customer_id FROM cd_contact WHERE id IN (:ids)",
                new MapSqlParameterSource("ids", ids)).stream().flatMap(customer -> customer.getContacts().stream())
                .toList();
        return ids.stream().map(id -> contacts.stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow())
                .toList();
    }

    /** Marks every contact with this address (any case) as one whose mail bounces; returns how many. */
    public int markEmailBouncing(String email) {
        return aggregates.jdbc().update("UPDATE cd_contact SET email_bouncing = TRUE WHERE " + BY_EMAIL,
                new MapSqlParameterSource("email", email));
    }
}
