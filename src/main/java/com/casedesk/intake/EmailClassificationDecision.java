package com.casedesk.intake;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import com.casedesk.rules.RuleBase;
import com.casedesk.rules.RuleEvaluation;

/**
 * Classifies an incoming mail by case type, language and urgency, and reads the invoice number and the days it
 * names ({@code rules/intake/}).
 */
@Service
public class EmailClassificationDecision {

    /** The decision's name in the decision log and in replays. */
    public static final String DECISION = "email-classification";

    private final RuleBase rules;

    public EmailClassificationDecision(RuleBase rules) {
        this.rules = rules;
    }

    public EmailClassification classify(String from, String subject, String body) {
        RuleEvaluation evaluation = rules.decide(DECISION, EmailText.of(from, subject, body));
        CaseTypeDecided caseType = evaluation.single(CaseTypeDecided.class)
                .orElseThrow(() -> new IllegalStateException("No case-type rule fired; rules/intake/classification.drl"
                        + " must always decide one"));
        LanguageDecided language = evaluation.single(LanguageDecided.class)
                .orElseThrow(() -> new IllegalStateException("No language rule fired in rules/intake"));
        boolean urgent = evaluation.single(UrgencyDecided.class).map(UrgencyDecided::urgent).orElse(false);
        return new EmailClassification(caseType.caseType(), language.language(), urgent, invoiceNumber(evaluation),
                evaluation.single(InquiryIntentDecided.class).map(InquiryIntentDecided::intent).orElse(null),
                dates(evaluation), evaluation.reasons(), evaluation.firedRules(), evaluation.rulesVersion());
    }

    /**
     * What a reply on an open case asks for: the customer's own lines go in as {@link ReplyText}, so the
     * reply-intent rules fire only here.
     */
    public ReplyReading readReply(String from, String subject, String ownText) {
        EmailText text = EmailText.of(from, subject, ownText);
        RuleEvaluation evaluation = rules.evaluate(text, new ReplyText(text));
        return new ReplyReading(evaluation.single(ReplyIntentDecided.class).map(ReplyIntentDecided::intent).orElse(null),
                dates(evaluation), invoiceNumber(evaluation),
                evaluation.reasons().stream().filter(reason -> reason.code().endsWith("_PHRASE")).toList(),
                evaluation.firedRules());
    }

    private static String invoiceNumber(RuleEvaluation evaluation) {
        return evaluation.all(InvoiceNumberMention.class).stream().map(InvoiceNumberMention::number).findFirst()
                .orElse(null);
    }

    private static List<MentionedDate> dates(RuleEvaluation evaluation) {
        List<MentionedDate> sorted = evaluation.all(MentionedDate.class).stream()
                .sorted(Comparator.comparingInt(MentionedDate::position)).toList();
        return sorted.stream().filter(date -> sorted.stream().noneMatch(earlier -> earlier.position() < date.position()
                && earlier.year() == date.year() && earlier.month() == date.month() && earlier.day() == date.day()))
                .toList();
    }
}
