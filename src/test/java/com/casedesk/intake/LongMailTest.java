package com.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseTexts;
import com.casedesk.cases.CustomerReply;
import com.casedesk.customers.CustomerImport;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.cases.CaseContext;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.OutboxMail;
import com.casedesk.mail.OutboxMailRepository;
import com.casedesk.support.CaseDeskTest;

/**
 * Long text never goes into a Camunda String variable (4,000 characters): the most common mail there is, a short
 * answer above a long quoted conversation, becomes a reply on its case; the process carries a preview and the id
 * of the whole text, which the case serves.
 */
@CaseDeskTest
class LongMailTest {

    @Autowired EmbeddedMailServer server;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailboxPoller poller;
    @Autowired CaseManagement cases;
    @Autowired ProcessEngine engine;
    @Autowired CustomerImporter importer;
    @Autowired OutboxMailRepository outbox;
    @Autowired TestRestTemplate rest;

    IntakeTestSupport intake;
    String authorized;
    String employee;

    @BeforeEach
    void setUp() {
        intake = new IntakeTestSupport(server, jdbc, poller);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        authorized = "chef-" + unique + "@lang.example.se";
        employee = "olle-" + unique + "@lang.example.se";
        importer.importCustomers(new CustomerImport(List.of(new CustomerImport.CustomerRecord("SE-LT-" + unique,
                "Lång Text AB " + unique, "556001-" + unique.substring(0, 4), "SE", "faktura-" + unique + "@lang.example.se",
                null, List.of(new CustomerImport.ContactRecord("Karin Chef", authorized, null, true),
                        new CustomerImport.ContactRecord("Olle Anställd", employee, null, false)),
                List.of(), List.of(), List.of()))));
    }

    @Test
    void aReplyOf7500CharactersAboveTheQuotedConversationIsDeliveredWithAPreviewAndItsWholeTextOnTheCase() {
        // Given a case whose process waits for the customer
        String first = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(first, employee, "Ny kontaktperson", "Lägg till mig i ringlistan."));
        String caseNumber = intake.awaitCase(first);

        // When the customer answers as mail clients do: a short message above the whole quoted conversation
        String quoted = HostileMail.prose(7_400).lines().map(line -> "> " + line).reduce((a, b) -> a + "\n" + b).orElseThrow();
        String body = "Jag bekräftar ändringen.\n\nMvh Karin\n\nDen 1 nov 2026 skrev CaseDesk:\n" + quoted;
        assertThat(body.length()).isGreaterThanOrEqualTo(7_500);
        String reply = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(reply, authorized, "Sv: [" + caseNumber + "] Ny kontaktperson", body));

        // Then it is delivered to the waiting process (not quarantined)
        Map<String, Object> row = intake.await(reply);
        assertThat(row.get("OUTCOME")).isEqualTo("REPLY_DELIVERED");
        assertThat(row.get("CASE_NUMBER")).isEqualTo(caseNumber);
        // and the process carries the first line as preview and the id of the whole text
        String instance = cases.get(caseNumber).getProcessInstanceId();
        assertThat(engine.getRuntimeService().getVariable(instance, CustomerReply.VAR_TEXT))
                .isEqualTo("Jag bekräftar ändringen.…");
        Object textId = engine.getRuntimeService().getVariable(instance, CaseTexts.idVariable(CustomerReply.VAR_TEXT));
        assertThat(textId).isInstanceOf(Long.class);
        // and the whole text is served from the case
        ResponseEntity<Map> stored = admin().getForEntity("/api/cases/" + caseNumber + "/texts/" + textId, Map.class);
        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stored.getBody().get("text")).isEqualTo(body.strip());
        assertThat(stored.getBody().get("variable")).isEqualTo(CustomerReply.VAR_TEXT);
        // as it is on the case's timeline, the mail's record
        String lastLine = body.strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(admin().getForObject("/api/cases/" + caseNumber, String.class))
                .contains(lastLine.substring(Math.max(0, lastLine.length() - 30)));
    }

    @Test
    void aNewMailOf20000CharactersOpensACaseWhoseProcessCarriesAPreviewAndTheTextId() {
        String id = IntakeTestSupport.newMessageId();
        String text = "Felanmälan: larmet piper\n" + HostileMail.prose(20_000);
        intake.send(IntakeTestSupport.plain(id, authorized, "Felanmälan", text));

        String caseNumber = intake.awaitCase(id);

        String instance = cases.get(caseNumber).getProcessInstanceId();
        assertThat(engine.getRuntimeService().getVariable(instance, CaseContext.REQUEST_TEXT))
                .isEqualTo("Felanmälan: larmet piper…");
        long textId = (Long) engine.getRuntimeService().getVariable(instance, CaseTexts.idVariable(CaseContext.REQUEST_TEXT));
        List<Map> texts = List.of(admin().getForObject("/api/cases/" + caseNumber + "/texts", Map[].class));
        assertThat(texts).filteredOn(t -> ((Number) t.get("id")).longValue() == textId).singleElement()
                .satisfies(t -> assertThat(t.get("text")).isEqualTo(text.strip()));
        assertThat(engine.getRuntimeService().getVariable(instance, "caseLink")).isEqualTo("/cases/" + caseNumber);
    }

    @Test
    void aSubjectOf5000CharactersIsCutToFitTheAcknowledgement() {
        String id = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(id, authorized, "Fråga ".repeat(800).strip(), "Hej, en fråga om larmet."));

        String caseNumber = intake.awaitCase(id);

        List<OutboxMail> sent = outbox.findByCaseNumberOrderByIdAsc(caseNumber);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getSubject()).startsWith("[" + caseNumber + "]").endsWith("…").hasSizeLessThanOrEqualTo(250);
    }

    @Test
    void freeTextOverTheLimitFromTheApiIsRefusedWith400NamingTheFieldAndTheLimit() {
        ResponseEntity<String> response = admin().postForEntity("/api/cases", Map.of("caseType", "GENERAL_INQUIRY",
                "senderEmail", authorized, "text", "x".repeat(CaseTexts.MAX_TEXT + 1), "subject", "s".repeat(501)),
                String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("\"field\":\"text\"").contains("at most 100000 are accepted")
                .contains("\"field\":\"subject\"").contains("at most 500 are accepted");
    }

    @Test
    void longFreeTextFromTheApiIsStoredOnTheCase() {
        String text = "Larmet piper\n" + HostileMail.prose(9_000);
        ResponseEntity<Map> response = admin().postForEntity("/api/cases", Map.of("caseType", "GENERAL_INQUIRY",
                "senderEmail", authorized, "text", text), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = (String) response.getBody().get("caseNumber");
        List<Map> texts = List.of(admin().getForObject("/api/cases/" + caseNumber + "/texts", Map[].class));
        assertThat(texts).extracting(t -> t.get("text")).contains(text);
    }

    private TestRestTemplate admin() {
        return rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD);
    }
}
