package com.casedesk.customers;

import java.time.ZoneId;

/** The countries CaseDesk serves; each decides the customer's time zone, currency and mail language. */
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

    public String currency() {
        return currency;
    }

    public String language() {
        return language;
    }
}
