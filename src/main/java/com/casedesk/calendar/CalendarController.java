package com.casedesk.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.casedesk.customers.Country;
import com.casedesk.system.BadRequestException;
import com.casedesk.system.FieldError;

/** The due-date calculation the tasks use, for analysts to check a row of the SLA table. */
@RestController
class CalendarController {

    /** Longest calculation served: a year of business hours. */
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(2000);

    /** Fields are strings so a bad value is answered naming the field and what it must be. */
    record DueRequest(String country, String from, BigDecimal businessHours, String group) {
    }

    record DueAnswer(String due) {
    }

    private final DueDates dueDates;

    CalendarController(DueDates dueDates) {
        this.dueDates = dueDates;
    }

    @PostMapping("/api/calendar/due")
    DueAnswer due(@RequestBody DueRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Country country = country(request.country(), errors);
        OffsetDateTime from = from(request.from(), errors);
        Duration work = businessHours(request.businessHours(), errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        var due = dueDates.due(from.toInstant(), work, country, request.group());
        return new DueAnswer(due.atZone(country.zone()).toOffsetDateTime().toString());
    }

    private static Country country(String value, List<FieldError> errors) {
        try {
            if (value != null) {
                return Country.valueOf(value.trim());
            }
        } catch (IllegalArgumentException unknown) {
            // answered below
        }
        errors.add(new FieldError("country", "must be SE or DK"));
        return null;
    }

    private static OffsetDateTime from(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError("from", "is required: an ISO-8601 time with offset, e.g. 2026-04-01T15:00:00+02:00"));
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("from", "must be an ISO-8601 time with offset, e.g. 2026-04-01T15:00:00+02:00, not "
                    + value));
            return null;
        }
    }

    private static Duration businessHours(BigDecimal hours, List<FieldError> errors) {
        if (hours == null || hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0) {
            errors.add(new FieldError("businessHours", "must be a number of hours from 0 to " + MAX_HOURS));
            return null;
        }
        return Duration.ofSeconds(hours.multiply(BigDecimal.valueOf(3600)).longValue());
    }
}
