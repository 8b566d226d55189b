package com.casedesk.intake;

import java.util.Map;

import org.springframework.stereotype.Service;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseRecord;
import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseType;
import com.casedesk.mail.CustomerMailService;

/**
 * The outcome of {@value IntakeProcess#SENDER_VERIFICATION}: a verified request continues as a new case of its
 * type (linked, so the history stays together), a declined one is answered and closed.
 */
@Service
class SenderVerification {

    private final CaseOpener opener;
    private final CaseManagement cases;
    private final CustomerMailService mails;

    private final com.casedesk.cases.CaseTexts texts;

    SenderVerification(CaseOpener opener, CaseManagement cases, CustomerMailService mails,
            com.casedesk.cases.CaseTexts texts) {
        this.texts = texts;
        this.opener = opener;
        this.cases = cases;
        this.mails = mails;
    }

    String continueVerified(String caseNumber, Map<String, Object> variables) {
        CaseRecord verification = cases.get(caseNumber);
        String customerNumber = blankToNull((String) variables.get(IntakeProcess.CUSTOMER_NUMBER));
        MailFacts facts = MailFacts.fromVariables(variables, texts.full(variables, IntakeProcess.MAIL_TEXT))
                .verified(customerNumber);
        CaseStarter.CaseSubject about = CaseStarter.CaseSubject.of(verification.getSubject())
                .withCustomer(facts.customerNumber()).withContactEmail(verification.getContactEmail())
                .linkedTo(caseNumber);
        CaseStarter.StartedCase started = cases.openWithFirstEntries(
                continued -> cases.record(continued, CaseEvent.Kind.NOTE, "Sender verified in case " + caseNumber
                        + ": " + variables.get(IntakeProcess.VERIFICATION_NOTE), null),
                () -> opener.open(new CaseOpener.NewCase(
                        CaseType.valueOf((String) variables.get(IntakeProcess.CASE_TYPE)), about, facts)));
        cases.close(caseNumber, "Sender verified (" + variables.get(IntakeProcess.VERIFICATION_NOTE)
                + "); continued in case " + started.caseNumber());
        return started.caseNumber();
    }

    void decline(String caseNumber, Map<String, Object> variables) {
        String from = (String) variables.get(IntakeProcess.MAIL_FROM);
        if (from != null) {
            mails.send(new CustomerMailService.Mail(caseNumber, from, (String) variables.get(IntakeProcess.LANGUAGE),
                    "intake-verification-declined", Map.of("subject", String.valueOf(variables.get(IntakeProcess.MAIL_SUBJECT))),
                    (String) variables.get(IntakeProcess.MAIL_MESSAGE_ID)));
        }
        cases.close(caseNumber, "Request declined: the sender could not be verified ("
                + variables.get(IntakeProcess.VERIFICATION_NOTE) + ")");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
