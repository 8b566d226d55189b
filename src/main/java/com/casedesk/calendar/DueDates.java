package com.casedesk.calendar;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;

import com.casedesk.customers.Country;
import com.casedesk.system.Groups;

/**
 * When work is due: office groups count business time on the customer's calendar; the alarm centre works around
 * the clock, so its time is elapsed time.
 */
@Service
public class DueDates {

    private final BusinessCalendar calendar;

    public DueDates(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /** @param group the candidate group doing the work; null for an office group */
    public Instant due(Instant from, Duration workTime, Country country, String group) {
        if (worksAroundTheClock(group)) {
            return from.plus(workTime);
        }
        return calendar.addBusinessTime(from, workTime, country);
    }

    public static boolean worksAroundTheClock(String group) {
        return Groups.ALARM_CENTRE.equals(group);
    }
}
