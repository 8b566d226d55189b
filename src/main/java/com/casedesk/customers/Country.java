package com.casedesk.customers;

import java.time.ZoneId;

/** The countries CaseDesk serves; dates, money and letters follow the customer's country. */
public enum Country {
    SE("Europe/Stockholm", "SEK", "sv"),
    DK("Europe/Copenhagen", "DKK", "da");

    private final ZoneId zone;
    private final String currency;
    private final String language;

    Country(String zone, String currency, String language) {
        this.zone = ZoneId.of(zone);
        this.currency = currency;
        this.language = language;
    }

    public ZoneId zone() {
        return zone;
    }

    /** ISO 4217 code. */
    public String currency() {
        return currency;
    }

    /** ISO 639-1 code of the language letters are written in. */
    public String language() {
        return language;
    }
}
