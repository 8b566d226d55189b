package com.casedesk.inquiry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.casedesk.customers.Country;

/**
 * {@code casedesk.inquiry.*}: how long an inquiry waits for missing details, and whom a customer with an invoice
 * in collection is referred to (the agency's contact, as printed in its collection letter).
 */
@ConfigurationProperties("casedesk.inquiry")
public record InquiryProperties(
        @DefaultValue("P14D") Duration replyWait,
        @DefaultValue CollectionAgency collectionSe,
        @DefaultValue CollectionAgency collectionDk) {

    public record CollectionAgency(
            @DefaultValue("Inkassobyrån (se inkassobrevet)") String name,
            @DefaultValue("+46 8 000 00 00") String phone,
            @DefaultValue("inkasso@collection.example") String email) {
    }

    public CollectionAgency collectionAgency(Country country) {
        return country == Country.DK ? collectionDk : collectionSe;
    }
}
