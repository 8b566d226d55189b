package com.casedesk.browser;

import static com.casedesk.browser.Desk.*;
import static com.casedesk.system.Groups.ALARM_CENTRE;
import static com.casedesk.system.Groups.SERVICE_COORDINATION;
import static com.casedesk.system.Groups.TECHNICAL_SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fault reports by mail, worked to their end in Tasklist: each task by the demo user of its group, through its
 * Camunda Form; the case API shows the timeline and end state afterwards. Runs with {@code ./mvnw -Pbrowser test}.
 */
@Tag("browser")
@ExtendWith(CaseDeskForBrowsers.class)
class FaultReportsBrowserTest {

    @Test
    void shouldWorkAFaultReportByMailThroughATechnicianVisit() throws Exception {
        String subject = "Larmet piper " + System.nanoTime();
        mail("anna.lind@solros.example", subject, "Hej, centralen piper hela tiden och displayen visar fel 12.");
        String caseNumber = awaitCaseOf("anna.lind@solros.example", subject);

        Tasklist t = openAs(TECHNICAL_SUPPORT, caseNumber, "Triage fault");
        t.choose("Outcome", "Technician visit");
        t.type("Triage note", "Panel fault 12: the technician replaces the panel battery");
        t.screenshot("triage-fault");
        assertThat(t.complete()).isNull();

        t = openAs(SERVICE_COORDINATION, caseNumber, "Agree visit time with customer");
        assertThat(t.visible("Checklist item 2")).as("only the visit's real checklist items show").isFalse();
        t.screenshot("schedule-visit");
        t.date("Visit date", inDays(3));
        t.type("Time", "09:30");
        t.type("Technician", "Tekniker Tor");
        t.screenshot("schedule-visit-filled");
        assertThat(t.complete()).isNull();

        t = openAs(TECHNICAL_SUPPORT, caseNumber, "Work visit checklist");
        t.radio("Result", 1, "Done");
        t.screenshot("perform-visit");
        assertThat(t.complete()).isNull();

        JsonNode done = caseApi(caseNumber, TECHNICAL_SUPPORT);
        assertThat(done.get("status").asText()).isEqualTo("CLOSED");
        assertInOrder(timeline(done), "Task 'Triage fault' completed by technical-support-demo",
                "Technician visit agreed for " + inDays(3),
                "Task 'Work visit checklist' completed by technical-support-demo", "Visit report");
    }

    @Test
    void shouldWorkAFaultReportByMailToItsEndThroughRemoteSupport() throws Exception {
        String subject = "Felanmälan kodpanel " + System.nanoTime();
        mail("anna.lind@solros.example", subject, "Hej, kodpanelen visar fel 31 sedan i morse och tar inte emot"
                + " Eriks kod. Kan ni se på det på distans?\nMvh Anna Lind");
        String caseNumber = awaitCaseOf("anna.lind@solros.example", subject);

        Tasklist t = openAs(TECHNICAL_SUPPORT, caseNumber, "Triage fault");
        assertThat(t.chosen("Site")).as("the customer's only site").startsWith("Storgatan 1");
        t.choose("Outcome", "Needs fixing (remote support where possible, else a visit)");
        t.check("Site allows remote support");
        t.type("Triage note", "Fault 31: Erik's code is rejected; reset it remotely");
        t.screenshot("triage-remote");
        assertThat(t.complete()).isNull();

        t = openAs(TECHNICAL_SUPPORT, caseNumber, "Provide remote support");
        assertThat(t.value("Triage note")).contains("Fault 31");
        t.check("Solved remotely");
        t.type("What was done", "Vi har återställt koden på distans; panelen tar emot den igen.");
        t.screenshot("remote-support");
        assertThat(t.complete()).isNull();

        JsonNode done = caseApi(caseNumber, TECHNICAL_SUPPORT);
        assertThat(done.get("status").asText()).isEqualTo("CLOSED");
        assertThat(done.get("siteId").asText()).isEqualTo("SE-S-1001");
        assertInOrder(timeline(done), "Classified as FAULT_REPORT", "technical support triages it",
                "Task 'Triage fault' completed by technical-support-demo",
                "Task 'Provide remote support' completed by technical-support-demo");
        assertThat(timeline(done)).noneMatch(s -> s.contains("Technician visit agreed"));
        assertThat(done.get("timeline").get(done.get("timeline").size() - 1).get("kind").asText()).isEqualTo("CLOSED");
    }

    @Test
    void shouldLetTheAlarmCentreSendAVisitToTheSiteAnUrgentMailNamesOutsideOfficeHours() throws Exception {
        String subject = "Fel på larmet, AKUT " + System.nanoTime();
        String caseNumber;
        // the mail comes in at 22:00 (Stockholm): the latest such evening, whatever the hour the suite runs
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Stockholm"));
        ZonedDateTime evening = now.withHour(22).withMinute(0).withSecond(0).withNano(0);
        ClockUtil.offset((evening.isAfter(now) ? evening.minusDays(1) : evening).toInstant().toEpochMilli()
                - System.currentTimeMillis());
        try {
            mail("lars.nordin@norrsken.example", subject, "Hej! Larmet på Kungsportsavenyen 10 tjuter och går inte"
                    + " att stänga av, panelen visar fel. Akut, kom så fort ni kan.\n/Lars Nordin");
            caseNumber = awaitCaseOf("lars.nordin@norrsken.example", subject);
        } finally {
            ClockUtil.reset();
        }

        Tasklist t = openAs(ALARM_CENTRE, caseNumber, "Handle urgent fault");
        assertThat(t.options("Site")).as("the customer's two sites, by address")
                .containsExactlyInAnyOrder("Kungsportsavenyen 10, 411 36 Göteborg", "Hamngatan 4, 411 14 Göteborg");
        assertThat(t.chosen("Site")).as("the site the mail names").isEqualTo("Kungsportsavenyen 10, 411 36 Göteborg");
        t.choose("Outcome", "Technician visit");
        t.type("Triage note", "The siren will not stop and the panel shows a fault");
        t.screenshot("urgent-fault");
        assertThat(t.complete()).isNull();

        t = openAs(SERVICE_COORDINATION, caseNumber, "Agree visit time with customer");
        assertThat(t.value("Site address")).startsWith("Kungsportsavenyen 10");
        t.date("Visit date", inDays(1));
        t.type("Time", "08:00");
        t.type("Technician", "Jour-teknikern");
        assertThat(t.complete()).isNull();

        t = openAs(TECHNICAL_SUPPORT, caseNumber, "Work visit checklist");
        for (int n = 1; n <= t.count("Result"); n++) {
            t.radio("Result", n, "Done");
        }
        assertThat(t.complete()).isNull();

        JsonNode done = caseApi(caseNumber, TECHNICAL_SUPPORT);
        assertThat(done.get("status").asText()).isEqualTo("CLOSED");
        assertThat(done.get("siteId").asText()).isEqualTo("SE-S-1002");
        assertInOrder(timeline(done), "Classified as FAULT_REPORT (urgent)",
                "outside office hours: the alarm centre takes it",
                "Task 'Handle urgent fault' completed by alarm-centre-demo",
                "Technician visit agreed for " + inDays(1), "Visit report");
    }
}
