package com.casedesk.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeHoursTest {

    private final OfficeHours officeHours = new OfficeHours(new OfficeHoursProperties(LocalTime.of(8, 0),
            LocalTime.of(16, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));

    @ParameterizedTest
    @CsvSource({
            // local times; 2026-03-06 is a Friday, 2026-03-07 a Saturday
            "2026-03-06T07:59, Europe/Stockholm, false",
            "2026-03-06T08:00, Europe/Stockholm, true",
            "2026-03-06T15:59, Europe/Stockholm, true",
            "2026-03-06T16:00, Europe/Stockholm, false",
            "2026-03-07T10:00, Europe/Stockholm, false",
            "2026-03-06T15:59, Europe/Copenhagen, true",
            "2026-03-06T16:00, Europe/Copenhagen, false" })
    void shouldBeOpenOnWeekdaysFromEightUntilFourInTheCustomersZone(String local, String zone, boolean open) {
        Instant at = java.time.LocalDateTime.parse(local).atZone(ZoneId.of(zone)).toInstant();
        assertThat(officeHours.isOpen(at, ZoneId.of(zone))).isEqualTo(open);
    }

    /**
     * Stockholm and Copenhagen share their offset all year, so the rows above cannot tell one Nordic zone from the
     * other. A zone with another offset can: the same instant is open in one and closed in the other.
     */
    @ParameterizedTest
    @CsvSource({
            // 15:30 UTC on a Friday in March: 16:30 in Copenhagen (closed), 15:30 in London (open)
            "2026-03-06T15:30:00Z, Europe/Copenhagen, false",
            "2026-03-06T15:30:00Z, Europe/London, true",
            // 07:30 UTC: 08:30 in Copenhagen (open), 07:30 in London (closed)
            "2026-03-06T07:30:00Z, Europe/Copenhagen, true",
            "2026-03-06T07:30:00Z, Europe/London, false" })
    void shouldAnswerForOneInstantByTheZoneItIsAskedFor(String instant, String zone, boolean open) {
        assertThat(officeHours.isOpen(Instant.parse(instant), ZoneId.of(zone))).isEqualTo(open);
    }

    @Test
    void shouldOpenNextOnMondayMorningAfterAFridayAfternoon() {
        ZoneId zone = ZoneId.of("Europe/Stockholm");
        Instant friday = java.time.LocalDateTime.parse("2026-03-06T16:30").atZone(zone).toInstant();
        assertThat(officeHours.nextOpening(friday, zone))
                .isEqualTo(java.time.LocalDateTime.parse("2026-03-09T08:00").atZone(zone).toInstant());
    }
}
