package com.casedesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.casedesk.cases.CaseType;
import com.casedesk.intake.EmailClassification;
import com.casedesk.intake.EmailClassificationDecision;
import com.casedesk.intake.MentionedDate;
import com.casedesk.intake.ReplyReading;

/**
 * Runs {@code rules/intake/tests/}: classification rows (a {@code caseType} column) and mail-details rows (a
 * {@code reply} column: the reply intent of a reply, or the invoice number and days of a new mail).
 */
class EmailClassificationScenarioTest {

    private final EmailClassificationDecision decision = new EmailClassificationDecision(ScenarioFile.RULES);

    @TestFactory
    Stream<DynamicTest> classificationScenarios() {
        return ScenarioFile.run("intake", "com.casedesk.intake", row -> row.has("reply") ? details(row) : classification(row));
    }

    private List<String> classification(ScenarioFile.Row row) {
        EmailClassification result = decision.classify(row.get("from"), row.get("subject"), row.get("body"));
        assertEquals(CaseType.valueOf(row.get("caseType")), result.caseType(), () -> "caseType " + result.reasons());
        if (!row.get("language").isEmpty()) {
            assertEquals(row.get("language"), result.language(), () -> "language " + result.reasons());
        }
        if (!row.get("urgent").isEmpty()) {
            assertEquals(row.bool("urgent"), result.urgent(), "urgent");
        }
        if (!row.get("reasons").isEmpty()) {
            assertEquals(row.list("reasons"), result.reasons().stream().map(reason -> reason.code()).toList(),
                    "reasons");
        }
        ScenarioFile.assertFiredRules(row, result.firedRules());
        return result.firedRules();
    }

    private List<String> details(ScenarioFile.Row row) {
        LocalDate received = row.date("received");
        if (row.bool("reply")) {
            ReplyReading read = decision.readReply(row.get("from"), row.get("subject"), row.get("body"));
            assertEquals(blankToNull(row.get("replyIntent")), read.intent(), () -> "replyIntent " + read.reasons());
            assertEquals(blankToNull(row.get("invoiceNumber")), read.invoiceNumber(), "invoiceNumber");
            assertEquals(row.list("dates"), dates(read.mentionedDates(), received), "dates");
            ScenarioFile.assertFiredRules(row, detailRules(read.firedRules()));
            return read.firedRules();
        }
        EmailClassification result = decision.classify(row.get("from"), row.get("subject"), row.get("body"));
        assertEquals("", row.get("replyIntent"), "a new mail has no reply intent: leave replyIntent empty");
        assertEquals(blankToNull(row.get("invoiceNumber")), result.invoiceNumber(), "invoiceNumber");
        assertEquals(row.list("dates"), dates(result.mentionedDates(), received), "dates");
        ScenarioFile.assertFiredRules(row, detailRules(result.firedRules()));
        return result.firedRules();
    }

    /** The rules of reply-intents.csv, month-names.csv, invoice-numbers.csv and mail-details.drl, in firing order. */
    private static List<String> detailRules(List<String> fired) {
        return fired.stream().filter(rule -> rule.startsWith("Says[") || rule.startsWith("Month[")
                || rule.startsWith("Series[") || rule.endsWith("Phrase_Reschedule") || rule.endsWith("Phrase_Cancel")
                || rule.endsWith("_Date")).toList();
    }

    private static List<String> dates(List<MentionedDate> dates, LocalDate received) {
        return dates.stream().flatMap(date -> date.on(received).stream()).map(LocalDate::toString).toList();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
