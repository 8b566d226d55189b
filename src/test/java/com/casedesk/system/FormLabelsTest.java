package com.casedesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A refused field is named as the task's form labels it, its key kept for API clients. */
class FormLabelsTest {

    private static FormLabels form(String file) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("processes", file))) {
            return FormLabels.of(in);
        }
    }

    @Test
    void shouldNameAVisitFieldByItsLabelAndKey() throws Exception {
        FormLabels schedule = form("schedule-visit.form");

        assertThat(schedule.name(List.of("visitDate: 2026-03-01 is in the past (today is 2026-03-02)",
                "visitTechnician: required")))
                .isEqualTo("\"Visit date\" (visitDate): 2026-03-01 is in the past (today is 2026-03-02); "
                        + "\"Technician\" (visitTechnician): required");
    }

    @Test
    void shouldNameAChecklistItemsFieldWithItsGroup() throws Exception {
        assertThat(form("perform-visit.form").name("visitItem2Status (HAND_OVER_KEY): neither confirmed done"))
                .isEqualTo("\"Checklist item 2, Result\" (visitItem2Status) (HAND_OVER_KEY): neither confirmed done");
    }

    @Test
    void shouldNameEveryCamelCaseKeyInAProblemAndAPlainKeyOnlyWhereItOpensTheProblem() throws Exception {
        FormLabels test = form("plan-test-mode.form");

        assertThat(test.name("case CD-1: testUntil 10:00 is not after testFrom 11:00"))
                .isEqualTo("case CD-1: \"Until (HH:mm)\" (testUntil) 10:00 is not after \"From (HH:mm)\" (testFrom) 11:00");
        assertThat(test.name("answer: required; write an answer")).isEqualTo(
                "\"Answer to the customer (sent by mail when you complete the task)\" (answer): required; write an answer");
    }

    @Test
    void shouldLeaveAKeyTheFormDoesNotHave() throws Exception {
        assertThat(form("review-dispute.form").name("disputeNote: unknown")).isEqualTo("disputeNote: unknown");
        assertThat(FormLabels.none().name("visitDate: required")).isEqualTo("visitDate: required");
    }
}
