package com.casedesk.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A day a mail names.
 *
 * @param position where in the mail's text it stands (dates are listed in the order the customer wrote them)
 * @param year     the year when written, else 0
 */
public record MentionedDate(int position, int year, int month, int day) {

    /** The date: a day without a year is the next such day from {@code received} on; an impossible day is none. */
    public Optional<LocalDate> on(LocalDate received) {
        try {
            if (year != 0) {
                return Optional.of(LocalDate.of(year, month, day));
            }
            LocalDate thisYear = LocalDate.of(received.getYear(), month, day);
            return Optional.of(thisYear.isBefore(received) ? thisYear.plusYears(1) : thisYear);
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }
}
