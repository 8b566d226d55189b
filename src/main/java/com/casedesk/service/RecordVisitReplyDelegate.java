package com.casedesk.service;

import static com.casedesk.service.TechnicianVisitProcess.CASE_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CustomerReply;

@Component("recordVisitReplyDelegate")
class RecordVisitReplyDelegate implements JavaDelegate {

    private final TechnicianVisits visits;

    RecordVisitReplyDelegate(TechnicianVisits visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        visits.recordReplyWhileWaiting((String) execution.getVariable(CASE_NUMBER),
                (String) execution.getVariable(CustomerReply.VAR_FROM), (String) execution.getVariable(CustomerReply.VAR_TEXT));
    }
}
