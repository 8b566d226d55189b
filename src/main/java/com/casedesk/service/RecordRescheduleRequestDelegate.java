package com.casedesk.service;

import static com.casedesk.service.TechnicianVisitProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CustomerReply;

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
        String reason = (String) execution.getVariable(CustomerReply.VAR_TEXT);
        String zone = (String) execution.getVariable(CUSTOMER_TIME_ZONE);
        LocalDate today = LocalDate.now(clock.withZone(zone == null ? ZoneId.of("Europe/Stockholm") : ZoneId.of(zone)));
        boolean byMail = "EMAIL".equals(execution.getVariable(CustomerReply.VAR_CHANNEL));
        String given = (String) execution.getVariable(VISIT_PREFERRED_DATE);
        LocalDate preferred = byMail
                ? VisitChangeRequests.preferredDate((String) execution.getVariable(CustomerReply.VAR_MENTIONED_DATES),
                        String.valueOf(execution.getVariable(VISIT_DATE)), today)
                : given == null || given.isBlank() ? null : LocalDate.parse(given.strip());
        String from = (String) execution.getVariable(CustomerReply.VAR_FROM);
        requests.record(new VisitChangeRequests.ChangeRequest((String) execution.getVariable(CASE_NUMBER),
                (String) execution.getVariable(CustomerReply.VAR_INTENT), from, reason, preferred, byMail ? from : null,
                (String) execution.getVariable(CUSTOMER_LANGUAGE),
                (String) execution.getVariable(CustomerReply.VAR_MESSAGE_ID)));
        execution.setVariable(VISIT_RESCHEDULE_REASON, reason);
        execution.setVariable(VISIT_PREFERRED_DATE, preferred == null ? null : preferred.toString());
    }
}
