package com.casedesk.intake;

import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseType;

/**
 * Opens the case a new mail asks for, with the process of its case type. The capabilities that own those
 * processes provide the real one; {@link FallbackCaseOpener} starts {@value IntakeProcess#INCOMING_MAIL} for
 * every type none of them handles.
 */
public interface CaseOpener {

    CaseStarter.StartedCase open(NewCase request);

    /**
     * @param type  what the classification (or a handler) decided
     * @param about the case's subject, customer and contact; linked to the old case when a closed one was answered
     * @param mail  the mail that opened it, as process variables
     */
    record NewCase(CaseType type, CaseStarter.CaseSubject about, MailFacts mail) {
    }
}
