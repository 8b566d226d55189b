package com.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseType;
import com.casedesk.customers.CustomerImport;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.OutboxMailRepository;
import com.casedesk.mail.OutboxSender;
import com.casedesk.service.TechnicianVisitProcess;
import com.casedesk.service.VisitChecklist;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.MailTestSupport;

/**
 * What the customer finds in the mailbox (GreenMail), after writing to the intake mailbox as a mail client does:
 * the greeting, the language, the numbers of the customer's country, one case tag, the invoice as a PDF, and the
 * answer to a reply that asks for another day.
 */
@CaseDeskTest
class CustomerMailsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired EmbeddedMailServer server;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailboxPoller poller;
    @Autowired CaseManagement cases;
    @Autowired CaseStarter starter;
    @Autowired OutboxSender outbox;
    @Autowired OutboxMailRepository outboxMails;
    @Autowired ProcessEngine engine;
    @Autowired CustomerImporter importer;

    @Test
    void aDanishInvoiceCopyRequestGetsItsInvoiceFromTheMailTextAndTheAnswerCarriesTheInvoiceAsPdf() throws Exception {
        // Given a Danish customer whose contact Mette asks for a copy of an invoice by mail
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String mette = "mette-" + unique + "@bager.example.dk";
        String invoice = "DK-I-" + (System.nanoTime() % 9_000_000 + 1_000_000);
        importDanishCustomer(unique, mette, invoice);
        String id = IntakeTestSupport.newMessageId();
        intake().send(IntakeTestSupport.plain(id, "Mette Hansen <" + mette + ">", "Kopi af faktura",
                "Hej\n\nKan I sende en kopi af faktura " + invoice + "? Jeg kan ikke finde den.\n\nVenlig hilsen\nMette"));
        String caseNumber = intake().awaitCase(id);

        // Then the case knows the invoice the mail names
        assertThat(cases.get(caseNumber).getInvoiceNumber()).isEqualTo(invoice);
        // and the acknowledgement greets Mette by name, in Danish, with the Danish alarm centre's number
        MimeMessage acknowledgement = mailsTo(mette, 1).get(0);
        assertThat(acknowledgement.getSubject()).startsWith("[" + caseNumber + "] Vi har modtaget din henvendelse");
        String ackText = text(acknowledgement);
        assertThat(ackText).startsWith("Kære Mette Hansen,").contains("Kontrolcentral på +45 7022 7778")
                .doesNotContain("+46").doesNotContain("Bager Test " + unique);

        // and it is a copy request from the start: no one has to classify it first
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey("userTask_classifyInquiry").count()).isZero();

        // When billing sends the copy, answering as in a mail client, with its own greeting
        completeTask(caseNumber, "userTask_sendInvoiceCopy", Map.of("invoiceNumber", invoice,
                "answer", "Hej Mette,\n\nHer er kopien, som du bad om.\n\nVenlig hilsen\nJonas"));

        // Then Mette gets one Danish mail with one case tag, one greeting, and the invoice as a PDF
        MimeMessage copy = mailsTo(mette, 2).stream().filter(m -> subject(m).startsWith("[" + caseNumber + "] Kopi af"))
                .findFirst()
                .orElseThrow();
        assertThat(copy.getSubject()).isEqualTo("[" + caseNumber + "] Kopi af faktura " + invoice);
        String copyText = text(copy);
        assertThat(copyText).startsWith("Kære Mette Hansen,").contains("Her er kopien, som du bad om.")
                .doesNotContain("Hej Mette").doesNotContain("Jonas");
        byte[] pdf = attachment(copy, invoice + ".pdf");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String pdfText = new PDFTextStripper().getText(document);
            assertThat(pdfText).contains("Faktura " + invoice + " (kopi)", "Bager Test " + unique, "1.234,50 DKK",
                    "Forfaldsdato", "2026-11-30");
        }
    }

    @Test
    void aReplyToAClosedCaseGetsAnAcknowledgementWithOnlyTheNewCasesTag() throws Exception {
        // Given a closed case of Mette's
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String mette = "mette-" + unique + "@bager.example.dk";
        importDanishCustomer(unique, mette, "DK-I-" + (System.nanoTime() % 9_000_000 + 1_000_000));
        String first = IntakeTestSupport.newMessageId();
        intake().send(IntakeTestSupport.plain(first, mette, "Alarmen bipper", "Hej, alarmen bipper hele tiden."));
        String closed = intake().awaitCase(first);
        cases.close(closed, "Solved by phone");

        // When she answers it later, her mail client quoting the tag
        String reply = IntakeTestSupport.newMessageId();
        intake().send(IntakeTestSupport.plain(reply, mette, "SV: [" + closed + "] Alarmen bipper",
                "Nu bipper den igen."));
        String opened = intake().awaitCase(reply);

        // Then the new case's acknowledgement carries its own tag once, and not the closed case's
        assertThat(opened).isNotEqualTo(closed);
        MimeMessage answer = mailsTo(mette, 2).stream().filter(m -> subject(m).startsWith("[" + opened + "]"))
                .findFirst().orElseThrow();
        assertThat(answer.getSubject()).isEqualTo("[" + opened + "] Vi har modtaget din henvendelse: Alarmen bipper");
    }

    @Test
    void aReplySayingTheBookedDayDoesNotSuitSendsTheVisitBackToSchedulingAndIsAnswered() throws Exception {
        // Given a visit booked in eight days, confirmed by mail
        String contact = "visit-" + UUID.randomUUID() + "@example.test";
        LocalDate booked = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(8);
        LocalDate wished = booked.plusDays(1);
        CaseStarter.StartedCase visit = starter.start(CaseType.SERVICE_REQUEST, TechnicianVisitProcess.PROCESS_KEY,
                CaseStarter.CaseSubject.of("Service").withCustomer("SE-1001").withSite("SE-S-1001"),
                visitVariables(contact));
        completeTask(visit.caseNumber(), TechnicianVisitProcess.USER_TASK_SCHEDULE_VISIT,
                Map.of(TechnicianVisitProcess.VISIT_DATE, booked.toString(), TechnicianVisitProcess.VISIT_TIME, "09:00",
                        TechnicianVisitProcess.VISIT_TECHNICIAN, "Tekniker Tor"));
        MimeMessage confirmation = mailsTo(contact, 1).get(0);

        // When the customer answers it in their own words, without "flytta"
        DateTimeFormatter swedish = DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("sv-SE"));
        String reply = IntakeTestSupport.newMessageId();
        intake().send(IntakeTestSupport.plain(reply, contact, "SV: " + confirmation.getSubject(),
                "Hej,\ntyvärr passar inte den " + booked.format(swedish) + ", vi har inventering. Kan ni komma den "
                        + wished.format(swedish) + " istället?\nMvh Anna\n\n> " + text(confirmation).replace("\n", "\n> "),
                "In-Reply-To: " + confirmation.getMessageID()));

        // Then the coordinator schedules again, with the reason and the wished day
        assertThat(intake().await(reply).get("OUTCOME")).isEqualTo("REPLY_DELIVERED");
        String instance = visit.processInstanceId();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(TechnicianVisitProcess.USER_TASK_SCHEDULE_VISIT).count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(instance, TechnicianVisitProcess.VISIT_PREFERRED_DATE))
                .isEqualTo(wished.toString());
        assertThat((String) engine.getRuntimeService().getVariable(instance, TechnicianVisitProcess.VISIT_RESCHEDULE_REASON))
                .contains("passar inte");
        // and the customer is told, in Swedish, that a new time will be agreed
        MimeMessage answer = mailsTo(contact, 2).stream().filter(m -> subject(m).contains("ny tid")).findFirst().orElseThrow();
        assertThat(answer.getSubject()).startsWith("[" + visit.caseNumber() + "] Vi har tagit emot din begäran om en ny tid");
        assertThat(text(answer)).startsWith("Hej,")
                .contains("helst vill ha besöket den " + wished.format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                        Locale.forLanguageTag("sv-SE"))))
                .contains("koordinator kontaktar dig").contains("+46 10 000 00 00");
    }

    // --- helpers

    private IntakeTestSupport intake() {
        return new IntakeTestSupport(server, jdbc, poller);
    }

    private void importDanishCustomer(String unique, String contact, String invoice) {
        String number = "DK-MT-" + unique;
        importer.importCustomers(new CustomerImport(List.of(new CustomerImport.CustomerRecord(number,
                "Bager Test " + unique, "DK" + unique.substring(0, 8).replaceAll("\\D", "1"), "DK",
                "faktura-" + unique + "@bager.example.dk", null,
                List.of(new CustomerImport.ContactRecord("Mette Hansen", contact, null, true)),
                List.of(new CustomerImport.SiteRecord(number + "-S", "Bagervej 1, 5000 Odense C", true, false, true, true)),
                List.of(new CustomerImport.ContractRecord(number + "-C", number + "-S", "SUBSCRIPTION", "2024-01-01", 3, 0,
                        false, false)),
                List.of(new CustomerImport.InvoiceRecord(invoice, number + "-C", new BigDecimal("1234.50"), "DKK",
                        "2026-11-01", "2026-11-30", "OPEN"))))));
    }

    private Map<String, Object> visitVariables(String contact) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(TechnicianVisitProcess.CUSTOMER_NUMBER, "SE-1001");
        variables.put(TechnicianVisitProcess.SITE_ID, "SE-S-1001");
        variables.put(TechnicianVisitProcess.VISIT_PURPOSE, "Service");
        variables.put(TechnicianVisitProcess.VISIT_CHECKLIST,
                VisitChecklist.toJson(List.of(new VisitChecklist.Item("SERVICE", "Byt batteri i centralapparaten"))));
        variables.put(TechnicianVisitProcess.VISIT_CONTACT_EMAIL, contact);
        return variables;
    }

    private void completeTask(String caseNumber, String taskKey, Map<String, Object> variables) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Task task;
        while ((task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(taskKey).singleResult()) == null) {
            assertThat(System.nanoTime()).as("task " + taskKey + " of " + caseNumber).isLessThan(deadline);
            sleep();
        }
        engine.getTaskService().complete(task.getId(), variables);
    }

    private List<MimeMessage> mailsTo(String recipient, int count) {
        return MailTestSupport.inWrittenOrder(MailTestSupport.awaitMails(outbox, server, recipient, count, WAIT), outboxMails);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The plain text of a mail, alone or as the first part next to an attachment. */
    private static String text(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof Multipart multipart) {
            return multipart.getBodyPart(0).getContent().toString().replace("\r\n", "\n");
        }
        return content.toString().replace("\r\n", "\n");
    }

    private static byte[] attachment(MimeMessage mail, String fileName) throws Exception {
        Multipart multipart = (Multipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && fileName.equals(part.getFileName())) {
                assertThat(part.getContentType()).startsWith("application/pdf");
                try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    in.transferTo(out);
                    return out.toByteArray();
                }
            }
        }
        throw new AssertionError("no attachment " + fileName + " in " + mail.getSubject());
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
