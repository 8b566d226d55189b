package com.casedesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class VisitChangeRequestsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void shouldPreferTheLastNamedDayThatIsNotTheBookedOne() {
        assertThat(VisitChangeRequests.preferredDate("2026-12-09,2026-12-10", "2026-12-09", TODAY))
                .isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(VisitChangeRequests.preferredDate("2026-12-10,2026-12-09", "2026-12-09", TODAY))
                .isEqualTo(LocalDate.of(2026, 12, 10));
        // "not the 9th; the 11th is hard, but the 12th works"
        assertThat(VisitChangeRequests.preferredDate("2026-12-09,2026-12-11,2026-12-12", "2026-12-09", TODAY))
                .isEqualTo(LocalDate.of(2026, 12, 12));
    }

    @Test
    void shouldHaveNoPreferredDayWhenOnlyTheBookedOrAPastDayIsNamed() {
        assertThat(VisitChangeRequests.preferredDate("2026-12-09", "2026-12-09", TODAY)).isNull();
        assertThat(VisitChangeRequests.preferredDate("2026-11-30", "2026-12-09", TODAY)).isNull();
        assertThat(VisitChangeRequests.preferredDate(null, "2026-12-09", TODAY)).isNull();
    }

    @Test
    void shouldSayThePreferredDayInTheCustomersLanguage() {
        LocalDate day = LocalDate.of(2026, 12, 10);
        assertThat(VisitChangeRequests.preferredDateSentence(day, "sv")).contains("den 10 december 2026");
        assertThat(VisitChangeRequests.preferredDateSentence(day, "da")).contains("den 10. december 2026");
        assertThat(VisitChangeRequests.preferredDateSentence(day, "en")).contains("on 10 December 2026");
        assertThat(VisitChangeRequests.preferredDateSentence(null, "sv")).isEqualTo(".");
    }
}
