package com.casedesk.browser;

import static com.casedesk.browser.CaseDeskForBrowsers.bean;
import static com.casedesk.browser.Desk.*;
import static com.casedesk.system.Groups.BILLING;
import static com.casedesk.system.Groups.CUSTOMER_SERVICE;
import static com.casedesk.system.Groups.SERVICE_COORDINATION;
import static com.casedesk.system.Groups.TECHNICAL_SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.casedesk.cases.CaseIntake;
import com.casedesk.cases.CaseType;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.customers.InvoiceRepository;
import com.casedesk.customers.InvoiceStatus;
import com.casedesk.inquiry.InquiryIntent;
import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.internet.MimeMessage;

/**
 * A service request with the customer's reschedule reply, an invoice copy and an invoice dispute, worked to their
 * end in Tasklist: each task by the demo user of its group, through its Camunda Form; then the case API. Tasks are
 * found by the names Tasklist lists. Runs with {@code ./mvnw -Pbrowser test}.
 */
@Tag("browser")
@ExtendWith(CaseDeskForBrowsers.class)
class ServiceAndInvoicesBrowserTest {

    private static final String SOFIA = "sofia.ek@tandek.example";
    private static final DateTimeFormatter SWEDISH_DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("sv"));

    @Test
    void shouldScheduleAServiceVisitAgainWhenTheCustomerRepliesAskingForAnotherDay() throws Exception {
        String subject = "Beställa service " + System.nanoTime();
        mail(SOFIA, subject, "Hej, vi vill beställa service på Lilla Torg 3: en rörelsedetektor i väntrummet"
                + " behöver bytas.\nMvh Sofia Ek");
        String caseNumber = awaitCaseOf(SOFIA, subject);

        Tasklist t = openAs(CUSTOMER_SERVICE, caseNumber, "Check request and site");
        assertThat(t.options("Site")).as("the customer's two sites, by address")
                .containsExactlyInAnyOrder("Södra Förstadsgatan 20, 211 43 Malmö", "Lilla Torg 3, 211 34 Malmö");
        assertThat(t.chosen("Site")).as("the site the mail names").isEqualTo("Lilla Torg 3, 211 34 Malmö");
        t.check("A technician must visit the site");
        t.type("What the technician is to do", "Replace the motion detector in the waiting room");
        t.screenshot("check-service-request");
        assertThat(t.complete()).isNull();

        LocalDate first = today().plusDays(3);
        LocalDate second = today().plusDays(4);
        t = openAs(SERVICE_COORDINATION, caseNumber, "Agree visit time with customer");
        t.date("Visit date", today().minusDays(1).toString());
        t.type("Time", "09:30");
        t.type("Technician", "Tekniker Tor");
        assertThat(t.complete()).as("a day in the past is refused, the field named as the form labels it")
                .contains("\"Visit date\" (visitDate): " + today().minusDays(1) + " is in the past");
        t.date("Visit date", first.toString());
        assertThat(t.complete()).isNull();

        MimeMessage confirmation = awaitMails(SOFIA, "Bekräftelse av teknikerbesök", 1).get(0);
        reply(confirmation, SOFIA, "Hej,\ntyvärr passar inte den " + first.format(SWEDISH_DAY) + ". Kan ni komma den "
                + second.format(SWEDISH_DAY) + " istället?\nMvh Sofia\n\n> " + confirmation.getSubject());

        t = openAs(SERVICE_COORDINATION, caseNumber, "Agree visit time with customer");
        assertThat(t.value("The customer asked to move the visit because")).contains("passar inte");
        assertThat(t.value("Day the customer prefers")).isEqualTo(second.toString());
        t.screenshot("reschedule-visit");
        t.date("Visit date", second.toString());
        t.type("Time", "13:00");
        t.type("Technician", "Tekniker Tor");
        assertThat(t.complete()).isNull();

        t = openAs(TECHNICAL_SUPPORT, caseNumber, "Work visit checklist");
        assertThat(t.value("Agreed date")).isEqualTo(second.toString());
        for (int n = 1; n <= t.count("Result"); n++) {
            t.radio("Result", n, "Done");
        }
        assertThat(t.complete()).isNull();

        JsonNode done = caseApi(caseNumber, TECHNICAL_SUPPORT);
        assertThat(done.get("status").asText()).isEqualTo("CLOSED");
        assertThat(done.get("siteId").asText()).isEqualTo("SE-S-1005");
        assertInOrder(timeline(done), "Task 'Check request and site' completed by customer-service-demo",
                "Technician visit agreed for " + first, "Visit to be rescheduled, asked by " + SOFIA,
                "Technician visit agreed for " + second, "Visit report");
        assertThat(awaitMails(SOFIA, "ny tid", 1)).as("the customer's reschedule request is answered").isNotEmpty();
        assertThat(awaitMails(SOFIA, "Bekräftelse av teknikerbesök", 2)).hasSize(2);
    }

    @Test
    void shouldSendAnInvoiceCopyAMailAsksForWithTheInvoiceAsPdf() throws Exception {
        String subject = "Kopi af faktura " + System.nanoTime();
        mail("mette@bagerhansen.example", subject, "Hej,\nKan I sende en kopi af faktura DK-I-2001? Vi kan ikke finde"
                + " den.\nVenlig hilsen Mette Hansen");
        String caseNumber = awaitCaseOf("mette@bagerhansen.example", subject);

        // the mail asks for a copy, so billing gets it straight away: no one classifies it first
        Tasklist t = openAs(BILLING, caseNumber, "Send invoice copy");
        assertThat(t.value("Invoice sent as copy")).isEqualTo("DK-I-2001");
        t.type("Answer to the customer", "Hermed en kopi af fakturaen.");
        t.screenshot("send-invoice-copy");
        assertThat(t.complete()).isNull();

        JsonNode done = caseApi(caseNumber, BILLING);
        assertThat(done.get("status").asText()).isEqualTo("CLOSED");
        assertThat(done.get("invoiceNumber").asText()).isEqualTo("DK-I-2001");
        assertInOrder(timeline(done), "Classified as INVOICE_QUESTION, asking for INVOICE_COPY",
                "Task 'Send invoice copy' completed by billing-demo");
        assertThat(timeline(done)).noneMatch(entry -> entry.contains("Classify inquiry"));
        List<MimeMessage> copies = awaitMails("mette@bagerhansen.example", "Kopi af faktura DK-I-2001", 1);
        assertThat(attachmentTypes(copies.get(0))).anyMatch(type -> type.startsWith("application/pdf"));
    }

    @Test
    void shouldWorkAnInvoiceDisputeToACreditedInvoice() throws Exception {
        String invoice = "SE-I-1003";
        String caseNumber = bean(CaseIntake.class).open(NewCaseRequest.of(CaseType.INVOICE_QUESTION, "SE-1002", null,
                null, "Fakturan " + invoice + " är fel, vi har redan betalat för samma period")
                .withIntent(InquiryIntent.INVOICE_DISPUTE.name()).withInvoice(invoice)).caseNumber();

        Tasklist t = openAs(BILLING, caseNumber, "Review invoice dispute");
        t.choose("Decision", "Credit the invoice");
        t.type("Answer to the customer", "Vi har krediterat fakturan.");
        t.screenshot("review-dispute");
        assertThat(t.complete()).isNull();

        JsonNode done = caseApi(caseNumber, BILLING);
        assertThat(done.get("status").asText()).isEqualTo("CLOSED");
        assertThat(bean(InvoiceRepository.class).findByNumber(invoice).orElseThrow().getStatus())
                .isEqualTo(InvoiceStatus.CREDITED);
        assertInOrder(timeline(done), "Task 'Review invoice dispute' completed by billing-demo", "invoice credited");
    }
}
