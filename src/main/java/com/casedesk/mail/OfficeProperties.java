package com.casedesk.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

import com.casedesk.customers.Country;

/**
 * {@code casedesk.offices.se.*} and {@code casedesk.offices.dk.*}: what customers of each country are told to call
 * or write to. A key left out keeps its default (the demo numbers; set them in production).
 */
@ConfigurationProperties("casedesk.offices")
public record OfficeProperties(Office se, Office dk) {

    static final Office DEFAULT_SE = new Office("+46 10 000 00 00", "0771-75 00 75",
            "CaseDesk AB, Box 100, 100 05 Stockholm");
    static final Office DEFAULT_DK = new Office("+45 70 00 00 00", "+45 7022 7778",
            "CaseDesk ApS, Postboks 100, 2100 København Ø");

    public OfficeProperties {
        se = se == null ? DEFAULT_SE : se.orElse(DEFAULT_SE);
        dk = dk == null ? DEFAULT_DK : dk.orElse(DEFAULT_DK);
    }

    public Office of(Country country) {
        return country == Country.DK ? dk : se;
    }

    /**
     * @param customerServicePhone the customer centre's number (office hours)
     * @param alarmCentrePhone     the alarm centre's 24/7 number: urgent faults, and the call before testing the alarm
     * @param postalAddress        where letters (a written termination) go
     */
    public record Office(String customerServicePhone, String alarmCentrePhone, String postalAddress) {

        Office orElse(Office defaults) {
            return new Office(customerServicePhone == null ? defaults.customerServicePhone : customerServicePhone,
                    alarmCentrePhone == null ? defaults.alarmCentrePhone : alarmCentrePhone,
                    postalAddress == null ? defaults.postalAddress : postalAddress);
        }
    }
}
