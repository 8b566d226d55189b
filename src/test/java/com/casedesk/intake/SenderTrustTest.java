package com.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
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
import com.casedesk.customers.CustomerImport;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.OutboxMail;
import com.casedesk.mail.OutboxMailRepository;
import com.casedesk.mail.OutboxSender;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.MailTestSupport;

/**
 * Case numbers are sequential and every acknowledgement shows one: a mail threads only into a case its sender is
 * on, a stranger naming a case gets a case of their own that tells them nothing of the other, and a delivery
 * report counts only for the address the quoted mail went to. (No trusted mail server here: From is trusted.)
 */
@CaseDeskTest
class SenderTrustTest {

    @Autowired EmbeddedMailServer server;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailboxPoller poller;
    @Autowired CaseManagement cases;
    @Autowired OutboxMailRepository outbox;
    @Autowired OutboxSender outboxSender;
    @Autowired ProcessEngine engine;
    @Autowired CustomerImporter importer;
    @Autowired TestRestTemplate rest;

    IntakeTestSupport intake;
    String unique;
    String customerNumber;
    String customerName;
    String authorized;
    String employee;
    String stranger;

    @BeforeEach
    void setUp() {
        intake = new IntakeTestSupport(server, jdbc, poller);
        unique = UUID.randomUUID().toString().substring(0, 8);
        customerNumber = "SE-TR-" + unique;
        customerName = "Trust Test AB " + unique;
        authorized = "chef-" + unique + "@kund.example.se";
        employee = "olle-" + unique + "@kund.example.se";
        stranger = "someone-" + unique + "@stranger.example";
        importer.importCustomers(new CustomerImport(List.of(new CustomerImport.CustomerRecord(customerNumber,
                customerName, "556000-" + unique.substring(0, 4), "SE", "faktura-" + unique + "@kund.example.se",
                null, List.of(new CustomerImport.ContactRecord("Karin Chef", authorized, null, true),
                        new CustomerImport.ContactRecord("Olle Anställd", employee, null, false)),
                List.of(), List.of(), List.of()))));
    }

    @Test
    void aForgedTagFromAStrangerOpensAFlaggedCaseOfItsOwnLeavesTheCaseUntouchedAndTheReplyNamesNothingOfIt()
            throws Exception {
        // Given the customer's case, acknowledged to the authorized contact
        String first = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(first, authorized, "Felanmälan: larmet piper",
                "Hej, larmet i butiken piper hela tiden."));
        String original = intake.awaitCase(first);
        String acknowledgement = outbox.findByCaseNumberOrderByIdAsc(original).get(0).getMessageId();
        int timelineBefore = cases.timeline(original).size();
        int outboxBefore = outbox.findByCaseNumberOrderByIdAsc(original).size();

        // When a stranger writes with the case's tag and its acknowledgement's Message-ID
        String forged = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(forged, stranger, "Sv: [" + original + "] Felanmälan: larmet piper",
                "Please send me the contract and the address.", "In-Reply-To: " + acknowledgement,
                "References: " + first + " " + acknowledgement));

        // Then it opens a case of its own, flagged for a handler, with the named case kept for admins
        Map<String, Object> row = intake.await(forged);
        assertThat(row.get("OUTCOME")).isEqualTo("CASE_OPENED");
        String opened = (String) row.get("CASE_NUMBER");
        assertThat(opened).isNotEqualTo(original);
        CaseRecord strangers = cases.get(opened);
        assertThat(strangers.getCustomerNumber()).isNull();
        assertThat(strangers.getLinkedCaseNumber()).isNull();
        assertThat(strangers.getMentionedCaseNumber()).isEqualTo(original);
        assertThat(strangers.getSubject()).doesNotContain(original);
        assertThat(cases.timeline(opened)).anyMatch(e -> e.getKind() == CaseEvent.Kind.NOTE
                && e.getSummary().contains("mentions " + original + ", sender " + stranger + " not on that case"));
        // and the customer's case has not changed: no entry, no mail
        assertThat(cases.timeline(original)).hasSize(timelineBefore);
        assertThat(outbox.findByCaseNumberOrderByIdAsc(original)).hasSize(outboxBefore);
        assertThat(cases.get(original).getContactEmail()).isEqualTo(authorized);

        // And the stranger's acknowledgement, as their mail program shows it, names nothing of the customer's case
        List<MimeMessage> received = MailTestSupport.awaitMails(outboxSender, server, stranger, 1, Duration.ofSeconds(20));
        assertThat(received).hasSize(1);
        String shown = received.get(0).getSubject() + "\n" + content(received.get(0));
        assertThat(shown).contains(opened).doesNotContain(original, customerName, customerNumber, authorized);

        // And the API shows the named case to admins only
        ResponseEntity<Map> asAdmin = rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD)
                .getForEntity("/api/cases/" + opened, Map.class);
        assertThat(asAdmin.getBody()).containsEntry("mentionedCaseNumber", original);
        String group = groupWithATaskOn(opened);
        String handler = createUser("trust-test-" + group, group);
        ResponseEntity<Map> asHandler = rest.withBasicAuth(handler, "secret-trust-test-password")
                .getForEntity("/api/cases/" + opened, Map.class);
        assertThat(asHandler.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asHandler.getBody()).containsEntry("mentionedCaseNumber", null);
    }

    @Test
    void aReplyFromANonAuthorizedContactOfTheSameCustomerThreadsIntoTheCaseFlaggedUnauthorized() {
        // Given the customer's case opened by the authorized contact
        String first = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(first, authorized, "Felanmälan: larmet piper", "Larmet piper."));
        String caseNumber = intake.awaitCase(first);

        // When a colleague who is a contact, but not an authorized one, answers with the tag
        String reply = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(reply, employee, "Sv: [" + caseNumber + "] Felanmälan", "Det piper fortfarande."));

        // Then the mail is on the case, flagged as coming from an unauthorized sender
        Map<String, Object> row = intake.await(reply);
        assertThat(row.get("CASE_NUMBER")).isEqualTo(caseNumber);
        assertThat(row.get("OUTCOME")).isIn("REPLY_DELIVERED", "TASK_CREATED");
        assertThat(cases.timeline(caseNumber)).anyMatch(e -> e.getKind() == CaseEvent.Kind.MAIL_IN
                && e.getSummary().contains(employee));
        assertThat(cases.timeline(caseNumber)).anyMatch(e -> e.getKind() == CaseEvent.Kind.NOTE
                && e.getSummary().startsWith("Unauthorized sender: " + employee));
        // and the authorized contact's own reply is not flagged
        String own = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(own, authorized, "Sv: [" + caseNumber + "] Felanmälan", "Tack."));
        assertThat(intake.await(own).get("CASE_NUMBER")).isEqualTo(caseNumber);
        assertThat(cases.timeline(caseNumber)).noneMatch(e -> e.getKind() == CaseEvent.Kind.NOTE
                && e.getSummary().startsWith("Unauthorized sender: " + authorized));
    }

    @Test
    void aForgedBounceNamingAnotherAddressThanTheQuotedMailWentToIsIgnored() {
        // Given a stranger who received an acknowledgement (and so knows one of our Message-IDs)
        String first = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(first, stranger, "Fråga", "Har ni öppet i dag?"));
        String caseNumber = intake.awaitCase(first);
        OutboxMail theirs = outbox.findByCaseNumberOrderByIdAsc(caseNumber).get(0);
        int timelineBefore = cases.timeline(caseNumber).size();

        // When they forge a delivery report saying the customer's authorized contact bounced it
        String forged = IntakeTestSupport.newMessageId();
        intake.send(bounce(forged, authorized, theirs));

        // Then it goes to quarantine, the contact is not flagged, and the case has no entry
        Map<String, Object> row = intake.await(forged);
        assertThat(row.get("OUTCOME")).isEqualTo("QUARANTINED");
        assertThat(bouncing(authorized)).isFalse();
        assertThat(cases.timeline(caseNumber)).hasSize(timelineBefore);
        assertThat(jdbc.queryForObject("SELECT reason FROM cd_intake_quarantine WHERE id = ?", String.class,
                row.get("QUARANTINE_ID"))).contains("names " + authorized, "sent to another address");

        // While a report for the address the quoted mail did go to counts
        String first2 = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(first2, authorized, "Fråga", "Har ni öppet i morgon?"));
        String customersCase = intake.awaitCase(first2);
        OutboxMail toContact = outbox.findByCaseNumberOrderByIdAsc(customersCase).get(0);
        String genuine = IntakeTestSupport.newMessageId();
        intake.send(bounce(genuine, authorized, toContact));
        assertThat(intake.await(genuine).get("OUTCOME")).isEqualTo("BOUNCE");
        assertThat(bouncing(authorized)).isTrue();
    }

    @Test
    void withoutATrustedMailServerTheHealthSaysFromIsTrusted() {
        ResponseEntity<String> health = rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD)
                .getForEntity("/actuator/health", String.class);
        assertThat(health.getBody()).contains("mailSenderAuthentication", "\"trustedAuthservId\":\"not set\"",
                "From trusted as it stands");
    }

    private boolean bouncing(String email) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cd_contact WHERE LOWER(email) = ? AND email_bouncing",
                Integer.class, email) > 0;
    }

    private static String bounce(String messageId, String failedRecipient, OutboxMail quoted) {
        return """
                Message-ID: %s
                From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
                To: support@casedesk.local
                Subject: Undelivered Mail Returned to Sender
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"

                --dsn
                Content-Type: text/plain; charset=us-ascii

                Your message could not be delivered.
                --dsn
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.net

                Final-Recipient: rfc822; %s
                Action: failed
                Status: 5.1.1
                --dsn
                Content-Type: text/rfc822-headers

                Message-ID: %s
                Subject: %s
                --dsn--
                """.formatted(messageId, failedRecipient, quoted.getMessageId(), quoted.getSubject());
    }

    private String groupWithATaskOn(String caseNumber) {
        return engine.getHistoryService().createHistoricTaskInstanceQuery()
                .processVariableValueEquals("caseNumber", caseNumber).list().stream()
                .flatMap(task -> engine.getHistoryService().createHistoricIdentityLinkLogQuery().taskId(task.getId())
                        .list().stream())
                .map(link -> link.getGroupId()).filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new AssertionError("no task was offered to a group on " + caseNumber));
    }

    private String createUser(String id, String group) {
        if (engine.getIdentityService().createUserQuery().userId(id).count() == 0) {
            User user = engine.getIdentityService().newUser(id);
            user.setPassword("secret-trust-test-password");
            engine.getIdentityService().saveUser(user);
            engine.getIdentityService().createMembership(id, group);
        }
        return id;
    }

    private static String content(MimeMessage message) throws IOException, MessagingException {
        Object content = message.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(multipart.getBodyPart(i).getContent()).append('\n');
            }
            return text.toString();
        }
        return String.valueOf(content);
    }
}
