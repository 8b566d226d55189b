package com.casedesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code casedesk.office-hours.*}: when the customer centre is staffed, in each customer's own time zone. */
@ConfigurationProperties("casedesk.office-hours")
public record OfficeHoursProperties(
        @DefaultValue("08:00") LocalTime opens,
        @DefaultValue("16:00") LocalTime closes,
        @DefaultValue({ "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) Set<DayOfWeek> days) {
}
