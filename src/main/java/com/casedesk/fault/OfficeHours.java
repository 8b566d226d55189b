package com.casedesk.fault;

import java.time.Instant;

import org.springframework.stereotype.Service;

import com.casedesk.calendar.BusinessCalendar;
import com.casedesk.customers.Country;

/**
 * Whether the customer centre is staffed for a fault report: the business calendar's office hours (weekdays
 * 08:00-16:00 in the customer's time zone, public holidays closed), the same calendar the due dates use.
 */
@Service
public class OfficeHours {

    private final BusinessCalendar calendar;

    OfficeHours(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    public boolean isOpen(Instant at, Country country) {
        return calendar.isOpen(at, country);
    }

    /** {@code at} itself when open, otherwise the next opening. */
    public Instant nextOpening(Instant at, Country country) {
        return calendar.nextOpening(at, country);
    }
}
