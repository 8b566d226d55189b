package com.casedesk.intake;

import org.springframework.stereotype.Service;

import com.casedesk.rules.RuleBase;
import com.casedesk.rules.RuleEvaluation;

/** Classifies an incoming mail by case type, language and urgency ({@code rules/intake/}). */
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
        return new EmailClassification(caseType.caseType(), language.language(), urgent, evaluation.reasons(),
                evaluation.firedRules(), evaluation.rulesVersion());
    }
}
