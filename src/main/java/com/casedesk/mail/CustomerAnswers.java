package com.casedesk.mail;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import com.casedesk.cases.CaseContext;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseVariables;
import com.casedesk.mail.CustomerMailService.Mail;

/** Mails the customer of a service-desk case and, for a final answer, closes the case in the same transaction. */
@Service
@Transactional
public class CustomerAnswers {

    public static final String ANSWER_TEMPLATE = "servicedesk-answer";

    private final CustomerMailService mail;
    private final CaseManagement cases;

    CustomerAnswers(CustomerMailService mail, CaseManagement cases) {
        this.mail = mail;
        this.cases = cases;
    }

    /** What a mail needs from the case: where it goes, in which language, and which mail it answers. */
    public record Recipient(String caseNumber, String to, String language, String customerName, String inReplyTo) {
    }

    /** Whom a service-desk case answers, read from its process variables ({@link CaseContext}). */
    public static Recipient recipient(DelegateExecution execution) {
        return new Recipient(CaseVariables.caseNumber(execution), CaseVariables.string(execution, CaseContext.REPLY_TO),
                CaseVariables.string(execution, CaseContext.LANGUAGE), CaseVariables.string(execution, CaseContext.CUSTOMER_NAME),
                CaseVariables.string(execution, CaseContext.REQUEST_MESSAGE_ID));
    }

    public String send(Recipient recipient, String template, Map<String, ?> values) {
        if (recipient.to() == null || recipient.to().isBlank()) {
            throw new IllegalStateException("case " + recipient.caseNumber() + " has no address to mail (replyTo)");
        }
        Map<String, Object> all = new HashMap<>(values);
        all.putIfAbsent("customerName", recipient.customerName() == null ? "" : recipient.customerName());
        return mail.send(new Mail(recipient.caseNumber(), recipient.to(), language(recipient.language()), template,
                all, recipient.inReplyTo()));
    }

    /** Sends the final mail and closes the case. */
    public void answerAndClose(Recipient recipient, String template, Map<String, ?> values, String closingSummary) {
        send(recipient, template, values);
        cases.close(recipient.caseNumber(), closingSummary);
    }

    public void closeWithoutMail(String caseNumber, String closingSummary) {
        cases.close(caseNumber, closingSummary);
    }

    private static String language(String language) {
        return language == null ? "en" : language;
    }
}
