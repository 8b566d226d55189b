package com.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseRecord;
import com.casedesk.cases.CaseStatus;
import com.casedesk.cases.CaseType;
import com.casedesk.customers.CustomerDirectory;
import com.casedesk.customers.CustomerImport;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.OutboxMail;
import com.casedesk.mail.OutboxMailRepository;
import com.casedesk.system.CaseDeskProperties;
import com.casedesk.support.CaseDeskTest;

/** What real mailboxes contain: loops, bounces, broken MIME, charsets, HTML, attachments, strangers. */
@CaseDeskTest
class MailIntakeEdgeCasesTest {

    @Autowired EmbeddedMailServer server;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailboxPoller poller;
    @Autowired CaseManagement cases;
    @Autowired OutboxMailRepository outbox;
    @Autowired ProcessEngine engine;
    @Autowired CustomerImporter importer;
    @Autowired CustomerDirectory customers;
    @Autowired CaseDeskProperties properties;
    @Autowired TestRestTemplate rest;

    IntakeTestSupport intake;
    String unique;
    String customerNumber;
    String authorized;
    String employee;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        intake = new IntakeTestSupport(server, jdbc, poller);
        unique = UUID.randomUUID().toString().substring(0, 8);
        customerNumber = "DK-IT-" + unique;
        authorized = "ejer-" + unique + "@kunde.example.dk";
        employee = "ansat-" + unique + "@kunde.example.dk";
        importer.importCustomers(new CustomerImport(List.of(new CustomerImport.CustomerRecord(customerNumber,
                "Intake Test ApS " + unique, "DK" + unique.substring(0, 6), "DK", "faktura-" + unique + "@kunde.example.dk",
                null, List.of(new CustomerImport.ContactRecord("Mette Ejer", authorized, null, true),
                        new CustomerImport.ContactRecord("Jens Ansat", employee, null, false)),
                List.of(), List.of(), List.of()))));
    }

    private TestRestTemplate admin() {
        return rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD);
    }

    private boolean timelineHas(String caseNumber, CaseEvent.Kind kind, String text) {
        return cases.timeline(caseNumber).stream().anyMatch(e -> e.getKind() == kind && e.getSummary().contains(text));
    }

    @Test
    void anAutoReplyIsNeverAnswered() {
        // Given an out-of-office reply (Auto-Submitted) that answers nothing we know
        String id = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(id, authorized, "Fraværende: Spørgsmål", "Jeg er på ferie til mandag.",
                "Auto-Submitted: auto-replied"));

        // Then it is kept as a case, but gets no automatic answer
        String caseNumber = intake.awaitCase(id);
        assertThat(outbox.findByCaseNumberOrderByIdAsc(caseNumber)).isEmpty();
        assertThat(timelineHas(caseNumber, CaseEvent.Kind.NOTE, "No automatic answer: the mail is automatic")).isTrue();

        // And an auto-reply to one of our mails stays on the case without reaching the process
        String first = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(first, authorized, "Spørgsmål", "Et spørgsmål."));
        String open = intake.awaitCase(first);
        String outOfOffice = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(outOfOffice, authorized, "Automatisk svar: [" + open + "] Spørgsmål",
                "Jeg er på ferie.", "Auto-Submitted: auto-replied", "Precedence: bulk"));
        Map<String, Object> row = intake.await(outOfOffice);
        assertThat(row.get("OUTCOME")).isEqualTo("RECORDED");
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName("replyText")
                .processInstanceIdIn(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(open)
                        .list().stream().map(instance -> instance.getId()).toArray(String[]::new)).count()).isZero();
        assertThat(outbox.findByCaseNumberOrderByIdAsc(open)).hasSize(1);
    }

    @Test
    void atMostTheConfiguredNumberOfAutomaticMailsGoToOneAddressADay() {
        // Given six mails from one address on one day (limit 5)
        List<String> ids = java.util.stream.IntStream.range(0, 6).mapToObj(i -> IntakeTestSupport.newMessageId()).toList();
        intake.sendAll(ids.stream().map(id -> RawSmtp.crlf(IntakeTestSupport.plain(id, employee, "Fråga " + id, "Hej"),
                StandardCharsets.UTF_8)).toList());

        // Then six cases, five acknowledgements
        List<String> opened = ids.stream().map(intake::awaitCase).toList();
        assertThat(opened).doesNotHaveDuplicates().hasSize(6);
        long acknowledged = opened.stream().filter(c -> !outbox.findByCaseNumberOrderByIdAsc(c).isEmpty()).count();
        assertThat(acknowledged).isEqualTo(5);
    }

    @Test
    void aBounceIsAttachedToTheCaseAndTheAddressFlaggedAsBouncing() {
        // Given a case whose acknowledgement went to the customer's contact
        String id = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(id, employee, "Spørgsmål om regning", "Hej"));
        String caseNumber = intake.awaitCase(id);
        OutboxMail acknowledgement = outbox.findByCaseNumberOrderByIdAsc(caseNumber).get(0);

        // When the contact's server reports that it could not deliver it
        String bounceId = IntakeTestSupport.newMessageId();
        intake.send("""
                Message-ID: %s
                From: Mail Delivery System <MAILER-DAEMON@mx.kunde.example.dk>
                To: support@casedesk.local
                Subject: Undelivered Mail Returned to Sender
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"

                --dsn
                Content-Type: text/plain; charset=us-ascii

                This is the mail system at host mx.kunde.example.dk. Your message could not be delivered.
                --dsn
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.kunde.example.dk

                Final-Recipient: rfc822; %s
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable
                --dsn
                Content-Type: text/rfc822-headers

                Message-ID: %s
                Subject: %s
                --dsn--
                """.formatted(bounceId, employee, acknowledgement.getMessageId(), acknowledgement.getSubject()));

        // Then the report is on the case, with its parts stored, and the contact is flagged
        Map<String, Object> row = intake.await(bounceId);
        assertThat(row.get("OUTCOME")).isEqualTo("BOUNCE");
        assertThat(row.get("CASE_NUMBER")).isEqualTo(caseNumber);
        assertThat(timelineHas(caseNumber, CaseEvent.Kind.MAIL_IN, "Delivery failed to " + employee)).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cd_intake_attachment WHERE message_key = ?", Integer.class,
                bounceId)).isEqualTo(2);
        assertThat(customers.get(customerNumber).contacts()).filteredOn(c -> c.email().equals(employee))
                .singleElement().satisfies(c -> assertThat(c.emailBouncing()).isTrue());
        assertThat(outbox.findByCaseNumberOrderByIdAsc(caseNumber)).hasSize(1);
    }

    @Test
    void malformedMimeIsQuarantinedListedAndMovedToTheQuarantineFolder() {
        // Given a multipart mail whose boundary never appears
        String id = IntakeTestSupport.newMessageId();
        intake.send("Message-ID: " + id + "\nFrom: " + employee + "\nSubject: Trasig\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"nowhere\"\n\nno parts here\n");

        // Then it is quarantined with the reason, listed by the API, and in CaseDesk/Quarantine
        Map<String, Object> row = intake.await(id);
        assertThat(row.get("OUTCOME")).isEqualTo("QUARANTINED");
        ResponseEntity<List> listed = admin().getForEntity("/api/intake/quarantine", List.class);
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(listed.getBody().toString()).contains(id).contains("MIME structure");
        awaitIn("CaseDesk/Quarantine", id);
        assertThat(intake.messageIdsIn("INBOX")).doesNotContain(id);
    }

    @Test
    void theQuarantineApiNamesTheFieldOfABadRequest() {
        ResponseEntity<String> notANumber = admin().postForEntity("/api/intake/quarantine/abc/retry", null, String.class);
        assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notANumber.getBody()).contains("\"field\":\"id\"");
        ResponseEntity<String> unknown = admin().postForEntity("/api/intake/quarantine/999999999/retry", null, String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> badStatus = admin().getForEntity("/api/intake/quarantine?status=LOST", String.class);
        assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badStatus.getBody()).contains("\"field\":\"status\"");
    }

    @Test
    void aMailWithoutMessageIdBecomesOneCaseEvenWhenReadAgainAfterACrash() {
        // Given a mail with no Message-ID
        String subject = "Utan id " + unique;
        intake.send("From: " + employee + "\nSubject: " + subject + "\nContent-Type: text/plain; charset=UTF-8\n\nHej\n");
        String key = awaitKeyBySubject(subject);
        assertThat(key).startsWith("sha256:");
        String caseNumber = intake.awaitCase(key);
        awaitProcessedCount(subject, 1);

        // When the same mail shows up in the inbox again (the node died after the commit, before the move)
        assertThat(intake.copyBackToInbox("CaseDesk/Processed", subject)).isEqualTo(1);

        // Then it is recognised, moved again, and no second case is opened
        awaitProcessedCount(subject, 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cd_case WHERE subject = ?", Integer.class, subject)).isEqualTo(1);
        assertThat(cases.get(caseNumber).getSubject()).isEqualTo(subject);
    }

    @Test
    void swedishAndDanishLettersArriveIntactInWindows1252AndIso88591() {
        for (String charset : new String[] { "windows-1252", "ISO-8859-1", "UTF-8" }) {
            // Given a subject as an encoded word and a body in the charset
            String id = IntakeTestSupport.newMessageId();
            String subject = "Fejl på anlæg – Ærø/Åsa Öberg";
            String body = "Hej, alarmen bipper. Søren, Blåbærvej 4, Öster Ålsta";
            Charset encoding = Charset.forName(charset);
            String subjectWord = charset.equals("ISO-8859-1") ? subject.replace('–', '-') : subject;
            intake.send(("Message-ID: " + id + "\nFrom: " + authorized + "\nSubject: =?" + charset + "?Q?"
                    + qEncode(subjectWord, encoding) + "?=\nMIME-Version: 1.0\nContent-Type: text/plain; charset=" + charset
                    + "\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n"), encoding);

            // Then the case and its timeline show the letters
            String caseNumber = intake.awaitCase(id);
            CaseRecord record = cases.get(caseNumber);
            assertThat(record.getSubject()).as(charset).isEqualTo(subjectWord);
            assertThat(record.getCaseType()).as(charset).isEqualTo(CaseType.FAULT_REPORT);
            assertThat(mailIn(caseNumber)).as(charset).contains(body);
        }
    }

    @Test
    void anHtmlOnlyMailIsReadAsText() {
        String id = IntakeTestSupport.newMessageId();
        intake.send("Message-ID: " + id + "\nFrom: " + authorized + "\nSubject: Faktura\nMIME-Version: 1.0\n"
                + "Content-Type: text/html; charset=UTF-8\n\n<html><body><p>Hej,</p><p>fakturaen er <b>forkert</b>.</p></body></html>\n");
        String caseNumber = intake.awaitCase(id);
        assertThat(cases.get(caseNumber).getCaseType()).isEqualTo(CaseType.INVOICE_QUESTION);
        assertThat(mailIn(caseNumber)).contains("\"text\":\"Hej,\\nfakturaen er forkert.\"");
    }

    @Test
    void anAttachmentIsStoredUnderTheDataFolderAndLinkedToTheCase() throws Exception {
        // Given a mail with a PDF
        String id = IntakeTestSupport.newMessageId();
        byte[] pdf = ("%PDF-1.4 faktura " + unique).getBytes(StandardCharsets.US_ASCII);
        intake.send("Message-ID: " + id + "\nFrom: " + authorized + "\nSubject: Regning\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"m\"\n\n--m\nContent-Type: text/plain; charset=UTF-8\n\n"
                + "Se vedhæftede regning.\n--m\nContent-Type: application/pdf; name=\"regning.pdf\"\n"
                + "Content-Disposition: attachment; filename=\"regning.pdf\"\nContent-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder().encodeToString(pdf) + "\n--m--\n");

        // Then the file is under the data folder and the case lists it
        String caseNumber = intake.awaitCase(id);
        ResponseEntity<List> listed = admin().getForEntity("/api/intake/attachments?caseNumber=" + caseNumber, List.class);
        assertThat(listed.getBody()).hasSize(1);
        Map<?, ?> attachment = (Map<?, ?>) listed.getBody().get(0);
        assertThat(attachment.get("fileName")).isEqualTo("regning.pdf");
        Path file = properties.dataDir().resolve((String) attachment.get("path"));
        assertThat(Files.readAllBytes(file)).isEqualTo(pdf);
        ResponseEntity<byte[]> content = admin().getForEntity("/api/intake/attachments/" + attachment.get("id") + "/content",
                byte[].class);
        assertThat(content.getBody()).isEqualTo(pdf);
        assertThat(mailIn(caseNumber)).contains("regning.pdf");
    }

    @Test
    void anOversizedMailIsQuarantinedWithoutBeingDownloadedAndARetryNamesWhereItIs() {
        // Given a mail over the size limit (the tests' limit is 8 MB; this one is about 11 MB)
        String id = IntakeTestSupport.newMessageId();
        byte[] big = new byte[8 * 1024 * 1024];
        new java.util.Random(1).nextBytes(big);
        intake.send("Message-ID: " + id + "\nFrom: " + authorized + "\nSubject: Video af fejl\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"m\"\n\n--m\nContent-Type: text/plain\n\nAlarmen virker ikke, se video.\n"
                + "--m\nContent-Type: video/mp4; name=\"fejl.mp4\"\nContent-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder().encodeToString(big) + "\n--m--\n");

        // Then it is quarantined from its size and headers, never downloaded, and moved to the quarantine folder
        Map<String, Object> row = intake.await(id);
        assertThat(row.get("OUTCOME")).isEqualTo("QUARANTINED");
        long quarantineId = ((Number) row.get("QUARANTINE_ID")).longValue();
        assertThat(jdbc.queryForObject("SELECT raw_path FROM cd_intake_quarantine WHERE id = ?", String.class,
                quarantineId)).isNull();
        assertThat(jdbc.queryForObject("SELECT reason FROM cd_intake_quarantine WHERE id = ?", String.class,
                quarantineId)).startsWith("the mail is 1").contains("over the limit of 8.0 MB").contains("not downloaded");

        // When a handler retries it, CaseDesk says it has no copy and where the mail is
        ResponseEntity<String> retried = admin().postForEntity("/api/intake/quarantine/" + quarantineId + "/retry", null,
                String.class);
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(retried.getBody()).contains("never downloaded").contains("CaseDesk/Quarantine");
    }

    @Test
    void anUnknownSenderStillGetsACaseFlaggedForIdentificationAndAnAcknowledgementInTheMailsLanguage() {
        // Given a stranger (a .com address: no country to go by) writing in Danish
        String stranger = "okand-" + unique + "@example.com";
        String id = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(id, stranger, "Spørgsmål om service",
                "Jeg vil gerne have en tekniker ud og se på vores alarm."));
        String caseNumber = intake.awaitCase(id);

        // Then a service request waits for the customer to be identified
        CaseRecord record = cases.get(caseNumber);
        assertThat(record.getCustomerNumber()).isNull();
        assertThat(record.getCaseType()).isEqualTo(CaseType.SERVICE_REQUEST);
        assertThat(timelineHas(caseNumber, CaseEvent.Kind.NOTE, "Customer to identify")).isTrue();
        // and the acknowledgement goes to the stranger in Danish, the language the classification found in the mail
        assertThat(outbox.findByCaseNumberOrderByIdAsc(caseNumber)).singleElement().satisfies(mail -> {
            assertThat(mail.getRecipient()).isEqualTo(stranger);
            assertThat(mail.getSubject()).startsWith("[" + caseNumber + "]").contains("Vi har modtaget din henvendelse");
            assertThat(mail.getBody()).contains("Med venlig hilsen");
        });
    }

    @Test
    void aTerminationFromANonAuthorizedContactWaitsForVerificationThenContinuesAsATermination() {
        // Given a termination from an employee who is not an authorized contact
        String id = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(id, employee, "Opsigelse af alarmaftale", "Vi vil gerne opsige aftalen."));
        String caseNumber = intake.awaitCase(id);

        // Then customer service must verify, and the sender was told why (in Danish)
        ProcessInstance verification = instanceOf(caseNumber);
        BpmnAwareTests.assertThat(verification).isWaitingAt("userTask_verifySender");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(verification.getId())
                .taskCandidateGroup("customer-service").count()).isEqualTo(1);
        assertThat(cases.get(caseNumber).getCaseType()).isEqualTo(CaseType.TERMINATION);
        assertThat(outbox.findByCaseNumberOrderByIdAsc(caseNumber)).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).contains("sikringsansvarlige"));

        // When the authorized contact confirms by replying, the reply reaches the waiting task
        String confirmation = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(confirmation, authorized, "Sv: [" + caseNumber + "] Opsigelse",
                "Jeg bekræfter opsigelsen."));
        assertThat(intake.await(confirmation).get("OUTCOME")).isEqualTo("REPLY_DELIVERED");
        BpmnAwareTests.assertThat(verification).hasPassed("endEvent_replyNoted").isWaitingAt("userTask_verifySender");

        // And when customer service records the verification
        complete(task(verification), withVariables(IntakeProcess.VERIFICATION, IntakeProcess.VERIFIED,
                IntakeProcess.VERIFICATION_NOTE, "Confirmed by Mette Ejer by mail"));

        // Then the request continues as a termination case linked to this one, with an authorized requester
        BpmnAwareTests.assertThat(verification).hasPassed("serviceTask_openCase").isEnded();
        assertThat(cases.get(caseNumber).getStatus()).isEqualTo(CaseStatus.CLOSED);
        String continued = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(verification.getId()).variableName(OpenVerifiedCaseDelegate.CONTINUED_IN)
                .singleResult().getValue();
        CaseRecord termination = cases.get(continued);
        assertThat(termination.getCaseType()).isEqualTo(CaseType.TERMINATION);
        assertThat(termination.getLinkedCaseNumber()).isEqualTo(caseNumber);
        assertThat(termination.getCustomerNumber()).isEqualTo(customerNumber);
        assertThat(timelineHas(continued, CaseEvent.Kind.NOTE, "Sender verified in case " + caseNumber)).isTrue();
    }

    @Test
    void aSensitiveRequestThatCannotBeVerifiedIsDeclinedWithAMail() {
        // Given a personal-code request from an employee
        String id = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(id, employee, "Ny kode", "Jeg har brug for et nyt kodeord til alarmen."));
        String caseNumber = intake.awaitCase(id);
        ProcessInstance verification = instanceOf(caseNumber);
        BpmnAwareTests.assertThat(verification).isWaitingAt("userTask_verifySender");

        // When customer service cannot verify it
        complete(task(verification), withVariables(IntakeProcess.VERIFICATION, IntakeProcess.NOT_VERIFIED,
                IntakeProcess.VERIFICATION_NOTE, "No authorized contact reachable"));

        // Then the sender is told and the case is closed
        BpmnAwareTests.assertThat(verification).hasPassed("serviceTask_declineRequest", "endEvent_requestDeclined").isEnded();
        assertThat(cases.get(caseNumber).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(outbox.findByCaseNumberOrderByIdAsc(caseNumber)).hasSize(2).last()
                .satisfies(mail -> assertThat(mail.getSubject()).contains("kunne ikke gennemføre"));
    }

    @Test
    void theMailboxIsVisibleInTheHealthEndpoint() {
        ResponseEntity<Map> health = admin().getForEntity("/actuator/health/mailbox", Map.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody().get("status")).isEqualTo("UP");
        assertThat(health.getBody().toString()).contains("IMAP IDLE");
    }

    private ProcessInstance instanceOf(String caseNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(cases.get(caseNumber).getProcessInstanceId()).singleResult();
    }

    private void awaitIn(String folder, String messageId) {
        for (int i = 0; i < 100 && !intake.messageIdsIn(folder).contains(messageId); i++) {
            IntakeTestSupport.sleep(100);
        }
        assertThat(intake.messageIdsIn(folder)).contains(messageId);
    }

    private String awaitKeyBySubject(String subject) {
        for (int i = 0; i < 300; i++) {
            List<String> keys = jdbc.queryForList("SELECT message_key FROM cd_intake_mail WHERE subject = ?", String.class, subject);
            if (!keys.isEmpty()) {
                return keys.get(0);
            }
            poller.wakeUp();
            IntakeTestSupport.sleep(100);
        }
        throw new AssertionError("no intake row for " + subject);
    }

    private void awaitProcessedCount(String subject, int count) {
        for (int i = 0; i < 300; i++) {
            if (countIn("CaseDesk/Processed", subject) >= count) {
                return;
            }
            poller.wakeUp();
            IntakeTestSupport.sleep(100);
        }
        assertThat(countIn("CaseDesk/Processed", subject)).isEqualTo(count);
    }

    private long countIn(String folder, String subject) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cd_intake_mail WHERE subject = ?", Long.class, subject) == 0 ? 0
                : imapSubjects(folder).stream().filter(subject::equals).count();
    }

    private List<String> imapSubjects(String path) {
        try {
            jakarta.mail.Store store = jakarta.mail.Session.getInstance(new java.util.Properties()).getStore("imap");
            store.connect("127.0.0.1", server.imapPort(), server.mailbox(), server.mailboxPassword());
            try {
                jakarta.mail.Folder folder = store.getFolder("CaseDesk").getFolder("Processed");
                folder.open(jakarta.mail.Folder.READ_ONLY);
                List<String> subjects = new java.util.ArrayList<>();
                for (jakarta.mail.Message message : folder.getMessages()) {
                    subjects.add(message.getSubject());
                }
                folder.close(false);
                return subjects;
            } finally {
                store.close();
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String qEncode(String text, Charset charset) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(charset)) {
            int c = b & 0xFF;
            if (c == ' ') {
                out.append('_');
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                out.append((char) c);
            } else {
                out.append('=').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private String mailIn(String caseNumber) {
        return cases.timeline(caseNumber).stream().filter(e -> e.getKind() == CaseEvent.Kind.MAIL_IN).findFirst()
                .orElseThrow(() -> new AssertionError("no MAIL_IN on " + caseNumber)).getDetail();
    }
}
