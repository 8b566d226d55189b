package com.casedesk.termination;

import java.time.LocalDate;

/**
 * The two dates a termination can end on; the later one decides. Month arithmetic is calendar month addition
 * clamped to the month's last day (31 Jan + 1 month = 28 or 29 Feb), which is what {@link LocalDate#plusMonths}
 * does.
 *
 * @param noticeEnd  received date plus the notice period
 * @param bindingEnd contract start plus the binding period (the start itself when there is none)
 */
public record TerminationPeriods(LocalDate noticeEnd, LocalDate bindingEnd) {

    public static TerminationPeriods of(TerminationRequest request) {
        return new TerminationPeriods(plusMonths(request.receivedDate(), request.noticeMonths()),
                plusMonths(request.startDate(), request.bindingMonths()));
    }

    public static LocalDate plusMonths(LocalDate date, int months) {
        return date.plusMonths(months);
    }
}
