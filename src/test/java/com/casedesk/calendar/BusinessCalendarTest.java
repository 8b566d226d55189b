package com.casedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.casedesk.customers.Country;

/**
 * Due dates over the Swedish and Danish calendars. Stockholm and Copenhagen share their UTC offset, so every
 * holiday case uses a date on which the two countries' calendars differ, or one both keep (then a calendar
 * without holidays fails it).
 */
class BusinessCalendarTest {

    static final BusinessCalendar CALENDAR = new BusinessCalendar(new OfficeHoursProperties(LocalTime.of(8, 0),
            LocalTime.of(16, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), new PublicHolidays());

    @ParameterizedTest(name = "{0}: {1} from {2} + {3} h -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            Within one day                                    | SE | 2026-03-04T10:00+01:00 | 4  | 2026-03-04T14:00+01:00
            Work ending at closing is due at closing          | SE | 2026-03-04T08:00+01:00 | 8  | 2026-03-04T16:00+01:00
            Two business days                                 | SE | 2026-03-04T10:00+01:00 | 16 | 2026-03-06T10:00+01:00
            Issue example: SE works on Maundy Thursday        | SE | 2026-04-01T15:00+02:00 | 4  | 2026-04-02T11:00+02:00
            Easter: DK is closed Maundy Thursday to Easter Monday | DK | 2026-04-01T15:00+02:00 | 4 | 2026-04-07T11:00+02:00
            Easter: SE is closed Good Friday and Easter Monday | SE | 2026-04-02T15:00+02:00 | 4 | 2026-04-07T11:00+02:00
            1 May is a holiday in SE                          | SE | 2026-04-30T14:00+02:00 | 4  | 2026-05-04T10:00+02:00
            1 May is a working day in DK                      | DK | 2026-04-30T14:00+02:00 | 4  | 2026-05-01T10:00+02:00
            Ascension Day closes SE                           | SE | 2026-05-13T14:00+02:00 | 4  | 2026-05-15T10:00+02:00
            Ascension Day closes DK                           | DK | 2026-05-13T14:00+02:00 | 4  | 2026-05-15T10:00+02:00
            Whit Monday closes DK only                        | DK | 2026-05-22T14:00+02:00 | 4  | 2026-05-26T10:00+02:00
            Whit Monday is a working day in SE                | SE | 2026-05-22T14:00+02:00 | 4  | 2026-05-25T10:00+02:00
            Christmas: SE closes Christmas Eve to Boxing Day  | SE | 2026-12-23T14:00+01:00 | 4  | 2026-12-28T10:00+01:00
            Christmas: Christmas Eve is a working day in DK   | DK | 2026-12-23T14:00+01:00 | 4  | 2026-12-24T10:00+01:00
            Christmas: DK closes Christmas Day and 2nd day    | DK | 2026-12-24T14:00+01:00 | 4  | 2026-12-28T10:00+01:00
            Spring DST change over a weekend                  | SE | 2026-03-27T15:00+01:00 | 4  | 2026-03-30T11:00+02:00
            Autumn DST change over a weekend                  | DK | 2026-10-23T15:00+02:00 | 4  | 2026-10-26T11:00+01:00
            Mail on a Saturday evening                        | SE | 2026-03-07T22:00+01:00 | 4  | 2026-03-09T12:00+01:00
            Mail before opening                               | DK | 2026-03-10T06:30+01:00 | 4  | 2026-03-10T12:00+01:00
            Mail at closing time                              | SE | 2026-03-06T16:00+01:00 | 4  | 2026-03-09T12:00+01:00
            Mail in the night before a holiday (SE Epiphany)  | SE | 2026-01-05T23:30+01:00 | 4  | 2026-01-07T12:00+01:00
            Store Bededag 2023 closes DK                      | DK | 2023-05-04T14:00+02:00 | 4  | 2023-05-08T10:00+02:00
            Store Bededag 2023 was never a SE holiday         | SE | 2023-05-04T14:00+02:00 | 4  | 2023-05-05T10:00+02:00
            Store Bededag abolished: DK works on it in 2024   | DK | 2024-04-25T14:00+02:00 | 4  | 2024-04-26T10:00+02:00
            """)
    void shouldAddBusinessHoursSkippingNightsWeekendsAndTheCountrysPublicHolidays(String description, Country country,
            OffsetDateTime from, int hours, OffsetDateTime expectedDue) {
        Instant due = CALENDAR.addBusinessTime(from.toInstant(), Duration.ofHours(hours), country);
        assertThat(due.atZone(country.zone()).toOffsetDateTime().toString()).isEqualTo(expectedDue.toString());
    }

    @Test
    void shouldKnowStoreBededagAsADanishHolidayIn2023AndAWorkingDayFrom2024() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2023, 5, 5), Country.DK)).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2024, 4, 26), Country.DK)).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 5, 16), Country.DK)).isTrue();
    }

    @Test
    void shouldOpenAtEightOnTheFirstWorkingDayAfterAHoliday() {
        Instant goodFridayNoon = OffsetDateTime.parse("2026-04-03T12:00+02:00").toInstant();
        assertThat(CALENDAR.nextOpening(goodFridayNoon, Country.SE))
                .isEqualTo(OffsetDateTime.parse("2026-04-07T08:00+02:00").toInstant());
    }

    @Test
    void shouldRefuseNegativeBusinessTime() {
        assertThatThrownBy(() -> CALENDAR.addBusinessTime(Instant.now(), Duration.ofHours(-1), Country.SE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }
}
