package com.casedesk.intake;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseType;
import com.casedesk.rules.DecisionScenarios;
import com.casedesk.rules.RuleBase;
import com.casedesk.rules.ScenarioRow;

/**
 * Runs {@code rules/intake/tests/*.csv}: classification rows (a mail in; case type and, where filled, language and
 * urgency out), inquiry-intent rows (an {@code inquiryIntent} column: what an invoice question asks for) and
 * mail-details rows (a {@code reply} column: the reply intent of a reply, or the invoice number and
 * days of a new mail).
 */
@Component
public class EmailClassificationScenarios implements DecisionScenarios {

    @Override
    public String folder() {
        return "intake";
    }

    @Override
    public String rulePackage() {
        return "com.casedesk.intake";
    }

    @Override
    public List<String> run(ScenarioRow row, RuleBase rules) {
        if (row.has("inquiryIntent")) {
            return inquiryIntent(row, rules);
        }
        return row.has("reply") ? details(row, new EmailClassificationDecision(rules)) : classification(row, rules);
    }

    private static List<String> inquiryIntent(ScenarioRow row, RuleBase rules) {
        EmailClassification result = new EmailClassificationDecision(rules).classify(row.get("from"),
                row.get("subject"), row.get("body"));
        ScenarioRow.expect("caseType", CaseType.valueOf(row.get("caseType")), result.caseType());
        ScenarioRow.expect("inquiryIntent", blankToNull(row.get("inquiryIntent")), result.inquiryIntent());
        row.expectFiredRules(result.firedRules().stream()
                .filter(rule -> rule.startsWith("Asks[") || rule.startsWith("Disputes[") || rule.endsWith("_InvoiceCopy"))
                .toList());
        return result.firedRules();
    }

    private static List<String> classification(ScenarioRow row, RuleBase rules) {
        EmailClassification result = new EmailClassificationDecision(rules).classify(row.get("from"),
                row.get("subject"), row.get("body"));
        ScenarioRow.expect("caseType", CaseType.valueOf(row.get("caseType")), result.caseType());
        if (!row.get("language").isEmpty()) {
            ScenarioRow.expect("language", row.get("language"), result.language());
        }
        if (!row.get("urgent").isEmpty()) {
            ScenarioRow.expect("urgent", row.bool("urgent"), result.urgent());
        }
        row.expectReasons(result.reasons());
        row.expectFiredRules(result.firedRules());
        return result.firedRules();
    }

    private static List<String> details(ScenarioRow row, EmailClassificationDecision decision) {
        LocalDate received = row.date("received");
        if (row.bool("reply")) {
            ReplyReading read = decision.readReply(row.get("from"), row.get("subject"), row.get("body"));
            ScenarioRow.expect("replyIntent", blankToNull(row.get("replyIntent")), read.intent());
            ScenarioRow.expect("invoiceNumber", blankToNull(row.get("invoiceNumber")), read.invoiceNumber());
            ScenarioRow.expect("dates", row.list("dates"), dates(read.mentionedDates(), received));
            row.expectFiredRules(detailRules(read.firedRules()));
            return read.firedRules();
        }
        EmailClassification result = decision.classify(row.get("from"), row.get("subject"), row.get("body"));
        ScenarioRow.expect("replyIntent (a new mail has none: leave it empty)", "", row.get("replyIntent"));
        ScenarioRow.expect("invoiceNumber", blankToNull(row.get("invoiceNumber")), result.invoiceNumber());
        ScenarioRow.expect("dates", row.list("dates"), dates(result.mentionedDates(), received));
        row.expectFiredRules(detailRules(result.firedRules()));
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
