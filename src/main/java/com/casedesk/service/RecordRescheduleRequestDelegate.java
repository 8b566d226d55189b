package com.casedesk.service;

import static com.casedesk.service.TechnicianVisitProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CustomerReply;
import com.casedesk.cases.CaseVariables;

/** The customer's reason (and preferred day, when given) go to the coordinator's next scheduling task. */
@Component("recordRescheduleRequestDelegate")
class RecordRescheduleRequestDelegate implements JavaDelegate {

    private final TechnicianVisits visits;

    RecordRescheduleRequestDelegate(TechnicianVisits visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = CaseVariables.string(execution, CustomerReply.VAR_TEXT);
        String preferredDate = CaseVariables.string(execution, VISIT_PREFERRED_DATE);
        visits.recordRescheduleRequest(CaseVariables.caseNumber(execution),
                CaseVariables.string(execution, CustomerReply.VAR_FROM), reason, preferredDate);
        execution.setVariable(VISIT_RESCHEDULE_REASON, reason);
    }
}
