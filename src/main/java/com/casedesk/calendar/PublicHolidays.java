package com.casedesk.calendar;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.casedesk.customers.Country;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The public holidays of each country CaseDesk serves, from jollyday's maintained calendars (Sweden's includes
 * the de-facto days off: midsummer eve, Christmas eve, New Year's eve; Denmark's drops Store Bededag from 2024).
 */
@Component
public class PublicHolidays {

    private final Map<Country, HolidayManager> managers = new EnumMap<>(Country.class);

    public PublicHolidays() {
        managers.put(Country.SE, HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN)));
        managers.put(Country.DK, HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.DENMARK)));
    }

    public boolean isHoliday(LocalDate date, Country country) {
        return managers.get(country).isHoliday(date, HolidayType.PUBLIC_HOLIDAY);
    }
}
