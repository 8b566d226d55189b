package com.casedesk.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Service;

import com.casedesk.customers.Country;

/**
 * Business time: the customer centre's office hours ({@code casedesk.office-hours}, default weekdays 08:00-16:00)
 * in the customer's time zone, minus the country's public holidays. Open from the opening minute up to, not
 * including, the closing minute. Days are walked in local time, so a daylight-saving change moves nothing.
 */
@Service
public class BusinessCalendar {

    /** Longest search for the next working day: covers Christmas to New Year with weekends and then some. */
    private static final int MAX_DAYS_AHEAD = 31;

    private final OfficeHoursProperties hours;
    private final PublicHolidays holidays;

    public BusinessCalendar(OfficeHoursProperties hours, PublicHolidays holidays) {
        this.hours = hours;
        this.holidays = holidays;
    }

    public boolean isWorkingDay(LocalDate date, Country country) {
        return hours.days().contains(date.getDayOfWeek()) && !holidays.isHoliday(date, country);
    }

    public boolean isOpen(Instant at, Country country) {
        ZonedDateTime local = at.atZone(country.zone());
        return isWorkingDay(local.toLocalDate(), country) && !local.toLocalTime().isBefore(hours.opens())
                && local.toLocalTime().isBefore(hours.closes());
    }

    /** {@code at} itself when open, otherwise the next opening. */
    public Instant nextOpening(Instant at, Country country) {
        if (isOpen(at, country)) {
            return at;
        }
        ZonedDateTime local = at.atZone(country.zone());
        LocalDate day = local.toLocalTime().isBefore(hours.opens()) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return opening(nextWorkingDay(day, country), country);
    }

    /**
     * The moment {@code businessTime} of office time after {@code from}: time outside office hours, weekends and
     * holidays does not count. Work that ends exactly at closing is due at closing, not at the next opening.
     */
    public Instant addBusinessTime(Instant from, Duration businessTime, Country country) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("business time must not be negative: " + businessTime);
        }
        Instant start = nextOpening(from, country);
        Duration left = businessTime;
        while (true) {
            LocalDate day = start.atZone(country.zone()).toLocalDate();
            Instant closing = day.atTime(hours.closes()).atZone(country.zone()).toInstant();
            Duration today = Duration.between(start, closing);
            if (left.compareTo(today) <= 0) {
                return start.plus(left);
            }
            left = left.minus(today);
            start = opening(nextWorkingDay(day.plusDays(1), country), country);
        }
    }

    private LocalDate nextWorkingDay(LocalDate from, Country country) {
        LocalDate day = from;
        for (int i = 0; i < MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
            if (isWorkingDay(day, country)) {
                return day;
            }
        }
        throw new IllegalStateException("No working day in " + country + " within " + MAX_DAYS_AHEAD
                + " days after " + from + ": check casedesk.office-hours.days");
    }

    private Instant opening(LocalDate day, Country country) {
        return day.atTime(hours.opens()).atZone(country.zone()).toInstant();
    }
}
