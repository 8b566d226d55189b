package com.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.casedesk.cases.CaseManagement;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.support.CaseDeskTest;

/**
 * The hostile-mail corpus, sent as a mail client sends it (SMTP into the embedded server) and read by the running
 * intake over IMAP: every mail ends as a case or as a quarantine entry with a one-line reason a handler
 * understands, and a normal mail sent after them all still becomes a case.
 */
@CaseDeskTest
class HostileMailCorpusTest {

    private static final Duration SLOW_MAIL = Duration.ofMinutes(3);

    @Autowired EmbeddedMailServer server;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailboxPoller poller;
    @Autowired CaseManagement cases;
    @Autowired QuarantineStore quarantine;

    @Test
    void everyHostileMailEndsAsACaseOrAReadableQuarantineEntryAndTheIntakeGoesOn() {
        IntakeTestSupport intake = new IntakeTestSupport(server, jdbc, poller);
        String from = "hostile-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        corpus.put("20,000 characters of plain text", HostileMail.longPlain(id(), from, 20_000));
        corpus.put("300 kB of HTML", HostileMail.html(id(), from, 300_000));
        corpus.put("5 MB of whitespace-heavy HTML", HostileMail.whitespaceHtml(id(), from, 5_000_000));
        corpus.put("MIME nested 400 levels deep", HostileMail.nested(id(), from, 400));
        corpus.put("a part with an unknown charset", HostileMail.unknownCharset(id(), from));
        corpus.put("broken base64", HostileMail.brokenBase64(id(), from));
        corpus.put("an 8-bit header", HostileMail.eightBitHeader(id(), from));
        corpus.put("100 MB declared, a few hundred bytes sent", HostileMail.declaredHundredMegabytes(id(), from));
        corpus.put("over the size limit (9 MB, the tests' limit is 8 MB)", HostileMail.oversized(id(), from, 9_000_000));
        corpus.put("1,000 attachments", HostileMail.manyAttachments(id(), from, 1000));
        String reused = id();
        corpus.put("a Message-ID, first use", HostileMail.longPlain(reused, from, 300));
        corpus.put("the same Message-ID with other content", HostileMail.eightBitHeader(reused, from));
        byte[] withoutId = HostileMail.longPlain(null, from, 400);
        corpus.put("no Message-ID", withoutId);
        // the same mail again, as the server delivers it a second time: with its own transport headers on top
        corpus.put("no Message-ID, delivered again", concat(("Received: from mx2.customer.example by mx.casedesk.local;"
                + " Mon, 2 Nov 2026 10:05:00 +0100\r\nDelivered-To: support@casedesk.local\r\n").getBytes(), withoutId));

        corpus.values().forEach(intake::send);
        String normalId = id();
        intake.send(IntakeTestSupport.plain(normalId, from, "Vanlig fråga", "Hej, när kommer teknikern?"));

        // a normal mail sent after all of them still becomes a case
        assertThat(intake.await(normalId, SLOW_MAIL).get("CASE_NUMBER")).as("the normal mail after the corpus").isNotNull();

        // (the intake reads the inbox in order: every mail before the normal one is committed by now)
        Map<String, Map<String, Object>> outcome = new LinkedHashMap<>();
        corpus.forEach((name, raw) -> {
            if (!name.startsWith("no Message-ID") && !name.equals("the same Message-ID with other content")) {
                outcome.put(name, intake.await(messageId(raw), SLOW_MAIL));
            }
        });
        outcome.put("the same Message-ID with other content", single("SELECT outcome, case_number, quarantine_id"
                + " FROM cd_intake_mail WHERE message_id = ? AND message_key <> ?", reused, reused));
        // the same mail delivered twice without Message-ID: recognised by its content, one row, one case
        outcome.put("no Message-ID", single("SELECT outcome, case_number, quarantine_id FROM cd_intake_mail"
                + " WHERE message_id IS NULL AND from_address = ?", from));

        for (String name : List.of("20,000 characters of plain text", "300 kB of HTML", "5 MB of whitespace-heavy HTML",
                "a part with an unknown charset", "an 8-bit header", "100 MB declared, a few hundred bytes sent",
                "1,000 attachments", "a Message-ID, first use", "the same Message-ID with other content",
                "no Message-ID")) {
            assertThat(outcome.get(name).get("OUTCOME")).as(name).isEqualTo("CASE_OPENED");
            assertThat(outcome.get(name).get("CASE_NUMBER")).as(name).isNotNull();
        }
        // two different mails under one Message-ID: two cases, none dropped
        assertThat(outcome.get("a Message-ID, first use").get("CASE_NUMBER"))
                .isNotEqualTo(outcome.get("the same Message-ID with other content").get("CASE_NUMBER"));
        assertThat(outcome.get("the same Message-ID with other content").get("CASE_NUMBER")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cd_case WHERE contact_email = ? AND subject = ?",
                Integer.class, from, "Lång beskrivning av felet")).as("cases of the 20,000-character, reused-id and"
                        + " no-id mails (the same subject)").isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cd_intake_attachment WHERE case_number = ?", Integer.class,
                outcome.get("1,000 attachments").get("CASE_NUMBER"))).isEqualTo(1000);

        assertQuarantined(outcome.get("MIME nested 400 levels deep"),
                "the mail's MIME structure is nested 400 levels deep (at most 50 are read)");
        assertQuarantined(outcome.get("broken base64"), "a part of type application/pdf cannot be decoded");
        Map<String, Object> tooLarge = outcome.get("over the size limit (9 MB, the tests' limit is 8 MB)");
        assertQuarantined(tooLarge, "the mail is 8.");
        long tooLargeId = ((Number) tooLarge.get("QUARANTINE_ID")).longValue();
        assertThat(quarantine.downloaded(tooLargeId)).as("the oversized mail was never downloaded").isFalse();
        assertThat(quarantine.find(tooLargeId).orElseThrow().reason()).contains("over the limit of 8.0 MB")
                .contains("it was not downloaded");

        // and the intake is still there: the poller thread runs and the inbox is empty
        assertThat(poller.intakeThreadAlive()).isTrue();
        // (a chunk's mails move out of the inbox together, after the last of them committed)
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!intake.messageIdsIn("INBOX").isEmpty() && System.nanoTime() < deadline) {
            IntakeTestSupport.sleep(200);
        }
        assertThat(intake.messageIdsIn("INBOX")).as("every mail, both copies of the one without Message-ID"
                + " included, left the inbox").isEmpty();
    }

    private void assertQuarantined(Map<String, Object> row, String reasonStart) {
        assertThat(row.get("OUTCOME")).isEqualTo("QUARANTINED");
        String reason = quarantine.find(((Number) row.get("QUARANTINE_ID")).longValue()).orElseThrow().reason();
        assertThat(reason).startsWith(reasonStart).doesNotContain("\n").doesNotContain("Exception")
                .doesNotContainIgnoringCase("sql").hasSizeLessThan(300);
    }

    private Map<String, Object> single(String sql, Object... args) {
        List<Map<String, Object>> rows = jdbc.queryForList(sql, args);
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0);
    }

    private static String messageId(byte[] raw) {
        String headers = new String(raw, 0, Math.min(raw.length, 2000), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("Message-ID: (<[^>]+>)").matcher(headers);
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private static String id() {
        return IntakeTestSupport.newMessageId();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
