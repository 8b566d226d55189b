package com.casedesk.intake;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseRecord;
import com.casedesk.cases.CaseStatus;

/** Decides, inside the intake transaction, what a parsed mail becomes: a bounce, a mail on a case, or a new case. */
@Component
class MailRouter {

    record Routed(IntakeLog.Outcome outcome, String caseNumber) {
    }

    private final MailThreading threading;
    private final CaseManagement cases;
    private final CaseMailHandler onCase;
    private final NewCaseHandler newCase;
    private final BounceHandler bounces;

    MailRouter(MailThreading threading, CaseManagement cases, CaseMailHandler onCase, NewCaseHandler newCase,
            BounceHandler bounces) {
        this.threading = threading;
        this.cases = cases;
        this.onCase = onCase;
        this.newCase = newCase;
        this.bounces = bounces;
    }

    Routed route(ParsedMail mail) {
        if (mail.bounce() != null) {
            return new Routed(IntakeLog.Outcome.BOUNCE, bounces.handle(mail));
        }
        Optional<MailThreading.Thread> thread = threading.caseOf(mail);
        if (thread.isPresent() && !thread.get().senderBelongs()) {
            return new Routed(IntakeLog.Outcome.CASE_OPENED, newCase.openForStranger(mail, thread.get().caseNumber()));
        }
        Optional<CaseRecord> existing = thread.map(MailThreading.Thread::caseNumber).flatMap(cases::find);
        if (existing.isPresent() && existing.get().getStatus() != CaseStatus.CLOSED) {
            return new Routed(onCase.onCase(existing.get(), mail), existing.get().getCaseNumber());
        }
        String linked = existing.map(CaseRecord::getCaseNumber).orElse(null);
        return new Routed(IntakeLog.Outcome.CASE_OPENED, newCase.open(mail, linked));
    }
}
