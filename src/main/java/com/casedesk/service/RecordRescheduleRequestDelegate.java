package com.casedesk.service;

import static com.casedesk.service.TechnicianVisitProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CustomerReply;
import com.casedesk.cases.CaseVariables;

/**
 * {@code serviceTask_recordRescheduleRequest}: the customer's reason and preferred day (given by the API, or the
 * last other day the reply names) go to the coordinator's next scheduling task; a mail reply gets an answer.
 */
@Component("recordRescheduleRequestDelegate")
class RecordRescheduleRequestDelegate implements JavaDelegate {

    private final VisitChangeRequests requests;
    private final Clock clock;

    RecordRescheduleRequestDelegate(VisitChangeRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = CaseVariables.string(execution, CustomerReply.VAR_TEXT);
        String zone = CaseVariables.string(execution, CUSTOMER_TIME_ZONE);
        LocalDate today = LocalDate.now(clock.withZone(zone == null ? ZoneId.of("Europe/Stockholm") : ZoneId.of(zone)));
        boolean byMail = "EMAIL".equals(CaseVariables.string(execution, CustomerReply.VAR_CHANNEL));
        String given = CaseVariables.string(execution, VISIT_PREFERRED_DATE);
        LocalDate preferred = byMail
                ? VisitChangeRequests.preferredDate(CaseVariables.string(execution, CustomerReply.VAR_MENTIONED_DATES),
                        CaseVariables.string(execution, VISIT_DATE), today)
                : given == null ? null : LocalDate.parse(given);
        String from = CaseVariables.string(execution, CustomerReply.VAR_FROM);
        requests.record(new VisitChangeRequests.ChangeRequest(CaseVariables.caseNumber(execution),
                CaseVariables.string(execution, CustomerReply.VAR_INTENT), from, reason, preferred, byMail ? from : null,
                CaseVariables.string(execution, CUSTOMER_LANGUAGE),
                CaseVariables.string(execution, CustomerReply.VAR_MESSAGE_ID)));
        execution.setVariable(VISIT_RESCHEDULE_REASON, reason);
        execution.setVariable(VISIT_PREFERRED_DATE, preferred == null ? null : preferred.toString());
    }
}
