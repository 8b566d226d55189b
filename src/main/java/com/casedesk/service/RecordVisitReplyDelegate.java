package com.casedesk.service;

import static com.casedesk.cases.CaseStarter.CASE_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CustomerReply;
import com.casedesk.cases.CaseVariables;

@Component("recordVisitReplyDelegate")
class RecordVisitReplyDelegate implements JavaDelegate {

    private final TechnicianVisits visits;

    RecordVisitReplyDelegate(TechnicianVisits visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        visits.recordReplyWhileWaiting(CaseVariables.caseNumber(execution),
                CaseVariables.string(execution, CustomerReply.VAR_FROM), CaseVariables.string(execution, CustomerReply.VAR_TEXT));
    }
}
