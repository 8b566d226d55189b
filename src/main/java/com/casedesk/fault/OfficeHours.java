package com.casedesk.fault;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Service;

/**
 * The customer centre's office hours (default weekdays 08:00-16:00) in the customer's time zone: open from the
 * opening minute up to, not including, the closing minute. Public holidays are not known yet; a later due-date
 * calculation can build on {@link #nextOpening}.
 */
@Service
public class OfficeHours {

    private final OfficeHoursProperties properties;

    OfficeHours(OfficeHoursProperties properties) {
        this.properties = properties;
    }

    public boolean isOpen(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return properties.days().contains(local.getDayOfWeek()) && !time.isBefore(properties.opens())
                && time.isBefore(properties.closes());
    }

    /** {@code at} itself when open, otherwise the next opening. */
    public Instant nextOpening(Instant at, ZoneId zone) {
        if (isOpen(at, zone)) {
            return at;
        }
        ZonedDateTime candidate = at.atZone(zone).with(properties.opens()).withSecond(0).withNano(0);
        if (!candidate.toInstant().isAfter(at)) {
            candidate = candidate.plusDays(1);
        }
        for (int i = 0; i < 8 && !properties.days().contains(candidate.getDayOfWeek()); i++) {
            candidate = candidate.plusDays(1);
        }
        return candidate.toInstant();
    }
}
