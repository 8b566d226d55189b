package com.casedesk.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.casedesk.calendar.BusinessCalendar;
import com.casedesk.calendar.OfficeHoursProperties;
import com.casedesk.calendar.PublicHolidays;
import com.casedesk.customers.Country;

class OfficeHoursTest {

    private final OfficeHours officeHours = new OfficeHours(new BusinessCalendar(new OfficeHoursProperties(
            LocalTime.of(8, 0), LocalTime.of(16, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
            new PublicHolidays()));

    @ParameterizedTest
    @CsvSource({
            // local times; 2026-03-06 is a Friday, 2026-03-07 a Saturday
            "2026-03-06T07:59, SE, false",
            "2026-03-06T08:00, SE, true",
            "2026-03-06T15:59, SE, true",
            "2026-03-06T16:00, SE, false",
            "2026-03-07T10:00, SE, false",
            "2026-03-06T15:59, DK, true",
            "2026-03-06T16:00, DK, false" })
    void shouldBeOpenOnWeekdaysFromEightUntilFourInTheCustomersZone(String local, Country country, boolean open) {
        Instant at = LocalDateTime.parse(local).atZone(country.zone()).toInstant();
        assertThat(officeHours.isOpen(at, country)).isEqualTo(open);
    }

    /**
     * Stockholm and Copenhagen share their offset all year, so the rows above cannot tell one country from the
     * other by the clock. Their calendars can: on Whit Monday (2026-05-25) Denmark is closed and Sweden works.
     */
    @ParameterizedTest
    @CsvSource({
            "2026-05-25T08:00:00Z, DK, false",
            "2026-05-25T08:00:00Z, SE, true" })
    void shouldAnswerForOneInstantByTheCountryItIsAskedFor(String instant, Country country, boolean open) {
        assertThat(officeHours.isOpen(Instant.parse(instant), country)).isEqualTo(open);
    }

    @Test
    void shouldOpenNextOnMondayMorningAfterAFridayAfternoon() {
        Instant friday = LocalDateTime.parse("2026-03-06T16:30").atZone(Country.SE.zone()).toInstant();
        assertThat(officeHours.nextOpening(friday, Country.SE))
                .isEqualTo(LocalDateTime.parse("2026-03-09T08:00").atZone(Country.SE.zone()).toInstant());
    }

    @Test
    void shouldBeClosedOnASwedishPublicHolidayThatIsAWorkingDayInDenmark() {
        // 2026-05-01 (Friday) is Labour Day in Sweden, an ordinary working day in Denmark
        Instant noon = LocalDateTime.parse("2026-05-01T12:00").atZone(Country.SE.zone()).toInstant();
        assertThat(officeHours.isOpen(noon, Country.SE)).isFalse();
        assertThat(officeHours.isOpen(noon, Country.DK)).isTrue();
    }
}
