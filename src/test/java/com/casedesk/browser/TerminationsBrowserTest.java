package com.casedesk.browser;

import static com.casedesk.browser.Desk.*;
import static com.casedesk.system.Groups.CUSTOMER_SERVICE;
import static com.casedesk.system.Groups.SERVICE_COORDINATION;
import static com.casedesk.system.Groups.TECHNICAL_SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Terminations by mail, worked in Tasklist to the technician visit that ends them on site: each task by the demo
 * user of its group, through its Camunda Form; then the case API. Runs with {@code ./mvnw -Pbrowser test}.
 */
@Tag("browser")
@ExtendWith(CaseDeskForBrowsers.class)
class TerminationsBrowserTest {

    @Test
    void shouldWorkATerminationByAnAuthorizedContactThroughTheVisitWithTheFullChecklist() throws Exception {
        String subject = "Opsigelse af alarmaftale " + System.nanoTime();
        mail("peter@havn.example", subject, "Hej, vi vil gerne opsige vores alarmaftale. Venlig hilsen Peter");
        String caseNumber = awaitCaseOf("peter@havn.example", subject);

        workTheVisit(caseNumber, "termination");

        JsonNode done = caseApi(caseNumber, TECHNICAL_SUPPORT);
        assertInOrder(timeline(done), "Termination accepted: contract DK-C-2002",
                "Task 'Work visit checklist' completed by technical-support-demo", "Visit report");
    }

    @Test
    void shouldAcceptATerminationOfANonAuthorizedSenderOnceCustomerServiceVerifiedIt() throws Exception {
        String subject = "Uppsägning av larmavtal " + System.nanoTime();
        mail("erik.berg@solros.example", subject, "Hej, vi vill säga upp vårt larmavtal för Storgatan 1."
                + "\nMvh Erik Berg, Bageriet Solros");
        String verification = awaitCaseOf("erik.berg@solros.example", subject);

        Tasklist t = openAs(CUSTOMER_SERVICE, verification, "Verify sender");
        assertThat(t.value("Why verification is needed")).contains("authorized contact");
        t.radio("Outcome", 1, "Verified: an authorized contact confirmed the request");
        t.type("How it was verified", "Called Anna Lind (authorized): she confirms Erik may terminate");
        t.screenshot("verify-sender");
        assertThat(t.complete()).isNull();

        String termination = awaitCaseLinkedTo(verification);
        workTheVisit(termination, "verified-termination");

        JsonNode verified = caseApi(verification, CUSTOMER_SERVICE);
        assertThat(verified.get("status").asText()).isEqualTo("CLOSED");
        assertInOrder(timeline(verified), "Task 'Verify sender' completed by customer-service-demo",
                "continued in case " + termination);
        JsonNode done = caseApi(termination, TECHNICAL_SUPPORT);
        assertThat(done.get("linkedCaseNumber").asText()).isEqualTo(verification);
        assertInOrder(timeline(done), "Sender verified in case " + verification,
                "Termination accepted: contract SE-C-1001", "Technician visit agreed for " + inDays(5), "Visit report");
        assertThat(timeline(done)).noneMatch(s -> s.startsWith("Termination not accepted"));
        JsonNode decision = decision(done, "termination-eligibility");
        assertThat(decision.at("/inputs/requesterAuthorized").asBoolean()).as("the verification carried over").isTrue();
        assertThat(decision.at("/outcome/accepted").asBoolean()).isTrue();
    }

    @Test
    void shouldSendTheCasesMailsToTheNewAddressOnceCustomerServiceConfirmedIt() throws Exception {
        // a termination taken by phone from the authorized contact: not in writing, so she is asked to write
        String karen = "karen.moller@odense-tand.example";
        String soren = "soren.dahl@odense-tand.example";
        String caseNumber = CaseDeskForBrowsers.bean(com.casedesk.termination.TerminationIntake.class).receive(
                new com.casedesk.termination.TerminationNotice("DK-2003", "DK-C-2003", karen,
                        com.casedesk.cases.RequestChannel.PHONE, today(), "Karen ringede: vi opsiger aftalen"));
        MimeMessage askedToWrite = awaitMails(karen, caseNumber, 1).get(0);

        // a colleague of hers answers that mail in writing
        reply(askedToWrite, soren, "Hermed opsiger vi aftalen skriftligt. Venlig hilsen Søren Dahl");

        Tasklist t = openAs(CUSTOMER_SERVICE, caseNumber, "Confirm requester address");
        assertThat(t.value("Requester's address (mails go here now)")).isEqualTo(karen);
        assertThat(t.value("The new notice came from")).isEqualTo(soren);
        t.check("Send this case's mails to the new address from now on");
        t.screenshot("confirm-requester-address");
        assertThat(t.complete()).isNull();

        // the notice is decided after the answer, and its mail goes to the confirmed address
        assertThat(awaitMails(soren, caseNumber, 1)).hasSize(1);
        JsonNode after = caseApi(caseNumber, CUSTOMER_SERVICE);
        assertInOrder(timeline(after), "Termination not accepted: NOT_IN_WRITING",
                "Task 'Confirm requester address' completed by customer-service-demo",
                "Requester address changed from " + karen + " to " + soren);
    }

    /** Service coordination agrees the visit, the technician works its whole checklist. */
    private static void workTheVisit(String caseNumber, String shots) throws Exception {
        Tasklist t = openAs(SERVICE_COORDINATION, caseNumber, "Agree visit time with customer");
        t.date("Visit date", inDays(5));
        t.type("Time", "10:00");
        t.type("Technician", "Tekniker Tor");
        t.screenshot(shots + "-schedule");
        assertThat(t.complete()).isNull();

        t = openAs(TECHNICAL_SUPPORT, caseNumber, "Work visit checklist");
        int items = t.count("Result");
        assertThat(items).as("the termination checklist's items").isGreaterThan(1);
        for (int n = 1; n <= items; n++) {
            t.radio("Result", n, "Done");
        }
        t.screenshot(shots + "-checklist");
        assertThat(t.complete()).isNull();
    }

    private static JsonNode decision(JsonNode caseView, String name) {
        for (JsonNode entry : caseView.get("timeline")) {
            if (name.equals(entry.at("/detail/decision").asText())) {
                return entry.get("detail");
            }
        }
        throw new AssertionError("no decision " + name + " on the timeline of " + caseView.get("caseNumber"));
    }
}
