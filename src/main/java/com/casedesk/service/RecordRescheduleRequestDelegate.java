package com.casedesk.service;

import static com.casedesk.service.TechnicianVisitProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CustomerReply;

/** The customer's reason (and preferred day, when given) go to the coordinator's next scheduling task. */
@Component("recordRescheduleRequestDelegate")
class RecordRescheduleRequestDelegate implements JavaDelegate {

    private final TechnicianVisits visits;

    RecordRescheduleRequestDelegate(TechnicianVisits visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = (String) execution.getVariable(CustomerReply.VAR_TEXT);
        String preferredDate = (String) execution.getVariable(VISIT_PREFERRED_DATE);
        visits.recordRescheduleRequest((String) execution.getVariable(CASE_NUMBER),
                (String) execution.getVariable(CustomerReply.VAR_FROM), reason, preferredDate);
        execution.setVariable(VISIT_RESCHEDULE_REASON, reason);
    }
}
